package quotes

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed verbs.txt
var verbsFile string

// verbInfo describes one inflected reporting-verb form.
type verbInfo struct {
	lemma  string
	strict bool // needs a that-clause or a quote mark to count
}

var irregular = map[string][]string{
	"say":   {"says", "said", "saying"},
	"tell":  {"tells", "told", "telling"},
	"write": {"writes", "wrote", "written", "writing"},
	"think": {"thinks", "thought", "thinking"},
	"feel":  {"feels", "felt", "feeling"},
	"know":  {"knows", "knew", "known", "knowing"},
}

var doubled = map[string]bool{"admit": true, "snap": true, "quip": true}

// inflect returns the forms of a regular verb lemma.
func inflect(l string) []string {
	if f, ok := irregular[l]; ok {
		return append([]string{l}, f...)
	}
	n := len(l)
	switch {
	case doubled[l]:
		d := l + l[n-1:]
		return []string{l, l + "s", d + "ed", d + "ing"}
	case strings.HasSuffix(l, "e"):
		return []string{l, l + "s", l + "d", l[:n-1] + "ing"}
	case strings.HasSuffix(l, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(l[n-2])):
		return []string{l, l[:n-1] + "ies", l[:n-1] + "ied", l + "ing"}
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		return []string{l, l + "es", l + "ed", l + "ing"}
	}
	return []string{l, l + "s", l + "ed", l + "ing"}
}

// verbTable maps every inflected form (lower case) to its verb.
var verbTable = sync.OnceValue(func() map[string]verbInfo {
	m := make(map[string]verbInfo, 600)
	for _, line := range strings.Split(verbsFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		strict := strings.HasSuffix(line, "!")
		lemma := strings.TrimSuffix(line, "!")
		for _, f := range inflect(lemma) {
			m[f] = verbInfo{lemma: lemma, strict: strict}
		}
	}
	return m
})

// lookupVerb returns the reporting verb for a word, if it is one.
func lookupVerb(w string) (verbInfo, bool) {
	v, ok := verbTable()[strings.ToLower(w)]
	return v, ok
}

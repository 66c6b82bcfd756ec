//go:build ignore

// gen_cameo derives cameo_triggers.txt from the petrarch2 CAMEO verb
// dictionary (CAMEO.2.0.txt, openeventdata/petrarch2, MIT licence; see
// NOTE.md). It keeps verbs and the "- * words [code]" patterns whose object
// side is plain words, and maps each CAMEO code to a storyline event type
// (events.CAMEOType). Codes of CAMEO root 01 (public statements) become "-":
// they block shorter triggers on their span but yield no event.
//
//	go run gen_cameo.go -dict ../../../shared/bench/events/petrarch2_dictionaries_operational/CAMEO.2.0.txt > cameo_triggers.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/events"
)

// function words are dropped from patterns: with gaps they would match
// almost anywhere ("shelled Kharkiv on Tuesday").
var function = map[string]bool{
	"of": true, "to": true, "on": true, "in": true, "at": true, "by": true,
	"for": true, "with": true, "against": true, "from": true, "over": true,
	"about": true, "into": true, "as": true, "the": true, "a": true, "an": true,
	"and": true, "or": true, "its": true, "their": true, "his": true, "her": true,
	"upon": true, "under": true, "after": true, "before": true, "between": true,
	"it": true, "that": true, "this": true, "is": true, "be": true, "not": true,
}

// codeOf returns the code inside the first [...] of s, "" when none.
func codeOf(s string) string {
	i := strings.IndexByte(s, '[')
	j := strings.IndexByte(s, ']')
	if i < 0 || j < i {
		return ""
	}
	return strings.TrimSpace(s[i+1 : j])
}

func word(w string) string {
	w = strings.ToLower(strings.Trim(w, "+"))
	return strings.ReplaceAll(w, "_", " ")
}

func simple(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' && r != ' ' {
			return false
		}
	}
	return true
}

func main() {
	dict := flag.String("dict", "", "CAMEO.2.0.txt")
	flag.Parse()
	f, err := os.Open(*dict)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	// Synonym sets: &NAME followed by +MEMBER lines.
	synsets := map[string][]string{}
	cur := ""
	verbsStart := len(lines)
	for i, l := range lines {
		if strings.HasPrefix(l, "---") {
			verbsStart = i
			break
		}
		switch {
		case strings.HasPrefix(l, "&"):
			cur = strings.TrimSpace(l)
		case strings.HasPrefix(l, "+") && cur != "":
			if w := word(strings.Fields(l)[0]); simple(w) && !strings.Contains(w, " ") {
				synsets[cur] = append(synsets[cur], w)
			}
		case strings.TrimSpace(l) == "":
			cur = ""
		}
	}
	out := map[string]bool{}
	var verbs []string  // the verbs of the current block
	var vtypes []string // their own types
	blockCode := ""
	for _, l := range lines[verbsStart:] {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "---"):
			verbs, vtypes = nil, nil
			blockCode = codeOf(t)
		case strings.HasPrefix(t, "-"):
			pat := strings.TrimSpace(t[1:])
			code := codeOf(pat)
			typ := events.CAMEOType(code)
			if typ == "" || len(verbs) == 0 {
				continue
			}
			if i := strings.IndexByte(pat, '['); i >= 0 {
				pat = pat[:i]
			}
			pre, post, ok := strings.Cut(pat, "*")
			if !ok || strings.TrimSpace(pre) != "" {
				continue // subject constraints are not representable
			}
			post = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(post)
			var elems []string
			bad := false
			for _, w := range strings.Fields(post) {
				switch {
				case w == "$" || w == "+" || w == "%" || w == "^":
					continue
				case strings.HasPrefix(w, "&"):
					m := synsets[w]
					if len(m) == 0 {
						bad = true
					}
					elems = append(elems, strings.Join(m, "|"))
				default:
					for _, p := range strings.Split(strings.Trim(w, "_"), "_") {
						p = strings.ToLower(p)
						if !simple(p) {
							bad = true
						}
						if !function[p] {
							elems = append(elems, p)
						}
					}
				}
			}
			if bad || len(elems) == 0 || len(elems) > 4 {
				continue
			}
			for i, v := range verbs {
				if vtypes[i] == typ {
					continue // the verb alone already says so
				}
				out[typ+"\t"+v+" ... "+strings.Join(elems, " ... ")] = true
			}
		default:
			fs := strings.Fields(t)
			v := word(fs[0])
			if !simple(v) {
				continue
			}
			head := v
			if !strings.Contains(v, " ") {
				if i, j := strings.IndexByte(t, '{'), strings.IndexByte(t, '}'); i >= 0 && j > i {
					for _, irr := range strings.Fields(t[i+1 : j]) {
						if w := word(irr); simple(w) && !strings.Contains(w, " ") {
							head += "|" + w
						}
					}
				}
			}
			code := codeOf(t)
			if code == "" {
				code = blockCode
			}
			typ := events.CAMEOType(code)
			verbs = append(verbs, head)
			vtypes = append(vtypes, typ)
			if typ != "" {
				out[typ+"\t"+head] = true
			}
		}
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("# Derived by gen_cameo.go from petrarch2 CAMEO.2.0.txt; see NOTE.md.")
	fmt.Println("# Copyright (c) 2015 Open Event Data Alliance; MIT licence (NOTE.md).")
	for _, k := range keys {
		fmt.Println(k)
	}
}

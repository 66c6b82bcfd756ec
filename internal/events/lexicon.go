package events

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:embed triggers.txt
var triggersFile string

// cameoFile is derived from the petrarch2 CAMEO verb dictionary by
// gen_cameo.go (see NOTE.md). Its lines come after triggersFile's, so a
// hand-written trigger wins a tie of the same length.
//
//go:embed cameo_triggers.txt
var cameoFile string

// A trigger is one compiled line of triggers.txt.
type trigger struct {
	typ   string
	elems []elem // elems[0] is the head word
	size  int    // number of words, for specificity
	// derived marks a cameo_triggers.txt line: it is used only in
	// sentences where no hand-written trigger matched.
	derived bool
	heads   []string // the head word's lemmas ("block", "blockade")
}

// An elem matches one token: any of forms exactly, or any of prefixes; gap
// says up to four tokens may be skipped before it.
type elem struct {
	forms    map[string]bool
	prefixes []string
	gap      bool
}

func (e elem) match(w string) bool {
	if e.forms[w] {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lexicon indexes triggers by the forms of their head word.
type lexicon struct {
	byHead   map[string][]int
	prefixed []int // triggers whose head has a prefix alternative
	all      []trigger
	lines    []string // lines[i] is the file line of all[i] (leaveout.go)
}

var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "give": {"gave", "given"}, "send": {"sent"},
	"fight": {"fought"}, "shoot": {"shot"}, "strike": {"struck", "stricken"}, "seek": {"sought"},
	"break": {"broke", "broken"}, "take": {"took", "taken"}, "retake": {"retook", "retaken"}, "withdraw": {"withdrew", "withdrawn"},
	"forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"}, "cut": {"cut"},
	"put": {"put"}, "set": {"set"}, "hit": {"hit"}, "pull": {"pulled"}, "win": {"won"},
	"lead": {"led"}, "bring": {"brought"}, "say": {"said"}, "tell": {"told"},
	"step": {"stepped"}, "ban": {"banned", "banning"}, "plan": {"planned"}, "stop": {"stopped"},
	"rebel": {"rebelled"}, "jail": {"jailed"}, "bomb": {"bombed"}, "shell": {"shelled"},
	"repel": {"repelled", "repelling"}, "commit": {"committed", "committing"},
	"crackdown": {"crackdowns"}, "veto": {"vetoed", "vetoes"}, "rally": {"rallied", "rallies"},
	"ready": {"readiness"}, "free": {"freed"}, "pound": {"pounded"}, "target": {"targeted"},
	"sue": {"sued", "suing"}, "begin": {"began", "begun", "beginning"}, "drive": {"drove", "driven"}, "go": {"went", "gone", "goes"},
	"blow": {"blew", "blown"}, "throw": {"threw", "thrown"}, "beat": {"beaten"},
	"stab": {"stabbed", "stabbing"}, "shut": {"shutting"}, "spurn": {"spurned"},
	"withhold": {"withheld"}, "overrun": {"overran", "overrunning"}, "gun": {"gunned", "gunning"},
	"slaughter": {"slaughtered"}, "drop": {"dropped"}, "grab": {"grabbed"},
	"quit": {"quitting"}, "flee": {"fled"}, "fast": {"fasting"}, "scrap": {"scrapped", "scrapping"}, "deny": {"denied", "denies"}, "apologize": {"apologized"},
}

// functionWords are never inflected ("not" must not match "noted").
var functionWords = map[string]bool{"not": true, "will": true, "would": true, "could": true,
	"can": true, "must": true, "shall": true, "should": true, "may": true, "might": true,
	"never": true}

// forms returns w and its inflections (regular -s/-ed/-ing plus irregulars).
func forms(w string) []string {
	out := []string{w}
	if strings.ContainsAny(w, "' ") || len(w) < 3 || functionWords[w] {
		return out
	}
	out = append(out, irregular[w]...)
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		out = append(out, w+"s", w+"d", w[:n-1]+"ing")
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[n-2])):
		out = append(out, w[:n-1]+"ies", w[:n-1]+"ied", w+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if doubles(w) {
			// expel: expelled, expelling (the undoubled forms stay: a
			// form no text uses costs nothing)
			out = append(out, w+w[n-1:]+"ed", w+w[n-1:]+"ing")
		}
	}
	return out
}

// doubles reports a word ending consonant-vowel-consonant, whose final
// consonant English spelling may double before -ed/-ing (expel, patrol,
// rob); w, x and y never double.
func doubles(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	a, b, c := w[n-3], w[n-2], w[n-1]
	return !vowel(a) && vowel(b) && !vowel(c) && strings.IndexByte("wxy", c) < 0 && c >= 'a' && c <= 'z'
}

func compileElem(spec string, gap bool) elem {
	e := elem{forms: map[string]bool{}, gap: gap}
	for _, alt := range strings.Split(spec, "|") {
		if strings.HasSuffix(alt, "*") {
			e.prefixes = append(e.prefixes, strings.TrimSuffix(alt, "*"))
			continue
		}
		for _, f := range forms(alt) {
			e.forms[f] = true
		}
	}
	return e
}

// theLexicon parses triggers.txt once; the result is read-only.
var theLexicon = sync.OnceValue(theLexiconBuild)

func theLexiconBuild() *lexicon { return buildLexicon(nil) }

// buildLexicon compiles the trigger files, leaving out the hand-written
// lines in skip (the leave-out estimate of leaveout.go; nil skips none; a
// derived line of the same text stays).
func buildLexicon(skip map[string]bool) *lexicon {
	lx := &lexicon{byHead: map[string][]int{}}
	elems := map[string]elem{} // shared compiled elements: the files repeat them
	hand := strings.Count(triggersFile, "\n") + 1
	for n, line := range strings.Split(triggersFile+"\n"+cameoFile, "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		typ, pat, ok := strings.Cut(line, "\t")
		if !ok || n < hand && skip[line] {
			continue // skip names hand-written lines only
		}
		t := trigger{typ: typ, derived: n >= hand}
		gap := false
		for _, w := range strings.Fields(pat) {
			if w == "..." {
				gap = true
				continue
			}
			key := w
			if gap {
				key = "..." + w
			}
			if len(t.elems) == 0 {
				for _, alt := range strings.Split(w, "|") {
					t.heads = append(t.heads, strings.TrimSuffix(alt, "*"))
				}
			}
			e, ok := elems[key]
			if !ok {
				e = compileElem(w, gap)
				elems[key] = e
			}
			t.elems = append(t.elems, e)
			gap = false
			t.size++
		}
		if len(t.elems) == 0 {
			continue
		}
		if t.derived && t.size == 1 && genericVerbs[t.heads[0]] {
			continue // "hope", "take", "fail": see genericVerbs
		}
		if t.derived && t.typ == "cooperate" && t.size == 1 {
			// CAMEO's cooperation blocks list bare verbs ("add", "lead",
			// "handle", "accord") whose code depends on the object their
			// patterns name; alone they fire on "he added" and "according
			// to", so only their patterns are kept.
			continue
		}
		idx := len(lx.all)
		lx.all = append(lx.all, t)
		lx.lines = append(lx.lines, line)
		if len(t.elems[0].prefixes) > 0 {
			lx.prefixed = append(lx.prefixed, idx)
		}
		for f := range t.elems[0].forms {
			lx.byHead[f] = append(lx.byHead[f], idx)
		}
	}
	for _, l := range lx.byHead {
		sort.SliceStable(l, func(a, b int) bool { return better(lx.all[l[a]], lx.all[l[b]]) })
	}
	return lx
}

package sentence

import "strings"

// StartBefore returns where the sentence holding byte offset at begins,
// roughly and cheaply, without splitting the text: after the last line
// break, or the last ". ", "! " or "? " before at, whichever is later; a
// full stop after an initial or an honorific ("J. Lind", "Mr. Lind") ends
// no sentence. Callers that need exact sentences use Split.
func StartBefore(text string, at int) int {
	at = min(max(at, 0), len(text))
	for i := at - 1; i > 0; i-- {
		c := text[i]
		if c == '\n' {
			return i + 1
		}
		if c == ' ' && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			if text[i-1] == '.' {
				if w := lastLetters(text[:i-1]); len(w) <= 1 || honorificStops[strings.ToLower(w)] {
					continue // "J. Lind", "Mr. Lind"
				}
			}
			return i + 1
		}
	}
	return 0
}

// lastLetters is the run of ASCII letters that ends s.
func lastLetters(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
		i--
	}
	return s[i:]
}

// honorificStops are abbreviations before a name whose full stop ends no
// sentence.
var honorificStops = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "col": true, "sgt": true, "prof": true, "rev": true, "capt": true,
	"adm": true, "maj": true, "lt": true}

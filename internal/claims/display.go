package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func makeClaim(holder, stance, obj, qual, qualShow string, neg bool, sentence string) Claim {
	st := stance
	phrase := stancePhrase[stance]
	if neg {
		st = "not-" + stance
		phrase = "not " + phrase
		if stance != "ready" {
			phrase = "does not " + strings.TrimSuffix(stancePhrase[stance], "s")
		}
	}
	key, show := obj, objectPhrase[obj]
	if qual != "" {
		key = obj + ":" + qual
		if qualShow != "" {
			show = qualified(obj, qualShow)
		}
	}
	return Claim{
		Key: holder + "|" + st + "|" + key, Holder: holder, Stance: stance, Object: obj, Qualifier: qual, Negated: neg,
		Text:     displayIn(holder, sentence) + " — " + phrase + " " + show,
		Sentence: sentence,
	}
}

// qualified is the display of an object with its qualifier: "the Puerto
// Rico agreement", "a trade agreement", "NATO membership".
func qualified(obj, show string) string {
	switch obj {
	case "membership":
		return show + " membership"
	case "ban":
		if !strings.Contains(show, " ") && !strings.HasSuffix(show, "s") {
			return "the " + show + " ban" // named before the head: "the Zorvan ban", not "a ban on Zorvan"
		}
		return "a ban on " + show
	case "resignation":
		return "the resignation of " + show
	case "settlement":
	default:
		return policyQualified(obj, show)
	}
	r, _ := utf8.DecodeRuneInString(show)
	if unicode.IsUpper(r) {
		return "the " + show + " agreement"
	}
	return "a " + show + " agreement"
}

func display(h string) string {
	f := strings.Fields(h)
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue // "Maravel Chamber of Commerce"
		}
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// displayIn is display with the casing the texts (a claim's sentence, its
// article) give the holder's words: an acronym ("Asheville Tea PAC", not
// "Pac"; "RSPB") or a name with capitals inside ("McEnaney", "DeSantis")
// keeps them. A word written only lower case or only in a line of
// capitals ("TRUMP SAYS") keeps display's casing.
func displayIn(h string, texts ...string) string {
	f := strings.Fields(display(h))
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue
		}
		for _, t := range texts {
			if raw := writtenAs(t, w); raw != "" {
				f[i] = raw
				break
			}
		}
	}
	return strings.Join(f, " ")
}

// writtenAs returns how text writes the word w (compared without case)
// where it writes it with capitals past the first letter, in a sentence
// mostly lower case: "PAC", "McEnaney"; "" when it does not.
func writtenAs(text, w string) string {
	if len(w) < 2 {
		return ""
	}
	low := strings.ToLower(text)
	lw := strings.ToLower(w)
	if len(low) != len(text) {
		return "" // a case change moved bytes: leave display's casing
	}
	for _, i := range wordIndexes(low, lw) {
		raw := text[i : i+len(lw)]
		if raw == w || !strings.ContainsFunc(raw[1:], unicode.IsUpper) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(r) {
			continue
		}
		if !strings.ContainsFunc(raw, unicode.IsLower) && (len(raw) > 5 || capsLine(text, i)) {
			continue // "TRUMP" in a headline of capitals is no acronym
		}
		return raw
	}
	return ""
}

// capsLine reports whether the line of text around byte i is written
// mostly in capitals.
func capsLine(text string, i int) bool {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	up, lo := 0, 0
	for _, r := range text[start:end] {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			lo++
		}
	}
	return up > lo
}

// smallWords stay lower case inside a displayed name.
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "de": true}

// Canon is the holder a name stands for, as Claim.Holder spells it:
// "Vladimir Putin" -> "putin", "the Kremlin" -> "russia".
func Canon(name string) string { return canon(strings.ToLower(strings.TrimSpace(name))) }

// OnBehalfOf returns c as the position of party, the country its holder
// speaks for ("putin|ready|negotiations", said by Russia's president,
// becomes "russia|ready|negotiations", "Russia — ready for negotiations").
// c comes back unchanged when party names nobody or is already its holder.
func (c Claim) OnBehalfOf(party string) Claim {
	h := Canon(party)
	if h == "" || h == c.Holder {
		return c
	}
	if _, rest, ok := strings.Cut(c.Key, "|"); ok {
		c.Key = h + "|" + rest
	}
	if _, phrase, ok := strings.Cut(c.Text, " — "); ok {
		c.Text = display(h) + " — " + phrase
	}
	if c.Partner == h {
		c.Partner = ""
	}
	c.Holder = h
	return c
}

package analyze

import (
	"strings"

	"github.com/storyline/storyline/internal/quotes"
)

// titleQuote reports whether direct quote q is a title or a label in
// marks rather than anyone's words, so that it is listed with no speaker:
// a quotation in title case ("All the President's Men,", "Outstanding
// Performance in a Variety Program.") that took its speaker from a
// neighbouring quotation (no cue of its own) or from a verb that names
// titles ("a document titled"), or any quotation after "known as"
// ("Mr. X was known as the “bagman”"). A title in marks with a reporting
// word of its own ("“Make Room,” Lind said") keeps its speaker.
func titleQuote(q quotes.Quote) bool {
	if !q.Direct || q.Speaker == "" {
		return false
	}
	cue := strings.Fields(strings.ToLower(q.Cue))
	last := ""
	if len(cue) > 0 {
		last = cue[len(cue)-1]
	}
	if titleCues[last] && (last != "known" || q.Fragment) {
		return last == "known" || quotes.TitleCase(q.Text)
	}
	return last == "" && quotes.TitleCase(q.Text)
}

// titleCues are the last words of cues that introduce a title or a label
// rather than words said.
var titleCues = map[string]bool{"titled": true, "entitled": true, "known": true}

// workTitle reports whether direct quote q is the title of a work the text
// names right before it ("Felt wrote in his memoir, “A Life in the
// Bureau: The Years in Washington.”", "told MSNBC’s “Morning Joe”"):
// quotes.WorkTitle (a noun of a work or a broadcaster's possessive before
// its opening mark and the quotation in title case, or "titled" right
// before its mark, in any case).
func workTitle(text string, q quotes.Quote) bool {
	return q.Direct && q.Speaker != "" && quotes.WorkTitle(text, q.Start, q.End)
}

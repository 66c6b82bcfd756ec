package quotes

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// speakerOf returns the speaker of the first quote of text whose Text
// holds part, and whether there is one.
func speakerOf(text, part string, opts Options) (string, bool) {
	for _, q := range Find(text, opts) {
		if strings.Contains(q.Text, part) {
			return q.Speaker, true
		}
	}
	return "", false
}

// TestQuoteAfterCueOnly: a quotation opening its sentence after a sentence
// that is only an attribution ("X said in a statement.") is X's; after a
// sentence of narration, or one whose verb has a clause after it, it is
// not.
func TestQuoteAfterCueOnly(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The harbor board met in Velsk on Monday. Mayor Ana Lind said in a statement. \"There are no paper ballots in the town and there never were.\"", "Ana Lind"},
		{"The harbor board met in Velsk on Monday. Tom Roe, a clerk for the board, said on Tuesday.\n\n\"There are no paper ballots in the town and there never were.\"", "Tom Roe"},
		{"The harbor board met in Velsk on Monday. Tom Roe, the clerk of the Velsk Harbor Board said in a statement. \"There are no paper ballots in the town and there never were.\"", "Tom Roe"},
		{"The harbor board met in Velsk on Monday. Mayor Ana Lind walked in at noon. \"There are no paper ballots in the town and there never were.\"", ""},
		{"The harbor board met in Velsk on Monday. Mayor Ana Lind asked in a statement. \"There are no paper ballots in the town and there never were.\"", ""},
	} {
		got, ok := speakerOf(c.text, "no paper ballots", Options{})
		if !ok || got != c.want {
			t.Errorf("%q: speaker %q (found %v), want %q", c.text, got, ok, c.want)
		}
	}
}

// TestMannerSpeech: a verb of the manner of speaking right after a
// quotation credits it ("“…!” Lind thundered"); such a verb elsewhere
// credits nothing.
func TestMannerSpeech(t *testing.T) {
	text := "The harbor board met in Velsk on Monday. \"There are no paper ballots in the town!\" Prime Minister Ana Lind thundered. The board will vote in May."
	if got, _ := speakerOf(text, "no paper ballots", Options{}); got != "Ana Lind" {
		t.Errorf("thundered: speaker %q, want Ana Lind", got)
	}
	text = "The harbor board met in Velsk on Monday. \"Expedite the vote,\" Mayor Tom Roe commanded."
	if got, _ := speakerOf(text, "Expedite", Options{}); got != "Tom Roe" {
		t.Errorf("commanded: speaker %q, want Tom Roe", got)
	}
	if !mannerSpeech("thundered") || mannerSpeech("said") {
		t.Error("mannerSpeech")
	}
	if _, ok := lookupVerb("thundered"); ok {
		t.Error("thundered must stay out of verbs.txt (tagger features)")
	}
}

// TestReflexiveMismatch: a unit opening with "himself" is no woman's.
func TestReflexiveMismatch(t *testing.T) {
	text := "If Ana Lind wins the vote in Velsk, her husband would be the first man in the role, possibly calling himself the first gentleman of the town."
	res := ResolverFunc(func(s string) []Mention {
		i := strings.Index(s, "Ana Lind")
		return []Mention{{Name: "Ana Lind", Type: core.Person, Start: i, End: i + len("Ana Lind"), Gender: 'f'}}
	})
	for _, q := range Find(text, Options{Resolver: res}) {
		if strings.Contains(q.Text, "first gentleman") && q.Speaker == "Ana Lind" {
			t.Errorf("%q credited to Ana Lind", q.Text)
		}
	}
	text = strings.Replace(text, "himself", "herself", 1)
	found := false
	for _, q := range Find(text, Options{Resolver: res}) {
		if strings.Contains(q.Text, "first gentleman") {
			found = true
			if q.Speaker != "Ana Lind" {
				t.Errorf("herself: speaker %q, want Ana Lind", q.Speaker)
			}
		}
	}
	if !found {
		t.Error("herself: no unit")
	}
}

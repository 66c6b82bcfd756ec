package quotes

import (
	"strings"
	"testing"
)

func TestNestedCues(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		tagged   map[string]int
		want     []string
		speakers []string
	}{
		{"a cue inside reported content is part of it",
			"Ana Lind notes that the port authority announced on Friday that the ferry stops.",
			map[string]int{"Ana Lind": tagBSrc, "notes": tagBCue, "that the port authority": tagBCon, "announced": tagBCue, "on Friday that the ferry stops": tagBCon},
			[]string{"that the port authority announced on Friday that the ferry stops"}, []string{"Ana Lind"}},
		{"a source and cue inside reported content too",
			"Tom Reyes cited new rules the mayor blamed on the harbour board.",
			map[string]int{"Tom Reyes": tagBSrc, "cited": tagBCue, "new rules": tagBCon, "the mayor": tagBSrc, "blamed on": tagBCue, "the harbour board": tagBCon},
			[]string{"new rules the mayor blamed on the harbour board"}, []string{"Tom Reyes"}},
		{"a relative pronoun ending the first content: two attributions",
			"Tom Reyes cited new rules that the mayor blamed on the harbour board.",
			map[string]int{"Tom Reyes": tagBSrc, "cited": tagBCue, "new rules that": tagBCon, "the mayor": tagBSrc, "blamed on": tagBCue, "the harbour board": tagBCon},
			[]string{"new rules that", "the harbour board"}, nil},
		{"no cue before the first content: not nested, and dropped as the cue after it has content of its own",
			"The board found that the ferry stops while Tom Reyes said the port stays.",
			map[string]int{"that the ferry stops": tagBCon, "Tom Reyes": tagBSrc, "said": tagBCue, "the port stays": tagBCon},
			[]string{"the port stays"}, nil},
		{"a conjunction ends the first content: two attributions",
			"Ana Lind said the ferry stops and Tom Reyes warned the port closes.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry stops and Tom": tagBCon, "Reyes": tagBSrc, "warned": tagBCue, "the port closes": tagBCon},
			[]string{"the ferry stops and Tom", "the port closes"}, nil},
		{"a relative pronoun as second source: two attributions",
			"Ana Lind praised the pilots who said the port closes.",
			map[string]int{"Ana Lind": tagBSrc, "praised": tagBCue, "the pilots": tagBCon, "who": tagBSrc, "said": tagBCue, "the port closes": tagBCon},
			[]string{"the pilots", "the port closes"}, nil},
		{"a word between content and cue: left alone",
			"Ana Lind noted the ferry stops, and some pilots doubted the port.",
			map[string]int{"Ana Lind": tagBSrc, "noted": tagBCue, "the ferry stops": tagBCon, "some pilots": tagBSrc, "doubted": tagBCue, "the port": tagBCon},
			[]string{"the ferry stops", "the port"}, nil},
	}
	for _, tc := range append(tests, sharedCueTests...) {
		t.Run(tc.name, func(t *testing.T) {
			texts, speakers := exclusiveUnitTexts(t, tc.text, tc.tagged)
			if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
				t.Errorf("units %q, want %q", texts, tc.want)
			}
			if tc.speakers != nil && strings.Join(speakers, "|") != strings.Join(tc.speakers, "|") {
				t.Errorf("speakers %q, want %q", speakers, tc.speakers)
			}
		})
	}
}

// sharedCueTests: content before a cue that has content of its own after
// it is not what was said (dropSharedCue).
var sharedCueTests = []struct {
	name     string
	text     string
	tagged   map[string]int
	want     []string
	speakers []string
}{
	{"content before a cue with its own content after it is dropped",
		"On this weekend's broadcast of Harbour Talk, Mayor Ana Lind said the ferry stops.",
		map[string]int{"weekend's broadcast of Harbour Talk": tagBCon, "Mayor Ana Lind": tagBSrc, "said": tagBCue, "the ferry stops": tagBCon},
		[]string{"the ferry stops"}, []string{"Ana Lind"}},
	{"a quotation before the cue is kept",
		"“The ferry stops,” Mayor Ana Lind said on Friday, “and the harbour stays.”",
		map[string]int{"“The ferry stops,”": tagBCon, "Mayor Ana Lind": tagBSrc, "said": tagBCue, "“and the harbour stays.”": tagBCon},
		[]string{"“The ferry stops,”", "“and the harbour stays.”"}, nil},
	{"content before a cue with no content after it is kept",
		"The ferry stops in June, Mayor Ana Lind said.",
		map[string]int{"The ferry stops in June": tagBCon, "Mayor Ana Lind": tagBSrc, "said": tagBCue},
		[]string{"The ferry stops in June"}, []string{"Ana Lind"}},
	{"a coordinated reporting verb inside reported content opens an attribution of its own",
		"Ana Lind said the ferry had stopped twice and called it a common delay.",
		map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry had stopped twice and called it a common delay": tagBCon},
		[]string{"the ferry had stopped twice", "it a common delay"}, []string{"Ana Lind", "Ana Lind"}},
	{"a coordinated verb that is no cue stays in the content",
		"Ana Lind said the ferry had stopped twice and sailed again in June.",
		map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry had stopped twice and sailed again in June": tagBCon},
		[]string{"the ferry had stopped twice and sailed again in June"}, nil},
}

// exclusiveUnitTexts is unitTexts with one unit per attribution
// (Options.Exclusive), as PolNeAR is scored.
func exclusiveUnitTexts(t *testing.T, text string, tagged map[string]int) (texts, speakers []string) {
	t.Helper()
	d := newDoc(text, Heuristic{})
	d.exclusive = true
	for _, q := range d.tagUnits(tagText(d, tagged), nil) {
		texts = append(texts, q.Text)
		speakers = append(speakers, q.Speaker)
	}
	return texts, speakers
}

// TestNestedCuesNotInAnalysis: without Options.Exclusive each attribution
// keeps its unit and speaker.
func TestNestedCuesNotInAnalysis(t *testing.T) {
	texts, _ := unitTexts(t, "Ana Lind notes that the port authority announced on Friday that the ferry stops.",
		map[string]int{"Ana Lind": tagBSrc, "notes": tagBCue, "that the port authority": tagBCon, "announced": tagBCue, "on Friday that the ferry stops": tagBCon})
	if len(texts) != 2 {
		t.Errorf("units %q, want two", texts)
	}
}

func TestDropBareQuotes(t *testing.T) {
	mk := func(text, cue string, direct bool) Quote {
		q := Quote{Cue: cue}
		q.Text, q.Direct = text, direct
		return q
	}
	tests := []struct {
		name string
		in   Quote
		keep bool
	}{
		{"a short quotation with no cue is dropped", mk("“rigged”", "", true), false},
		{"three words with no cue are dropped", mk("“a harbour mess”", "", true), false},
		{"a short quotation with a cue is kept", mk("“rigged”", "said", true), true},
		{"a longer quotation with no cue is kept", mk("“The ferry stops in June.”", "", true), true},
		{"a short reported unit is kept", mk("the ferry", "", false), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dropBareQuotes([]Quote{tc.in})
			if (len(got) == 1) != tc.keep {
				t.Errorf("kept %v, want %v", len(got) == 1, tc.keep)
			}
		})
	}
}

func TestHeadlineUnit(t *testing.T) {
	tests := []struct {
		name, text, want, speaker string
	}{
		{"a name and a colon open the headline", "Lind: Brackton Ferry Will Stop in June\n\nThe mayor spoke on Friday.",
			"Brackton Ferry Will Stop in June", "Lind"},
		{"a label with a determiner is no speaker", "The Latest: Brackton ferry stops in June\n\nThe mayor spoke on Friday.", "", ""},
		{"no colon, no unit", "Brackton Ferry Will Stop in June\n\nThe mayor spoke on Friday.", "", ""},
		{"only the first line", "The mayor spoke.\nLind: the ferry will stop in June.", "", ""},
		{"a subject and a cue verb in -s", "Mayor Ana Lind rejects Brackton ferry plan\n\nThe mayor spoke on Friday.",
			"Brackton ferry plan", "Ana Lind"},
		{"title case", "Orlo Council Defends Ferry Cuts\n\nThe council met on Friday.", "Ferry Cuts", "Orlo Council"},
		{"a verb the lexicon does not rate", "Brackton Ferry Sails Again\n\nThe mayor spoke on Friday.", "", ""},
		{"a label with lower-case words", "Orlo council leaders: Ferry cuts will hurt Brackton\n\nThe council met on Friday.",
			"Ferry cuts will hurt Brackton", "Orlo council leaders"},
		{"a label word is no speaker", "Breaking: Ferry Cuts Hit Brackton Hard\n\nThe council met on Friday.", "", ""},
		{"a clause is no label", "Ferry is back: Brackton boats sail in June\n\nThe council met on Friday.", "", ""},
		{"a determiner opens the line", "The Mayor Rejects Brackton Ferry Plan\n\nThe mayor spoke on Friday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, Heuristic{})
			got := d.headlineUnit(nil)
			if tc.want == "" {
				if len(got) != 0 {
					t.Errorf("units %v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Text != tc.want || got[0].Speaker != tc.speaker {
				t.Errorf("units %+v, want %q by %q", got, tc.want, tc.speaker)
			}
		})
	}
	// Units the tagger found on the line give way to the label's.
	text := "Lind: Brackton Ferry Will Stop in June\n\nThe mayor said so."
	q := unitOf(text, "Will Stop in June")
	q.Speaker = "Brackton Ferry"
	later := unitOf(text, "so")
	got := newDoc(text, Heuristic{}).headlineUnit([]Quote{q, later})
	if len(got) != 2 || got[0].Speaker != "Lind" || got[0].Text != "Brackton Ferry Will Stop in June" || got[1].Text != "so" {
		t.Errorf("units %+v, want the label's unit and the later one", got)
	}
	// A unit the tagger found on a line with no colon stays alone.
	text = "Mayor Lind rejects Brackton ferry plan\n\nThe mayor said so."
	q = unitOf(text, "Brackton ferry plan")
	q.Speaker = "Lind"
	got = newDoc(text, Heuristic{}).headlineUnit([]Quote{q})
	if len(got) != 1 || got[0] != q {
		t.Errorf("units %+v, want the tagger's unit alone", got)
	}
}

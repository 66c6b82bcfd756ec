package quotes

import (
	"strings"
	"testing"
)

// unitTexts runs tagUnits over text tagged by phrase and returns the units'
// texts and speakers.
func unitTexts(t *testing.T, text string, tagged map[string]int) (texts, speakers []string) {
	t.Helper()
	d := newDoc(text, Heuristic{})
	for _, q := range d.tagUnits(tagText(d, tagged), nil) {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("unit %q: offsets %d:%d do not hold its text", q.Text, q.Start, q.End)
		}
		texts = append(texts, q.Text)
		speakers = append(speakers, q.Speaker)
	}
	return texts, speakers
}

func TestTagUnitsParenthetical(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   []string
	}{
		{"attribution set off by commas joins the halves",
			"Even if the ferry stops, Mayor Ana Lind said, the harbour will stay open.",
			map[string]int{"Even if the ferry stops": tagBCon, "Mayor Ana Lind": tagBSrc, "said": tagBCue, "the harbour will stay open": tagBCon},
			[]string{"Even if the ferry stops, Mayor Ana Lind said, the harbour will stay open"}},
		{"two attributions in one sentence stay apart",
			"Ana Lind said the ferry stops, and Tom Reyes added the harbour stays open.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry stops": tagBCon, "Tom Reyes": tagBSrc,
				"added": tagBCue, "the harbour stays open": tagBCon},
			[]string{"the ferry stops", "the harbour stays open"}},
		{"an adjunct after a quotation's attribution goes with it",
			"“The ferry stops,” Ana Lind said on Friday at the pier.",
			map[string]int{"“The ferry stops,”": tagBCon, "Ana Lind": tagBSrc, "said": tagBCue, "on Friday at the pier": tagBCon},
			[]string{"“The ferry stops,” Ana Lind said on Friday at the pier"}},
		{"reported content with an untagged hole is one unit",
			"Ana Lind said the harbour and its piers will get new cranes next year.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the harbour": tagBCon, "new cranes next year": tagBCon},
			[]string{"the harbour and its piers will get new cranes next year"}},
		{"a second attribution in the hole keeps the units apart",
			"Ana Lind said the harbour is open and Tom Reyes noted new cranes.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the harbour is open": tagBCon, "Tom Reyes": tagBSrc, "noted": tagBCue, "new cranes": tagBCon},
			[]string{"the harbour is open", "new cranes"}},
		{"a second quotation with its own attribution stays apart",
			"“The ferry stops,” he said. “The harbour stays,” Ana Lind replied.",
			map[string]int{"“The ferry stops,”": tagBCon, " he ": tagBSrc, "said": tagBCue, "“The harbour stays,”": tagBCon, "Ana Lind": tagBSrc, "replied": tagBCue},
			[]string{"“The ferry stops,”", "“The harbour stays,”"}},
		{"a quotation after its own preposed attribution stays apart",
			"Ana Lind says the ferry “stops in June.” She adds, “The harbour stays.”",
			map[string]int{"Ana Lind": tagBSrc, "says": tagBCue, "the ferry “stops in June.”": tagBCon, "She": tagBSrc, "adds": tagBCue, "“The harbour stays.”": tagBCon},
			[]string{"the ferry “stops in June.”", "“The harbour stays.”"}},
		{"no comma after the attribution",
			"The ferry stops, Ana Lind said the harbour stays open.",
			map[string]int{"The ferry stops": tagBCon, "Ana Lind": tagBSrc, "said": tagBCue, "the harbour stays open": tagBCon},
			[]string{"The ferry stops", "the harbour stays open"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := unitTexts(t, tt.text, tt.tagged)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtendCut(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   string
	}{
		{"content cut inside its clause runs to the sentence end",
			"The fair drew crowds, showing how the river trade keeps the town alive.",
			map[string]int{"showing": tagBCue, "how the river": tagBCon}, "how the river trade keeps the town alive"},
		{"content ending at a comma stays",
			"Ana Lind said the ferry stops, before leaving the hall.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry stops": tagBCon}, "the ferry stops"},
		{"content followed by another run stays",
			"Ana Lind said the ferry stops today as Tom Reyes noted.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "the ferry stops": tagBCon, "Tom Reyes": tagBSrc}, "the ferry stops"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			tags := d.extendCut(tagText(d, tt.tagged))
			a, b := -1, -1
			for i, tg := range tags {
				if tg == tagBCon || tg == tagICon {
					if a < 0 {
						a = d.toks[i].Start
					}
					b = d.toks[i].End
				}
			}
			got := ""
			if a >= 0 {
				got, _ = strings.CutSuffix(tt.text[a:b], ".")
			}
			if got != tt.want {
				t.Errorf("content %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParticipleSubject(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"the main clause's person, not the object before the comma",
			"Ana Lind met Tom Reyes on Friday, saying the ferry will run.", "saying", "Ana Lind"},
		{"a thing as subject names no person before the comma",
			"The fair drew Ana Lind and Tom Reyes, showing how the trade keeps the town alive.", "showing", "The fair"},
		{"a finite verb after an apposition keeps its subject",
			"The minister, Ana Lind, said the ferry will run.", "said", "Ana Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			c := -1
			for i, tk := range d.toks {
				if tk.Text == tt.cue {
					c = i
				}
			}
			at, ok := d.cueSubject(c)
			if !ok || at.speaker != tt.want {
				t.Errorf("speaker %q (found %v), want %q", at.speaker, ok, tt.want)
			}
		})
	}
}

func TestTagUnitsOuterSources(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		tagged  map[string]int
		want    string
		speaker string
	}{
		{"a sentence-final source said all before it",
			"The harbour board ordered the ferry to stop in June, two clerks said.",
			map[string]int{"The harbour board": tagBSrc, "ordered": tagBCue, "the ferry to stop in June": tagBCon, "two clerks": tagBSrc, "said": tagBCue},
			"The harbour board ordered the ferry to stop in June", "two clerks"},
		{"a determiner tagged content goes with the source",
			"Ana Lind told the board the ferry would stop, the clerk added.",
			map[string]int{"Ana Lind": tagBSrc, "told": tagBCue, "the board the ferry would stop, the": tagBCon, "clerk": tagBSrc, "added": tagBCue},
			"Ana Lind told the board the ferry would stop", "the clerk"},
		{"a quotation closed before the final source",
			"“Mayor Lind ordered the ferry stopped,” Tom Reyes wrote.",
			map[string]int{"Mayor Lind": tagBSrc, "ordered": tagBCue, "the ferry stopped": tagBCon, "Tom Reyes": tagBSrc, "wrote": tagBCue},
			"“Mayor Lind ordered the ferry stopped,”", "Tom Reyes"},
		{"a source reporting another's",
			"Ana Lind said Tom Reyes hopes that the ferry will run.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "Tom Reyes": tagBSrc, "hopes": tagBCue, "that the ferry will run": tagBCon},
			"Tom Reyes hopes that the ferry will run", "Ana Lind"},
		{"no comma before the final source: left alone",
			"The board ordered the ferry to stop as two clerks said.",
			map[string]int{"The board": tagBSrc, "ordered": tagBCue, "the ferry to stop": tagBCon, "two clerks": tagBSrc, "said": tagBCue},
			"the ferry to stop", "The board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, spk := unitTexts(t, tt.text, tt.tagged)
			if len(got) != 1 || got[0] != tt.want || spk[0] != tt.speaker {
				t.Errorf("got %q by %q, want %q by %q", got, spk, tt.want, tt.speaker)
			}
		})
	}
}

func TestResolvePronounPastContent(t *testing.T) {
	tests := []struct {
		name, text string
		tagged     map[string]int
		want       string
	}{
		{"a person inside reported content gives way to its source",
			"Ana Lind said her talks with Tom Reyes went well. He smiled.",
			map[string]int{"Ana Lind": tagBSrc, "said": tagBCue, "her talks with Tom Reyes went well": tagBCon}, "Ana Lind"},
		{"content with no person source keeps the nearest person",
			"It became clear that Tom Reyes had won. He smiled.",
			map[string]int{"that Tom Reyes had won": tagBCon}, "Tom Reyes"},
		{"without tags the nearest person",
			"Ana Lind said her talks with Tom Reyes went well. He smiled.",
			nil, "Tom Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			if tt.tagged != nil {
				d.tags = tagText(d, tt.tagged)
			}
			p := strings.Index(tt.text, "He ")
			if got := d.resolvePronoun("he", p); got != tt.want {
				t.Errorf("he -> %q, want %q", got, tt.want)
			}
		})
	}
}

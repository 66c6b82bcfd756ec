package quotes

import (
	"strings"
	"testing"
)

// Speaker-linking rules of the sixth session (units.go, sources.go,
// reshape.go), on hand-tagged fictional sentences.
func TestLinkRulesSpeaker(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   string // speaker of the unit holding wantOf
		wantOf string
	}{
		{"a source opening with a preposition is an adjunct",
			"The board agreed with the plan, aside from saying it is old.",
			map[string]int{"The board": tagBSrc, "aside from": tagBSrc, "saying": tagBCue, "it is old": tagBCon},
			"board", "it is old"},
		{"an apposition set off by commas goes with the name before it",
			"Tom Reyes, the harbour master, one of the founders of the club, said the pier is safe.",
			map[string]int{"Tom Reyes": tagBSrc, "one of the founders of the club,": tagBSrc, "said": tagBCue, "the pier is safe": tagBCon},
			"Tom Reyes", "the pier is safe"},
		{"a passive cue's agent after by",
			"The plan to close the pier was rejected by the harbour board in May.",
			map[string]int{"was rejected": tagBCue, "The plan to close the pier": tagBCon},
			"harbour board", "The plan to close the pier"},
		{"a source after the unit's content belongs to the next cue",
			"The board ruled that Reyes’s claim about the pier was false.",
			map[string]int{"ruled": tagBCue, "that": tagBCon, "Reyes’s": tagBSrc, "claim about": tagBCue, "the pier was false": tagBCon},
			"board", "that"},
		{"a participle after a comma takes the main clause's subject",
			"Ana Lind backed Tom Reyes on Monday, saying the pier is safe.",
			map[string]int{"Ana Lind": tagBSrc, "Tom Reyes": tagBSrc, "saying": tagBCue, "the pier is safe": tagBCon},
			"Ana Lind", "the pier is safe"},
		{"an opening participial clause takes the main clause's subject",
			"Noting that the pier is old, Tom Reyes added that it is safe.",
			map[string]int{"Noting": tagBCue, "that the pier is old": tagBCon, "Tom Reyes": tagBSrc, "added": tagBCue, "that it is safe": tagBCon},
			"Tom Reyes", "that the pier is old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			texts, speakers := unitTexts(t, tt.text, tt.tagged)
			found := false
			for i, x := range texts {
				if strings.Contains(x, tt.wantOf) {
					found = true
					if !strings.Contains(speakers[i], tt.want) || tt.want == "" && speakers[i] != "" {
						t.Errorf("unit %q: speaker %q, want %q", x, speakers[i], tt.want)
					}
				}
			}
			if !found {
				t.Errorf("no unit holds %q (units %q)", tt.wantOf, texts)
			}
		})
	}
}

func TestPutItSource(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Lane's returns would show a lot. As Anna Vey, a tax lawyer at the Reed Center, recently put it, “Did Lane pay?”\n", "Anna Vey"},
		{"The harbour is, as the Weekly Tide put it in a long piece, “a town's heart.”\n", "Weekly Tide"},
		{"Tom Reyes put it on the table: “The pier stays.”\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			qs := Find(tt.text, Options{NoModel: true})
			if len(qs) == 0 {
				t.Fatalf("no quote in %q", tt.text)
			}
			q := qs[len(qs)-1]
			if tt.want == "" {
				if q.Cue == "put it" {
					t.Errorf("%q: credited by a put-it clause that has no as: %q", q.Text, q.Speaker)
				}
				return
			}
			if !strings.Contains(q.Speaker, tt.want) {
				t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, tt.want)
			}
		})
	}
}

func TestClauseSubjects(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   string // speaker of the unit holding wantOf, with the option
		wantOf string
	}{
		{"a verb coordinated after a tagged 'and' takes the first clause's subject",
			"Ana Lind declared the pier safe and said it stays open.",
			map[string]int{"Ana Lind": tagBSrc, "declared": tagBCue, "the pier safe": tagBCon, "and": tagBSrc, "said": tagBCue, "it stays open": tagBCon},
			"Ana Lind", "it stays open"},
		{"an adverb tagged as the source is trimmed off",
			"Ana Lind left the pier, instead calling on the board to act.",
			map[string]int{"instead": tagBSrc, "calling on": tagBCue, "the board to act": tagBCon},
			"Ana Lind", "the board to act"},
		{"a lone time word tagged as the source is skipped",
			"Tom Reyes, who runs the pier, on Friday described the plan as safe.",
			map[string]int{"Tom Reyes": tagBSrc, "Friday": tagBSrc, "described": tagBCue, "the plan as safe": tagBCon},
			"Tom Reyes", "the plan as safe"},
		{"a coordinated cue with no source takes the sentence's subject",
			"Tom Reyes took the stage at the Grand Hotel and called the plan rotten.",
			map[string]int{"called": tagBCue, "the plan rotten": tagBCon},
			"Tom Reyes", "the plan rotten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			d.clauseSubj = true
			found := false
			for _, q := range d.tagUnits(tagText(d, tt.tagged), nil) {
				if strings.Contains(q.Text, tt.wantOf) {
					found = true
					if !strings.Contains(q.Speaker, tt.want) {
						t.Errorf("unit %q: speaker %q, want %q", q.Text, q.Speaker, tt.want)
					}
				}
			}
			if !found {
				t.Errorf("no unit holds %q", tt.wantOf)
			}
		})
	}
}

package ner

import (
	"math"
	"testing"
)

// TestEvaluationHandComputed scores a small hand-made example whose
// conlleval figures were worked out by hand:
//
//	sentence 1  gold: [PER John Smith] visited [LOC Paris]
//	            pred: [PER John] [PER Smith] visited [LOC Paris]
//	sentence 2  gold: [ORG Acme Corp] hired [PER Mary]
//	            pred: [ORG Acme Corp] hired [LOC Mary]
//	sentence 3  gold: [MISC French] wine   (IOB1: I-MISC starts the chunk)
//	            pred: [MISC French] wine
//
// Gold chunks 5, guessed chunks 6. Correct: Paris, Acme Corp, French = 3.
// Precision 3/6 = 50%, recall 3/5 = 60%, F1 = 2*.5*.6/1.1 = 54.545%.
// Tokens 10; tags wrong: Smith (B-PER vs I-PER), Mary (B-LOC vs B-PER) and
// French (B-MISC vs I-MISC: conlleval compares tags, not chunks) -> 7/10. Per type: PER 0 correct of 2 gold, 2 guessed;
// LOC 1 of 1 gold, 2 guessed; ORG 1/1/1; MISC 1/1/1.
func TestEvaluationHandComputed(t *testing.T) {
	var ev Evaluation
	ev.AddSentence(
		[]string{"B-PER", "I-PER", "O", "B-LOC"},
		[]string{"B-PER", "B-PER", "O", "B-LOC"})
	ev.AddSentence(
		[]string{"B-ORG", "I-ORG", "O", "B-PER"},
		[]string{"B-ORG", "I-ORG", "O", "B-LOC"})
	ev.AddSentence(
		[]string{"I-MISC", "O"},
		[]string{"B-MISC", "O"})
	ev.Done()
	if got, want := ev.Overall, (Counts{Correct: 3, Guessed: 6, Gold: 5}); got != want {
		t.Fatalf("overall = %+v, want %+v", got, want)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(ev.Overall.Precision(), 0.5) || !near(ev.Overall.Recall(), 0.6) || !near(ev.Overall.F1(), 6.0/11.0) {
		t.Errorf("P/R/F = %v/%v/%v, want 0.5/0.6/0.54545", ev.Overall.Precision(), ev.Overall.Recall(), ev.Overall.F1())
	}
	if ev.Tokens != 10 || ev.CorrectTags != 7 {
		t.Errorf("tokens %d correct tags %d, want 10 and 7", ev.Tokens, ev.CorrectTags)
	}
	want := map[string]Counts{
		"PER":  {Correct: 0, Guessed: 2, Gold: 2},
		"LOC":  {Correct: 1, Guessed: 2, Gold: 1},
		"ORG":  {Correct: 1, Guessed: 1, Gold: 1},
		"MISC": {Correct: 1, Guessed: 1, Gold: 1},
	}
	for typ, w := range want {
		if got := ev.ByType[typ]; got == nil || *got != w {
			t.Errorf("%s = %+v, want %+v", typ, got, w)
		}
	}
}

func TestChunkBoundaries(t *testing.T) {
	tests := []struct {
		name      string
		gold, got []string
		correct   int
	}{
		{"exact", []string{"B-PER", "I-PER"}, []string{"B-PER", "I-PER"}, 1},
		{"too long", []string{"B-PER", "O"}, []string{"B-PER", "I-PER"}, 0},
		{"too short", []string{"B-PER", "I-PER"}, []string{"B-PER", "O"}, 0},
		{"wrong type", []string{"B-PER"}, []string{"B-ORG"}, 0},
		{"iob1 vs iob2", []string{"I-LOC", "I-LOC"}, []string{"B-LOC", "I-LOC"}, 1},
		{"adjacent", []string{"B-LOC", "B-LOC"}, []string{"B-LOC", "B-LOC"}, 2},
		{"type change splits", []string{"I-LOC", "I-ORG"}, []string{"B-LOC", "B-ORG"}, 2},
	}
	for _, tt := range tests {
		var ev Evaluation
		ev.AddSentence(tt.gold, tt.got)
		ev.Done()
		if ev.Overall.Correct != tt.correct {
			t.Errorf("%s: correct = %d, want %d", tt.name, ev.Overall.Correct, tt.correct)
		}
	}
}

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"})
	want := []Span{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "LOC"}, {5, 6, "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("Spans = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Spans[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestErrorTally classifies a hand-made sentence pair:
//
//	gold: [PER Ana Lind] of [ORG the Tarrow Guild] met [PER she] in [LOC Vell] ; [LOC Osk]
//	pred: [PER Ana Lind] of the [ORG Tarrow Guild] met she in [PER Vell] ; [ORG Osk] [MISC Brin]
//
// Ana Lind correct; the Tarrow Guild boundary; she missed (lower case);
// Vell and Osk type (same span, other type); Brin spurious (MISC).
func TestErrorTally(t *testing.T) {
	tokens := []string{"Ana", "Lind", "of", "the", "Tarrow", "Guild", "met", "she", "in", "Vell", ";", "Osk", "Brin"}
	gold := []string{"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "B-LOC", "O", "B-LOC", "O"}
	pred := []string{"B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-PER", "O", "B-ORG", "B-MISC"}
	var et ErrorTally
	et.Add(tokens, gold, pred)
	want := ErrorCounts{Correct: 1, Type: 2, Boundary: 1, Missed: 1, MissedLower: 1, Spurious: 1, Guesses: 5, GuessOverlap: 2}
	if et.Overall != want {
		t.Errorf("overall = %+v, want %+v", et.Overall, want)
	}
	// Overlap: recall (1 correct + 1 boundary) / 5 gold, precision 2 / 5.
	if p, r, f := et.Overall.Overlap(); math.Abs(p-0.4) > 1e-9 || math.Abs(r-0.4) > 1e-9 || math.Abs(f-0.4) > 1e-9 {
		t.Errorf("Overlap = %v %v %v, want 0.4 0.4 0.4", p, r, f)
	}
	if got := *et.ByType["LOC"]; got != (ErrorCounts{Type: 2}) {
		t.Errorf("LOC = %+v", got)
	}
	if got := *et.ByType["MISC"]; got != (ErrorCounts{Spurious: 1, Guesses: 1}) {
		t.Errorf("MISC = %+v", got)
	}
	// Overlapping with another type and another span.
	var et2 ErrorTally
	et2.Add([]string{"Dr", "Ana", "Lind"}, []string{"B-PER", "I-PER", "I-PER"}, []string{"O", "B-ORG", "I-ORG"})
	et2.Add([]string{"They", "met", "Osk"}, []string{"B-PER", "O", "B-PER"}, []string{"O", "O", "O"})
	if et2.Overall != (ErrorCounts{BoundaryType: 1, Missed: 2, MissedLower: 1, Guesses: 1}) {
		t.Errorf("boundary+type = %+v", et2.Overall)
	}
	if c := Chunks([]string{"I-PER", "I-PER", "B-PER", "O", "I-LOC"}); len(c) != 3 || c[0] != (Chunk{0, 2, "PER"}) || c[2] != (Chunk{4, 5, "LOC"}) {
		t.Errorf("Chunks = %+v", c)
	}
}

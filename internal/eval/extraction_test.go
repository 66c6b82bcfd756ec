package eval

import (
	"math"
	"testing"
)

func TestExtrTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and 3.5 km", []string{"snake_case", "and", "3", "5", "km"}},
		{"Straße — Ünïcode ½", []string{"Straße", "Ünïcode", "½"}},
	}
	for _, tt := range tests {
		got := extrTokens(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("extrTokens(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("extrTokens(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestExtrMatchShingles(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		tp, fp, fn       float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 0, 0},
		{"empty both", "", "", 0, 0, 0},
		{"empty pred", "one two three four five", "", 0, 0, 1},
		// gold shingles: (a b c d) (b c d e); pred adds (c d e f): tp 2 fp 1 fn 0.
		{"extra tail", "a b c d e", "a b c d e f", 2.0 / 3, 1.0 / 3, 0},
		// fewer than four tokens make one shingle of all of them.
		{"short", "a b", "a b", 1, 0, 0},
		{"short differs", "a b", "a c", 0, 0.5, 0.5},
	}
	for _, tt := range tests {
		got := extrMatchShingles(tt.gold, tt.pred)
		if !near(got.tp, tt.tp) || !near(got.fp, tt.fp) || !near(got.fn, tt.fn) {
			t.Errorf("%s: extrMatchShingles = %+v, want tp %v fp %v fn %v", tt.name, got, tt.tp, tt.fp, tt.fn)
		}
	}
}

func TestExtrZyteMetrics(t *testing.T) {
	pages := []extrPage{
		{tp: 1, exact: true},  // perfect
		{tp: 0.5, fp: 0.5},    // precision 0.5, recall 1
		{fn: 1},               // nothing predicted: recall 0, no precision
		{tp: 0, fp: 0, fn: 0}, // empty both: counted nowhere
		{tp: 0.25, fn: 0.75},  // precision 1, recall 0.25
	}
	m := extrZyteMetrics(pages)
	wantP := (1 + 0.5 + 1) / 3.0
	wantR := (1 + 1 + 0 + 0.25) / 4.0
	if !near(m.Precision, wantP) || !near(m.Recall, wantR) || !near(m.F1, 2*wantP*wantR/(wantP+wantR)) || !near(m.Accuracy, 0.2) {
		t.Errorf("extrZyteMetrics = %+v, want P %v R %v", m, wantP, wantR)
	}
}

func TestExtrMatchSnippets(t *testing.T) {
	with := []string{"the quay  was\nrebuilt", "in 1902"}
	without := []string{"Subscribe now", "Imprint"}
	out := "Intro.\nThe old story: the quay was rebuilt in 1902.\n\nImprint"
	got := extrMatchSnippets(with, without, out, true)
	if want := (extrCounts{tp: 2, fp: 1, fn: 0, tn: 1}); got != want {
		t.Errorf("extrMatchSnippets = %+v, want %+v", got, want)
	}
	got = extrMatchSnippets(with, without, "", false)
	if want := (extrCounts{fn: 2, tn: 2}); got != want {
		t.Errorf("extrMatchSnippets(failed) = %+v, want %+v", got, want)
	}
	m := extrCounts{tp: 3, fp: 1, fn: 1, tn: 5}.metrics()
	if !near(m.Precision, 0.75) || !near(m.Recall, 0.75) || !near(m.F1, 0.75) || !near(m.Accuracy, 0.8) {
		t.Errorf("metrics = %+v", m)
	}
}

func TestExtrParseTable(t *testing.T) {
	readme := "Results::\n\n" +
		"                        version      F1             precision      recall         accuracy\n" +
		"    sysa                 1.0          0.960 ± 0.007  0.940 ± 0.009  0.980 ± 0.006  0.287 ± 0.033\n" +
		"Older::\n" +
		"    sysa                 0.9          0.900 ± 0.007  0.900 ± 0.009  0.900 ± 0.006  0.200 ± 0.033\n" +
		"    sysb       Nov 2019  0.970 ± 0.005  0.984 ± 0.002  0.956 ± 0.010  0.470 ± 0.037\n"
	got := extrParseTable(readme)
	if m := got["sysa"]; m.F1 != 0.960 || m.Precision != 0.940 || m.Recall != 0.980 || m.Accuracy != 0.287 {
		t.Errorf("sysa = %+v", m)
	}
	if m := got["sysb"]; m.F1 != 0.970 || m.Accuracy != 0.470 {
		t.Errorf("sysb (two-word version) = %+v", m)
	}
}

// TestReferenceReproducesPublishedTable scores upstream's own outputs with
// our scorer and checks every number against the README table (rounded to
// three places as published).
func TestReferenceReproducesPublishedTable(t *testing.T) {
	dir, ok := ExtractionDefaultDir(ExtractionZyte)
	if !ok {
		t.Skip("../shared/bench/extraction-zyte not found: benchmark data is not shipped with the repository")
	}
	rows, err := ScoreReference(dir)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range rows {
		if !r.Found {
			t.Logf("%s: not in the published table, ours F1 %.3f", r.System, r.Ours.F1)
			continue
		}
		checked++
		pairs := []struct {
			name      string
			ours, pub float64
		}{
			{"F1", r.Ours.F1, r.Published.F1},
			{"precision", r.Ours.Precision, r.Published.Precision},
			{"recall", r.Ours.Recall, r.Published.Recall},
			{"accuracy", r.Ours.Accuracy, r.Published.Accuracy},
		}
		for _, p := range pairs {
			if math.Abs(p.ours-p.pub) > 0.0005+1e-9 {
				t.Errorf("%s %s: ours %.4f, published %.3f", r.System, p.name, p.ours, p.pub)
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d reference systems matched a table row, want at least 10", checked)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

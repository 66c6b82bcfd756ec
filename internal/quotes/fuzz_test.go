package quotes

import (
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		sample,
		`"Unbalanced, he said. And "nested "quotes" here," she said.`,
		"“Open\n\n“Still open\n\nclosed”",
		"''Two apostrophes,'' he said. ``Backticks'' too.",
		"ALL CAPS \"QUOTE,\" SAID THE MINISTER.",
		"According to , . said said said he he",
		"‘Single’ quotes ‘unclosed",
		"\xff\"\xfe”",
		"A poll shows, hopes seemed , according to , saying criticism of",
		"\"A,\" she said, \"B.\"\n\n\"C\" \"D,\" he said, \"\"",
		"“A,” said X, who leads Y. “B.” “C,” Z replied, waving. “D.”",
		"The council announced. Officials said. , said.",
		"\"LIND: A.\n\n\"MORROW: B.\" ” ― Ana Lind\u00a0\n“C.”\u00a0― Tom",
		"The board ordered it, the clerk said. He said Roe hopes that it runs, saying so.",
		"“A,” Roe said on Friday, adding, “B.” Lind says “C.” She adds, “D.”",
		"Kim Jong - un’ s aides, who said, \"Deep Throat\" Felt countered with \"A\" to lying, asked not to be identified.",
		"s ’ s , who \"X Y\" \"I said, we\" he said. \"Z.\" Lind warned that it runs.",
		"Lind also said she backed it. Roe's offer is “very serious.” “A,” Roe of the Velsk Church, a clerk, told us. “B.”",
		"X said it. Y is “a\nb.” Z said. “C. D.” E ruled Velsk for years.",
		"VELSK, Ostria - Mr. Roe, who last year surprised Lind by declaring it safe, said, and she’s hoping; did they note",
		"Hours later, Lind, the harbour master of Velsk, said ..., but Roe brought him back, asking it. , who which , who",
		"“A, \" he said. \" B.” “C,\" said Lind. ” D \" Roe said\"",
		"\"A.\"\n\n- Roe.\n\n\"B.\"\n\n\n\n—\n“C”\n-",
		"ROE: Well, I think “As chair I backed it,” Lind said, adding of Roe, “fine.” [that it is old, Roe] has vowed whether",
		"Orvik County, Del., coroner Roe said it. Roe, Fire Officer at Velsk Fire and Rescue says “x”. “A,” Lind said. “B. C. “D.” “",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkQuotes(t, in, Find(in, Options{}))
		checkQuotes(t, in, Find(in, Options{Exclusive: true}))
		// The detector at a threshold that re-decodes every untagged
		// sentence (detect.go).
		checkQuotes(t, in, Find(in, Options{Exclusive: true, Detect: 1e-9, DetectCue: true}))
	})
}

// checkQuotes fails t unless qs hold true offsets, in order.
func checkQuotes(t *testing.T, in string, qs []Quote) {
	t.Helper()
	prev := -1
	for _, q := range qs {
		if q.Start < 0 || q.End > len(in) || q.Start >= q.End || in[q.Start:q.End] != q.Text {
			t.Fatalf("bad offsets %d:%d for %q in %q", q.Start, q.End, q.Text, in)
		}
		if q.Start < prev {
			t.Fatalf("quotes out of order in %q", in)
		}
		prev = q.Start
		if q.SpeakerStart > q.SpeakerEnd || q.SpeakerEnd > len(in) {
			t.Fatalf("bad speaker span %d:%d in %q", q.SpeakerStart, q.SpeakerEnd, in)
		}
	}
}

// TestFindLarge checks that pathological inputs finish: a 1 MB paragraph
// with no full stop, a text of nothing but quote marks, and all caps.
func TestFindLarge(t *testing.T) {
	inputs := []string{
		strings.Repeat("word ", 200000),
		strings.Repeat(`" `, 300000),
		strings.Repeat("“a ", 200000),
		strings.Repeat("HE SAID \"WE ARE READY.\" ", 20000),
		strings.Repeat("Putin said that he would go. ", 30000),
		strings.Repeat(`Putin said a "short phrase" and `, 30000),
		strings.Repeat("he said that they said ", 40000),
	}
	for _, in := range inputs {
		_ = Find(in, Options{})
		_ = Find(in, Options{Exclusive: true})
	}
	// The detector's constrained decoding (linear) on one 200 kB sentence.
	_ = Find(inputs[0][:200000], Options{Exclusive: true, Detect: 1e-9, DetectCue: true})
}

func BenchmarkFind(b *testing.B) {
	DefaultModel() // load the embedded weights outside the timing
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		Find(sample, Options{})
	}
	b.ReportMetric(float64(b.N*len(strings.Fields(sample)))/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkFindRules is BenchmarkFind without the tagger, to show its cost.
func BenchmarkFindRules(b *testing.B) {
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		Find(sample, Options{NoModel: true})
	}
	b.ReportMetric(float64(b.N*len(strings.Fields(sample)))/b.Elapsed().Seconds(), "words/s")
}

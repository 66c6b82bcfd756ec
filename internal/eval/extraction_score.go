package eval

// Scorers for the two extraction benchmarks, re-implemented from their
// definitions (no upstream code is copied).
//
// extraction-zyte (README.rst, evaluate.py): text is tokenised into runs of
// word characters (Python's \w: letters, digits, '_'); a shingle is a window
// of 4 consecutive tokens (a text with fewer tokens is one shingle of all of
// them, an empty one has none). Per page, with multiset counts of shingles,
//
//	tp = Σ min(gold, pred)   fp = Σ max(0, pred-gold)   fn = Σ max(0, gold-pred)
//
// then (tp, fp, fn) is divided by tp+fp+fn so every page weighs the same.
// Page precision is tp/(tp+fp) (1 when fp = fn = 0, 0 when tp = fp = 0) and
// page recall tp/(tp+fn) likewise. Precision is the mean page precision
// over pages with tp+fp > 0, recall the mean page recall over pages with
// tp+fn > 0, F1 their harmonic mean. Accuracy is the share of pages whose
// token sequence equals the gold one exactly.
//
// extraction-trafilatura (evaluation.rst, tests/eval_common.py): each page
// has "with" snippets that must appear in the output and "without" ones that
// must not. After collapsing white space in both, a "with" snippet found is
// a true positive, missed a false negative; a "without" snippet found is a
// false positive, absent a true negative. Counts are summed over the corpus:
// precision = tp/(tp+fp), recall = tp/(tp+fn), accuracy = (tp+tn)/all,
// F1 = 2tp/(2tp+fp+fn). A failed extraction counts as empty output.

import (
	"strings"
	"unicode"
)

// extrShingleN is the shingle width of the Zyte metric.
const extrShingleN = 4

// extrTokens splits text into runs of word characters as Python's \w+ does.
func extrTokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// extrShingles counts the n-token shingles of text.
func extrShingles(text string) map[string]int {
	toks := extrTokens(text)
	out := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return out
	}
	last := max(1, len(toks)-extrShingleN+1)
	for i := 0; i < last; i++ {
		out[strings.Join(toks[i:min(i+extrShingleN, len(toks))], "\x00")]++
	}
	return out
}

// extrPage is one page's normalised (tp, fp, fn) and exact-match flag.
type extrPage struct {
	tp, fp, fn float64
	exact      bool
}

// extrMatchShingles scores one prediction against its gold text.
func extrMatchShingles(gold, pred string) extrPage {
	g, p := extrShingles(gold), extrShingles(pred)
	var tp, fp, fn float64
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-g[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return extrPage{tp: tp, fp: fp, fn: fn, exact: extrSameTokens(gold, pred)}
}

func extrSameTokens(a, b string) bool {
	ta, tb := extrTokens(a), extrTokens(b)
	if len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		if ta[i] != tb[i] {
			return false
		}
	}
	return true
}

// ExtractionMetrics are a system's scores on one benchmark.
type ExtractionMetrics struct {
	Precision, Recall, F1, Accuracy float64
}

// extrZyteMetrics averages page scores as the Zyte benchmark does.
func extrZyteMetrics(pages []extrPage) ExtractionMetrics {
	var ps, rs, acc float64
	var np, nr int
	for _, pg := range pages {
		if pg.tp+pg.fp > 0 {
			ps += extrPRScore(pg.tp, pg.fp, pg.fn, pg.fp)
			np++
		}
		if pg.tp+pg.fn > 0 {
			rs += extrPRScore(pg.tp, pg.fp, pg.fn, pg.fn)
			nr++
		}
		if pg.exact {
			acc++
		}
	}
	var m ExtractionMetrics
	if np > 0 {
		m.Precision = ps / float64(np)
	}
	if nr > 0 {
		m.Recall = rs / float64(nr)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	if len(pages) > 0 {
		m.Accuracy = acc / float64(len(pages))
	}
	return m
}

// extrPRScore is page precision (wrong = fp) or recall (wrong = fn).
func extrPRScore(tp, fp, fn, wrong float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && wrong == 0:
		return 0
	}
	return tp / (tp + wrong)
}

// extrCounts are summed snippet counts of the trafilatura benchmark.
type extrCounts struct{ tp, fp, fn, tn int }

// extrNormSpace collapses runs of white space to one space and trims.
func extrNormSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// extrMatchSnippets scores one output against a page's snippets.
func extrMatchSnippets(with, without []string, out string, ok bool) extrCounts {
	var c extrCounts
	norm := extrNormSpace(out)
	for _, w := range with {
		if ok && strings.Contains(norm, extrNormSpace(w)) {
			c.tp++
		} else {
			c.fn++
		}
	}
	for _, w := range without {
		if ok && strings.Contains(norm, extrNormSpace(w)) {
			c.fp++
		} else {
			c.tn++
		}
	}
	return c
}

func (c *extrCounts) add(d extrCounts) {
	c.tp += d.tp
	c.fp += d.fp
	c.fn += d.fn
	c.tn += d.tn
}

func (c extrCounts) metrics() ExtractionMetrics {
	return ExtractionMetrics{
		Precision: ratio(c.tp, c.tp+c.fp),
		Recall:    ratio(c.tp, c.tp+c.fn),
		Accuracy:  ratio(c.tp+c.tn, c.tp+c.tn+c.fp+c.fn),
		F1:        ratio(2*c.tp, 2*c.tp+c.fp+c.fn),
	}
}

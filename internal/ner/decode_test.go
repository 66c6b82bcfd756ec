package ner

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/sentence"
)

// referenceTags tags a prepared document the plain way: every stage
// computes all its features (casing counts included), sums the weight rows
// tag by tag in feature order and decodes with a Viterbi that checks
// allowed for every pair of tags. decodeDoc must give the same tags.
func referenceTags(tg *Tagger, doc []*sentFeatures) ([][]int, [][]float32) {
	var (
		prev [][]int
		ems  [][]float32
	)
	for _, m := range tg.stages {
		out := make([][]int, len(doc))
		ems = ems[:0]
		eachWithContext(doc, m.window, prev, true, func(si int, sf *sentFeatures, ctx *docContext) {
			n := len(sf.info)
			em := make([]float32, n*numTags)
			for i := 0; i < n; i++ {
				for _, f := range extract(sf, i, ctx, nil) {
					r := m.table.get(f)
					if r < 0 {
						continue
					}
					for t := 0; t < numTags; t++ {
						em[i*numTags+t] += m.weights[int(r)*numTags+t]
					}
				}
			}
			ems = append(ems, em)
			out[si] = referenceViterbi(n, em, &m.trans)
		})
		prev = out
	}
	return prev, ems
}

func referenceViterbi(n int, em []float32, trans *[numTags + 1][numTags]float32) []int {
	out := make([]int, n)
	if n == 0 {
		return out
	}
	negInf := float32(math.Inf(-1))
	score := make([]float32, n*numTags)
	back := make([]int, n*numTags)
	for t := 0; t < numTags; t++ {
		score[t] = negInf
		if allowed(start, t) {
			score[t] = trans[start][t] + em[t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < numTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < numTags; p++ {
				prev := score[(i-1)*numTags+p]
				if prev == negInf || !allowed(p, t) {
					continue
				}
				if s := prev + trans[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[i*numTags+t] = best + em[i*numTags+t]
			back[i*numTags+t] = arg
		}
	}
	arg := 0
	for t := 1; t < numTags; t++ {
		if score[(n-1)*numTags+t] > score[(n-1)*numTags+arg] {
			arg = t
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = back[i*numTags+arg]
	}
	return out
}

// TestDecodeMatchesReference checks that the tagger's shortcuts (features
// shared between stages, register sums, the pruned Viterbi, word infos
// cached per document) give exactly the tags and the emission scores of
// the plain computation, on the fictional test article and on a document
// with a headline, an empty sentence and non-ASCII words.
func TestDecodeMatchesReference(t *testing.T) {
	tg := mustDefault(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var article [][]string
	for _, s := range sentence.Split(string(raw)) {
		var words []string
		for _, tok := range Tokenize(s.Text) {
			words = append(words, tok.Text)
		}
		article = append(article, words)
	}
	odd := [][]string{
		strings.Fields("VELDAN AND OSTRIA TRADE BLAME OVER HARBOUR"),
		{},
		strings.Fields("Žofie Dvořáková met Ilse Marrow in Lorvik on Monday ."),
		strings.Fields("Dvořáková said the Lorvik talks would resume ."),
		strings.Fields("“ It is over , ” said Marrow ."),
	}
	for name, doc := range map[string][][]string{"article": article, "odd": odd} {
		want, wantEm := referenceTags(tg, prepareDoc(doc))
		got := tg.tagIDs(prepareDoc(doc))
		if len(got) != len(want) {
			t.Fatalf("%s: %d sentences tagged, want %d", name, len(got), len(want))
		}
		for si := range want {
			if strings.Join(tagNames(got[si]), " ") != strings.Join(tagNames(want[si]), " ") {
				t.Errorf("%s sentence %d: tags %v, reference %v", name, si, tagNames(got[si]), tagNames(want[si]))
			}
		}
		// The last stage's emission scores, bit for bit.
		prev, _ := referenceTags(&Tagger{stages: tg.stages[:len(tg.stages)-1]}, prepareDoc(doc))
		if len(tg.stages) == 1 {
			prev = nil
		}
		m := tg.stages[len(tg.stages)-1]
		si := 0
		sfs := prepareDoc(doc)
		var base *baseFeatures
		if prev != nil {
			_, base = tg.stages[0].decodeDoc(sfs, nil, nil)
		}
		eachWithContext(sfs, m.window, prev, base == nil, func(i int, sf *sentFeatures, ctx *docContext) {
			n := len(sf.info)
			feats := make([][]uint32, n)
			var more [][]uint32
			for k := 0; k < n; k++ {
				if base != nil {
					feats[k] = extractStacked(sf, k, ctx, nil)
					more = append(more, base.of(i, k))
				} else {
					feats[k] = extract(sf, k, ctx, nil)
				}
			}
			em := make([]float32, n*numTags)
			m.emissions(feats, more, em)
			for k := range em {
				if math.Float32bits(em[k]) != math.Float32bits(wantEm[si][k]) {
					t.Errorf("%s sentence %d: emission %d = %v, reference %v", name, i, k, em[k], wantEm[si][k])
					break
				}
			}
			si++
		})
	}
}

func tagNames(ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Tags[id]
	}
	return out
}

// plainWordFeatures computes, the plain way, the features extract takes
// from the word alone (the per-word hashes of wordInfo), in extract's order.
func plainWordFeatures(sf *sentFeatures, i int) []uint32 {
	n := len(sf.info)
	wi := sf.info[i]
	w := wi.word
	var dst []uint32
	if sf.headline {
		dst = append(dst, feat1(fHeadline, wi.short))
	}
	dst = append(dst, feat1(fBias, ""), feat1(fWord, w), feat1(fLower, wi.lower), feat1(fShape, wi.shape), feat1(fShort, wi.short))
	for k := 1; k <= 4; k++ {
		if p := affix(wi.lower, k, true); p != "" {
			dst = append(dst, feat2(fPrefix, string(rune('0'+k)), p))
		}
		if s := affix(wi.lower, k, false); s != "" {
			dst = append(dst, feat2(fSuffix, string(rune('0'+k)), s))
		}
	}
	flags := []byte("------")
	for k, on := range []bool{wi.allCaps, wi.initCap, wi.hasDigit, strings.Contains(w, "-"), strings.Contains(w, "."), i == 0} {
		if on {
			flags[k] = "ACDHPF"[k]
		}
	}
	dst = append(dst, feat1(fFlags, string(flags)))
	if i == 0 || (i == 1 && !hasLetter(sf.info[0].word)) {
		dst = append(dst, feat1(fFirstWord, wi.lower))
	}
	pos := "mid"
	switch {
	case i == 0:
		pos = "first"
	case i == n-1:
		pos = "last"
	}
	return append(dst, feat2(fPos, pos, wi.short))
}

// TestWordFeatures checks the cached per-word hashes against the plain
// computation, token by token, headline and first positions included.
func TestWordFeatures(t *testing.T) {
	for _, sent := range []string{
		"VELDAN AND OSTRIA TRADE BLAME",
		"“ Ilse Marrow-Lind , 3.5 per cent , U.S. envoy . ”",
		"Žofie Dvořáková met a Ž .",
		"x",
	} {
		sf := prepare(strings.Fields(sent))
		for i := range sf.info {
			want := plainWordFeatures(sf, i)
			got := extract(sf, i, nil, nil)
			if len(got) < len(want) {
				t.Fatalf("%q token %d: %d features, want at least %d", sent, i, len(got), len(want))
			}
			for k := range want {
				if got[k] != want[k] {
					t.Errorf("%q token %d: feature %d = %x, plain %x", sent, i, k, got[k], want[k])
				}
			}
		}
	}
}

package story

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/terms"
)

// refExtract is the plain version of extract (maps, terms.Content,
// terms.Years): extract must give the same features.
// times; entities, places, years and numbers get namespaced keys.
func (c *Clusterer) refExtract(d Doc) rawFeatures {
	counts := make(map[Key]float64, 512)
	body := leadWords(d.Text, c.opts.LeadWords)
	for _, part := range []struct {
		text string
		w    float64
	}{{d.Title, c.opts.TitleWeight}, {body, 1}} {
		prev := ""
		for _, st := range c.stem.Content(part.text) {
			counts[KeyOf('t', st)] += part.w
			if c.opts.BigramWeight > 0 && prev != "" {
				counts[bigramKey(prev, st)] += part.w
			}
			prev = st
		}
	}
	ents := d.Entities
	places := d.Places
	if ents == nil {
		ents = terms.Phrases(d.Title + "\n" + body)
	}
	actors := map[Key]float64{}
	for _, e := range append(append([]string(nil), ents...), places...) {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == "" || len(e) > 80 {
			continue
		}
		k := KeyOf('e', e)
		counts[k]++
		actors[k] = min(actors[k]+1, 5)
	}
	full := d.Title + "\n" + body
	for _, y := range terms.Years(full) {
		counts[KeyOf('y', y)]++
	}
	if c.opts.NumberWeight > 0 {
		for _, n := range terms.Numbers(full) {
			counts[KeyOf('n', n)]++
		}
	}
	r := rawFeatures{keys: make([]Key, 0, len(counts))}
	for k := range counts {
		r.keys = append(r.keys, k)
	}
	slices.Sort(r.keys)
	r.counts = make([]float64, len(r.keys))
	for i, k := range r.keys {
		r.counts[i] = counts[k]
	}
	for k, n := range actors {
		r.actors = append(r.actors, Feature{k, n})
	}
	slices.SortFunc(r.actors, byKey)
	for _, p := range terms.LeadPlacesIn(d.Title + "\n" + leadWords(d.Text, 60)) {
		if !venuePlace(p) || !slices.Contains(r.keys, mentionKey(KeyOf('p', p))) {
			continue
		}
		r.places = append(r.places, Feature{KeyOf('p', p), 1})
	}
	slices.SortFunc(r.places, byKey)
	r.places = slices.CompactFunc(r.places, func(a, b Feature) bool { return a.Key == b.Key })
	return r
}

func TestExtractMatchesReference(t *testing.T) {
	docs := append(append([]Doc(nil), bridgeA...), festival...)
	docs = append(docs,
		Doc{ID: "x1", Title: "In 2024 the Orsa Valley Festival (1999) drew 16,000 visitors", Text: "Organiser Pell Varga said 2024 was a record: 16,000 visitors, up from 12,500 in 2023. Mayor Ida Lunde of Orsa praised bakers from Tessin. The Orsa Valley Festival returns in 2025."},
		Doc{ID: "x2", Title: "", Text: ""},
		Doc{ID: "x3", Title: "ÉCOLE Größe naïve café", Text: "Ünal Çelik visited Zürich in 1987 and São Paulo in 2001; 3rd-place finish, 45km run, ٣٤ items."},
		Doc{ID: "x4", Title: "Bridge", Text: strings.Repeat("bridge Karvik 2021 ", 30000)},
		Doc{ID: "x5", Title: strings.Repeat("Tolm ", 25000), Text: "The 1990 flood of the Tolm river."},
		Doc{ID: "x6", Title: "Entities given", Text: "Some text about 1995.", Entities: []string{" Mira Odell ", "mira odell", "", "Karvik"}, Places: []string{"Lunde"}},
		Doc{ID: "x7", Title: "Long token " + strings.Repeat("a", 50), Text: "word" + strings.Repeat("b", 41) + " short 2020s 2020"},
	)
	for _, opts := range []Options{{}, {BigramWeight: 0.5}, {NumberWeight: -1}} {
		c := New(nil, opts)
		for round := 0; round < 2; round++ { // the second round reads the lexicon's cache
			for _, d := range docs {
				want := c.refExtract(d)
				got := c.extract(d)
				if !sameRaw(got, want) {
					t.Errorf("%+v %s round %d:\n got %s\nwant %s", opts, d.ID, round, dumpRaw(got), dumpRaw(want))
				}
			}
		}
	}
}

func sameRaw(a, b rawFeatures) bool {
	eq := func(x, y []Feature) bool { return len(x) == len(y) && (len(x) == 0 || reflect.DeepEqual(x, y)) }
	return slices.Equal(a.keys, b.keys) && slices.Equal(a.counts, b.counts) && eq(a.actors, b.actors) && eq(a.places, b.places)
}

func dumpRaw(r rawFeatures) string {
	return fmt.Sprintf("keys %d counts %v actors %v places %v", len(r.keys), r.counts, r.actors, r.places)
}

// TestPackTellsTokensApart changes each byte of tokens of every length up
// to 24 and checks that pack's words (with the length) or, past 16 bytes,
// the lexicon's kept string still tell the two apart, and that the
// lexicon returns each token's own entry.
func TestPackTellsTokensApart(t *testing.T) {
	base := "abcdefghijklmnopqrstuvwx"
	for n := 1; n <= len(base); n++ {
		w := base[:n]
		w0, w1, _ := pack(w)
		for i := 0; i < n; i++ {
			b := []byte(w)
			b[i] = 'Z'
			x0, x1, _ := pack(string(b))
			if n <= 16 && x0 == w0 && x1 == w1 {
				t.Errorf("pack(%q) = pack(%q)", w, b)
			}
		}
	}
	var lx lexicon
	var st terms.Stemmer
	lx.begin()
	seen := map[int32]string{}
	for n := 1; n <= len(base); n++ {
		for i := 0; i < n; i++ {
			b := []byte(base[:n])
			b[i] = 'z'
			w := string(b)
			tok := lx.lookup(w, &st)
			if again := lx.lookup(w, &st); again != tok {
				t.Fatalf("lookup(%q) changed: %+v then %+v", w, tok, again)
			}
			if tok.slot < 0 {
				continue
			}
			if prev, ok := seen[tok.slot]; ok && st.Stem(prev) != st.Stem(w) {
				t.Errorf("lookup(%q) gave the slot of %q", w, prev)
			}
			seen[tok.slot] = w
		}
	}
}

package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/story/terms"
)

// extract turns d into raw feature counts. Title words count TitleWeight
// times; entities, places, years and numbers get namespaced keys. The
// returned slices are scratch space, valid until the next call.
func (c *Clusterer) extract(d Doc) rawFeatures {
	lx := &c.lex
	lx.begin()
	b := &c.buf
	feats := b.feats[:0]
	if b.other == nil {
		b.other = map[Key]int32{}
	}
	clear(b.other)
	add := func(k Key, w float64) {
		if i, ok := b.other[k]; ok {
			feats[i].W += w
			return
		}
		b.other[k] = int32(len(feats))
		feats = append(feats, Feature{k, w})
	}
	body := leadWordsASCII(d.Text, c.opts.LeadWords)
	// One pass over the title and the lead gives the stems (each part
	// bounded like terms.Words) and the years (bounded over both, like
	// terms.Years of title + "\n" + lead).
	years := 0
	for _, part := range []struct {
		text string
		w    float64
	}{{d.Title, c.opts.TitleWeight}, {body, 1}} {
		prev := int32(-1)
		scanWords(part.text, terms.MaxTokens, func(w string) {
			t := lx.lookup(w, &c.stem)
			if t.year {
				if years < terms.MaxTokens {
					if sl := &lx.slots[t.slot]; sl.mark != lx.stamp {
						sl.mark, sl.pos = lx.stamp, int32(len(feats))
						feats = append(feats, Feature{sl.key, 1})
					}
				}
			} else if t.slot >= 0 {
				sl := &lx.slots[t.slot]
				if sl.mark != lx.stamp {
					sl.mark, sl.pos = lx.stamp, int32(len(feats))
					feats = append(feats, Feature{sl.key, 0})
				}
				feats[sl.pos].W += part.w
				if c.opts.BigramWeight > 0 && prev >= 0 {
					ph := lx.slots[prev].hash
					add(Key(uint64('b')<<56|mix64(ph^mix64(sl.hash))&keyMask), part.w)
				}
				prev = t.slot
			}
			years++
		})
	}
	ents := d.Entities
	places := d.Places
	tb := d.Title + "\n" + body // read by Phrases and Numbers
	if ents == nil {
		ents = terms.Phrases(tb)
	}
	for _, list := range [][]string{ents, places} {
		for _, e := range list {
			e = strings.ToLower(strings.TrimSpace(e))
			if e == "" || len(e) > 80 {
				continue
			}
			add(KeyOf('e', e), 1)
		}
	}
	if c.opts.MonthWeight > 0 {
		ym, ok := "", false
		if !d.Published.IsZero() {
			ym, ok = d.Published.Format("2006-01"), true
		} else {
			ym, ok = datelineMonth(d.Text)
		}
		if ok {
			add(KeyOf('m', ym), 1)
		}
	}
	if c.opts.NumberWeight > 0 {
		for _, n := range terms.Numbers(tb) {
			add(KeyOf('n', n), 1)
		}
	}
	sortByKey(feats)
	b.feats = feats
	r := rawFeatures{keys: b.keys[:0], counts: b.counts[:0], actors: b.actors[:0], places: b.places[:0]}
	for _, f := range feats {
		r.keys = append(r.keys, f.Key)
		r.counts = append(r.counts, f.W)
		if f.Key.Kind() == 'e' {
			r.actors = append(r.actors, Feature{f.Key, min(f.W, 5)})
		}
	}
	lead := body // leadWords(d.Text, 60) is a prefix of body
	if c.opts.LeadWords != 60 {
		lead = leadWordsASCII(body, 60)
		if c.opts.LeadWords < 60 {
			lead = leadWordsASCII(d.Text, 60)
		}
	}
	tl := tb // the title and lead, as LeadPlaces reads them
	if len(lead) != len(body) {
		tl = d.Title + "\n" + lead
	}
	for _, p := range terms.LeadVenuesIn(tl) {
		if !venuePlace(p) || !hasKey(r.keys, mentionKey(KeyOf('p', p))) {
			continue
		}
		r.places = append(r.places, Feature{KeyOf('p', p), 1})
	}
	sortByKey(r.places)
	r.places = slices.CompactFunc(r.places, func(a, b Feature) bool { return a.Key == b.Key })
	b.keys, b.counts, b.actors, b.places = r.keys, r.counts, r.actors, r.places
	return r
}

// A lexicon turns raw word tokens into feature slots in one probe of its
// own hash table per token: it caches, per token as written, whether it is
// a content word (not a stop word, not a number) and the key of its stem,
// or whether it is a year. A token of up to 16 bytes is held in the table
// entry itself, so a probe reads one entry and no string. Slots are dense,
// so an article's counts are summed in a slice (marked with the article's
// stamp) instead of a map. It is a cache: when it holds more than maxLex
// tokens it starts again empty, and what it returns never depends on what
// it held before.
type lexicon struct {
	tab   []lexEntry // open addressing, linear probing; len a power of two
	n     int        // tokens held
	long  []string   // tokens over 16 bytes, for lexEntry.long
	slots []lexSlot
	byKey map[Key]int32 // feature key -> index in slots
	stamp uint32
}

const maxLex = 200000

type lexTok struct {
	slot int32 // term or year slot; -1 when neither
	year bool
}

// A lexEntry is one token: its hash (never 0; 0 marks a free entry), its
// packed bytes (pack) and length, and what it stands for.
type lexEntry struct {
	h      uint64
	w0, w1 uint64
	long   int32 // index in lexicon.long when the token is over 16 bytes
	n      uint8
	tok    lexTok
}

// A lexSlot is one feature key; mark and pos place it in the article being
// counted (mark == lexicon.stamp).
type lexSlot struct {
	key  Key
	hash uint64 // FNV-1a of the stem, for bigram keys
	mark uint32
	pos  int32
}

// begin starts counting a new article.
func (l *lexicon) begin() {
	if l.tab == nil || l.n > maxLex {
		l.tab = make([]lexEntry, 1<<14)
		l.n = 0
		l.long = l.long[:0]
		l.slots = l.slots[:0]
		l.byKey = make(map[Key]int32, 4096)
		l.stamp = 0
	}
	l.stamp++
	if l.stamp == 0 { // wrapped: forget every mark
		for i := range l.slots {
			l.slots[i].mark = 0
		}
		l.stamp = 1
	}
}

// pack returns two words that, with its length, identify a token of up to
// 16 bytes (its first and last bytes, in overlapping little-endian loads:
// together they hold every byte of it), the first 16 bytes of a longer one,
// and a hash of w. The loads are whole words, not a loop over bytes.
func pack(w string) (w0, w1, h uint64) {
	switch n := len(w); {
	case n >= 16:
		w0, w1 = le64(w), le64(w[8:])
	case n >= 8:
		w0, w1 = le64(w), le64(w[n-8:])
	case n >= 4:
		w0 = le32(w) | le32(w[n-4:])<<32
	case n > 0:
		w0 = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h = mix64(w0 ^ mix64(w1^uint64(len(w))))
	if len(w) > 16 {
		h ^= fnv64a(w[16:])
	}
	return w0, w1, h | 1
}

// le64 is the first 8 bytes of s as a little-endian word (one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 is the first 4 bytes of s as a little-endian word (one load).
func le32(s string) uint64 {
	_ = s[3]
	return uint64(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// lookup returns the cached entry of raw token w (as written).
func (l *lexicon) lookup(w string, stem *terms.Stemmer) lexTok {
	w0, w1, h := pack(w)
	mask := uint64(len(l.tab) - 1)
	i := h & mask
	for {
		e := &l.tab[i]
		if e.h == 0 {
			break
		}
		if e.h == h && e.w0 == w0 && e.w1 == w1 && int(e.n) == len(w) && (len(w) <= 16 || l.long[e.long] == w) {
			return e.tok
		}
		i = (i + 1) & mask
	}
	lw := strings.ToLower(w)
	t := lexTok{slot: -1}
	switch {
	case isDigits(lw):
		if len(lw) == 4 && (strings.HasPrefix(lw, "19") || strings.HasPrefix(lw, "20")) {
			t = lexTok{slot: l.slot(KeyOf('y', lw), 0), year: true}
		}
	case !terms.IsStop(lw):
		st := stem.Stem(lw)
		t.slot = l.slot(KeyOf('t', st), fnv64a(st))
	}
	e := lexEntry{h: h, w0: w0, w1: w1, n: uint8(len(w)), long: -1, tok: t}
	if len(w) > 16 {
		e.long = int32(len(l.long))
		l.long = append(l.long, strings.Clone(w))
	}
	l.tab[i] = e
	if l.n++; l.n > len(l.tab)/2 {
		l.grow()
	}
	return t
}

// grow doubles the table.
func (l *lexicon) grow() {
	old := l.tab
	l.tab = make([]lexEntry, 2*len(old))
	mask := uint64(len(l.tab) - 1)
	for _, e := range old {
		if e.h == 0 {
			continue
		}
		i := e.h & mask
		for l.tab[i].h != 0 {
			i = (i + 1) & mask
		}
		l.tab[i] = e
	}
}

func (l *lexicon) slot(k Key, h uint64) int32 {
	if i, ok := l.byKey[k]; ok {
		return i
	}
	i := int32(len(l.slots))
	l.slots = append(l.slots, lexSlot{key: k, hash: h})
	l.byKey[k] = i
	return i
}

// leadWordsASCII is leadWords over bytes: the separators are ASCII, and a
// word starts at the same byte either way.
func leadWordsASCII(text string, n int) string {
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !space && !inWord {
			if n == 0 {
				return text[:i]
			}
			n--
		}
		inWord = !space
	}
	return text
}

// isDigits is terms' isNumeric: every rune a Unicode digit, not empty.
func isDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// scanWords calls fn with each word token of s as written, exactly as
// terms.Words splits it (before lower-casing): runs of letters and digits,
// tokens over 40 bytes dropped, at most limit tokens.
func scanWords(s string, limit int, fn func(w string)) int {
	n := 0
	start := -1
	emit := func(w string) bool {
		if len(w) > 40 {
			return true
		}
		fn(w)
		n++
		return n < limit
	}
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if !emit(s[start:i]) {
				return n
			}
			start = -1
		}
		i += size
	}
	if start >= 0 && n < limit {
		emit(s[start:])
	}
	return n
}

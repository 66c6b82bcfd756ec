package eval

// What a judge of the entity sample sees beside each entity: passages of
// the articles naming it, and the other stored entities that might name
// the same thing.

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/store"
)

// maxContextArticles is how many articles naming an entity a judge sees.
const maxContextArticles = 8

// maxNear is how many possibly same entities a judge is shown.
const maxNear = 14

// nearStop are capitalised words too common in names to suggest identity.
var nearStop = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "new": true, "united": true,
	"national": true, "state": true, "states": true, "university": true, "city": true,
	"north": true, "south": true, "east": true, "west": true, "president": true,
	"house": true, "news": true, "county": true, "department": true, "party": true,
}

// nameWords returns the folded words of e's name and aliases worth a
// search, and the acronyms they make.
func nameWords(e store.StoredEntity) map[string]bool {
	out := map[string]bool{}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		var initials strings.Builder
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			lw := strings.ToLower(w)
			if unicode.IsUpper([]rune(w)[0]) {
				initials.WriteRune([]rune(w)[0])
			}
			if len([]rune(lw)) < 3 || nearStop[lw] {
				continue
			}
			out[lw] = true
		}
		if initials.Len() >= 2 {
			out[strings.ToLower(initials.String())] = true
		}
		if bare := strings.ToLower(strings.ReplaceAll(n, ".", "")); len(bare) >= 2 && !strings.Contains(bare, " ") {
			out[bare] = true
		}
	}
	return out
}

// nearEntities returns the stored entities other than e that share a name
// word or an acronym with it, most mentioned first.
func nearEntities(e store.StoredEntity, all []store.StoredEntity) []store.StoredEntity {
	mine := nameWords(e)
	var out []store.StoredEntity
	for _, o := range all {
		if o.ID == e.ID {
			continue
		}
		for w := range nameWords(o) {
			if mine[w] {
				out = append(out, o)
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	if len(out) > maxNear {
		out = out[:maxNear]
	}
	return out
}

// entityContexts returns a passage around the first mention of each of e's
// forms in up to three of the articles naming it.
func entityContexts(ctx context.Context, st store.Store, e store.StoredEntity, byLine map[int]string) ([]string, error) {
	arts, err := st.Articles(ctx, store.ArticleFilter{Entity: e.Name, Limit: maxContextArticles})
	if err != nil {
		return nil, fmt.Errorf("entity sample: articles of %q: %w", e.Name, err)
	}
	forms := append([]string{e.Name}, e.Aliases...)
	var out []string
	for _, a := range arts {
		text := byLine[sourceLine(a.Source)]
		seen := 0
		for _, f := range forms {
			i := wordIndex(text, f)
			if i < 0 || seen >= 2 {
				continue
			}
			seen++
			lo, hi := max(0, i-110), min(len(text), i+len(f)+110)
			for lo > 0 && lo < i && text[lo]&0xC0 == 0x80 {
				lo--
			}
			for hi < len(text) && text[hi]&0xC0 == 0x80 {
				hi++
			}
			out = append(out, fmt.Sprintf("[%d] %s[[%s]]%s", a.ID, text[lo:i], f, text[i+len(f):hi]))
		}
	}
	return out, nil
}

// wordIndex returns the index of the first occurrence of f in text that
// is not part of a longer word, or -1.
func wordIndex(text, f string) int {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], f)
		if i < 0 || f == "" {
			return -1
		}
		i += off
		j := i + len(f)
		before, after := rune(' '), rune(' ')
		if i > 0 {
			before, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		if j < len(text) {
			after, _ = utf8.DecodeRuneInString(text[j:])
		}
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return i
		}
		off = i + 1
	}
	return -1
}

package store

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
)

// ArticleLabel names an article for a reader wherever it is listed: its
// title; else, as a story with no titled article is named, the first line
// of its text (lead: the text or its beginning), cut at 100 characters;
// else "Article N".
func ArticleLabel(id int64, title, lead string) string {
	if title != "" {
		return title
	}
	line, _, _ := strings.Cut(lead, "\n")
	line = strings.TrimSpace(line)
	if line == "" {
		return "Article " + strconv.FormatInt(id, 10)
	}
	if utf8.RuneCountInString(line) > 100 {
		r := []rune(line)
		line = strings.TrimRight(string(r[:99]), " \t") + "…"
	}
	return line
}

// leadColumn selects what ArticleLabel needs of an article's text (its
// beginning: more than the 100 characters a label keeps, so a longer line
// is known to be cut), nothing when it has a title.
// Blanks before the first line (not the line break) are dropped first, so
// a line after many of them is still known to be cut, as in the full text.
const leadColumn = `CASE WHEN a.title = '' THEN substr(ltrim(a.text, ' ' || char(9, 11, 12, 13)), 1, 200) ELSE '' END`

// UntitledLabels labels the untitled articles of arts as ArticleLabel does,
// with one query that reads only the beginning of their texts (none when
// every article has a title). Titled articles are not in the map.
func UntitledLabels(ctx context.Context, st Store, arts []*core.Article) (map[int64]string, error) {
	var ids []int64
	for _, a := range arts {
		if a.Title == "" {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	leads, err := st.Articles(ctx, ArticleFilter{IDs: ids, Lead: true, Limit: len(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(ids))
	for _, id := range ids {
		out[id] = ArticleLabel(id, "", "")
	}
	for _, a := range leads {
		out[a.ID] = ArticleLabel(a.ID, a.Title, a.Text)
	}
	return out, nil
}

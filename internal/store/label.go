package store

import (
	"strconv"
	"strings"
	"unicode/utf8"
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
const leadColumn = `CASE WHEN a.title = '' THEN substr(a.text, 1, 200) ELSE '' END`

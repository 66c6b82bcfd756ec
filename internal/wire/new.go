package wire

import (
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// ArticleNew is what an article adds to its storyline: the shape of
// `storyline new --json ID` and of GET /api/articles/{id}/new. Sentences
// are the new ones, or with all (`--all`, `?all=true`) every sentence in
// text order, each with its flag and, when not new, why; NewTotal and Total
// count them whichever are listed. /api/articles/{id} gives the new ones
// too, as new_sentences.
type ArticleNew struct {
	ArticleID int64   `json:"article_id"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Story     int64   `json:"story"`
	Storyline int64   `json:"storyline"`
	// JudgedAgainst is what the sentences were judged against.
	JudgedAgainst JudgedAgainst `json:"judged_against"`
	NewTotal      int           `json:"new_total"`
	Total         int           `json:"total"`
	Sentences     []Sentence    `json:"sentences"`
}

// JudgedAgainst lists the articles of a storyline published before one of
// its articles (store.EarlierInStoryline), earliest first (the undated after
// the dated), with the publication days of the earliest and latest dated
// one; no articles for a storyline's first article or an unlinked one.
type JudgedAgainst struct {
	Articles []int64 `json:"articles"`
	First    *string `json:"first"`
	Last     *string `json:"last"`
}

// FromNew gives what a says new against the earlier articles e: its new
// sentences, or every sentence with all.
func FromNew(a *core.Article, e store.Earlier, all bool) ArticleNew {
	out := ArticleNew{ArticleID: a.ID, Title: a.Title, Published: Nullable(a.Published), Story: a.Story, Storyline: a.Storyline,
		JudgedAgainst: JudgedAgainst{Articles: OrEmpty(e.IDs), First: Nullable(e.First), Last: Nullable(e.Last)},
		Total:         len(a.Sentences), Sentences: []Sentence{}}
	for _, s := range a.Sentences {
		if s.New {
			out.NewTotal++
		}
		if s.New || all {
			out.Sentences = append(out.Sentences, Sentence(s))
		}
	}
	return out
}

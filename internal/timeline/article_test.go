package timeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// datedFixture is fixture() with the articles' storyline and publication
// days set: article 20 (2026-03-01) reached the store after article 5
// (2026-04-02) although it was published a month before it.
func datedFixture() *fakeStore {
	f := fixture()
	for id, day := range map[int64]string{5: "2026-04-02", 20: "2026-03-01", 21: "2026-03-01", 30: ""} {
		f.articles[id].Storyline, f.articles[id].Published = 7, day
	}
	return f
}

func sentenceNew(t *testing.T, a *core.Article, prefix string) bool {
	t.Helper()
	for _, s := range a.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			return s.New
		}
	}
	t.Fatalf("article %d: no sentence starting %q in %+v", a.ID, prefix, a.Sentences)
	return false
}

func TestArticleNewFollowsPublicationOrder(t *testing.T) {
	ctx := context.Background()
	const wages = "The Ferry Workers Union said its members would stay off the boats"
	// The earlier article says it first, though it was stored later.
	early, err := ArticleNew(ctx, datedFixture(), 20, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sentenceNew(t, early, wages) {
		t.Errorf("article 20 (published first): %q judged not new", wages)
	}
	late, err := ArticleNew(ctx, datedFixture(), 5, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sentenceNew(t, late, wages) {
		t.Errorf("article 5 (published a month later): %q judged new", wages)
	}
	if !sentenceNew(t, late, "The strike has now stranded four hundred islanders") {
		t.Errorf("article 5: its own development judged not new")
	}
	// An undated article comes after the dated ones: what they said is old.
	undated, err := ArticleNew(ctx, datedFixture(), 30, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sentenceNew(t, undated, "Volunteers on Corla collected") {
		t.Error("article 30: its fresh line judged not new")
	}
}

func TestArticleNewMaxPriorKeepsTheLatest(t *testing.T) {
	// With room for one earlier article, article 30 (undated, so last) is
	// judged against article 5 only, which repeats article 20's line.
	f := datedFixture()
	f.articles[30].Text = "The Ferry Workers Union said its members would stay off the boats until the harbour board raised wages."
	a, err := ArticleNew(context.Background(), f, 30, ArticleOptions{MaxPrior: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sentenceNew(t, a, "The Ferry Workers Union said") {
		t.Error("article 30: a line article 5 repeated judged new")
	}
	// Against nothing earlier (article 20 is the first published) every line is new.
	b, err := ArticleNew(context.Background(), datedFixture(), 20, ArticleOptions{MaxPrior: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !sentenceNew(t, b, "The union threatened a strike") {
		t.Error("article 20: first line of the storyline judged not new")
	}
}

func TestArticleNewKeepsStoredJudgementOfCopiesAndLoners(t *testing.T) {
	f := datedFixture()
	stored := []core.Sentence{{Text: "kept as stored", New: false, Reason: "copy"}}
	f.articles[21].Sentences = stored
	a, err := ArticleNew(context.Background(), f, 21, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 1 || a.Sentences[0].Reason != "copy" {
		t.Errorf("near-duplicate 21: sentences %+v, want the stored judgement", a.Sentences)
	}
	if _, err := ArticleNew(context.Background(), f, 404, ArticleOptions{}); !errors.Is(err, core.ErrNotFound) {
		t.Errorf("unknown article: err %v, want core.ErrNotFound", err)
	}
}

func TestPublishedBefore(t *testing.T) {
	a := &core.Article{ID: 9, Published: "2026-03-01"}
	b := &core.Article{ID: 2, Published: "2026-03-01T12:00:00Z"}
	u1, u2 := &core.Article{ID: 3}, &core.Article{ID: 4}
	if !PublishedBefore(a, b) || PublishedBefore(b, a) {
		t.Error("a day sorts before noon of that day")
	}
	if !PublishedBefore(b, u1) || PublishedBefore(u1, a) {
		t.Error("dated articles sort before undated ones")
	}
	if !PublishedBefore(u1, u2) || PublishedBefore(u2, u1) {
		t.Error("undated articles sort in stored order")
	}
}

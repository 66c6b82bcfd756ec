package timeline

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
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
}

func TestArticleNewMaxPriorKeepsTheLatest(t *testing.T) {
	// Article 30, published last (May) but stored as ID 2, repeats a line
	// only article 20 (March) said (added here). Judged against every earlier article
	// it is old; with room for one, only the latest (5, April) is read
	// and the line is new to it.
	const strike = "Negotiator Ilse Marren walked out of the meeting at the customs hall on Monday evening."
	f := func() *fakeStore {
		f := datedFixture()
		f.articles[20].Text += "\n\n" + strike
		a := f.articles[30]
		delete(f.articles, 30)
		a.ID, a.Published, a.Text = 2, "2026-05-01", strike
		f.articles[2] = a
		f.details[12].Articles[0] = a
		return f
	}
	all, err := ArticleNew(context.Background(), f(), 2, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sentenceNew(t, all, "Negotiator Ilse Marren") {
		t.Error("judged against every earlier article: article 20's line judged new")
	}
	one, err := ArticleNew(context.Background(), f(), 2, ArticleOptions{MaxPrior: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !sentenceNew(t, one, "Negotiator Ilse Marren") {
		t.Error("MaxPrior 1: article 20 should not be read, its line should be new")
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

// Articles serves the storyline's article summaries by story, as the
// store lists them (newest first).
func (f *fakeStore) Articles(_ context.Context, flt store.ArticleFilter) ([]*core.Article, error) {
	var out []*core.Article
	for _, sid := range flt.Stories {
		if d, ok := f.details[sid]; ok {
			for _, a := range d.Articles {
				c := *a
				c.Story, c.Text, c.Sentences = sid, "", nil
				out = append(out, &c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID > out[j].ID })
	return out, nil
}

func TestArticleNewKeepsIngestJudgementWhenStoredInOrder(t *testing.T) {
	// Renumber so that the store order is the publication order: 20 -> 1,
	// its copy 21 -> 2, 5 -> 3, undated 30 -> 4. Article 3's stored
	// judgement (a marker here) is then the publication-order one.
	f := datedFixture()
	renum := map[int64]int64{20: 1, 21: 2, 5: 3, 30: 4}
	arts := map[int64]*core.Article{}
	for old, a := range f.articles {
		a.ID = renum[old]
		if a.DuplicateOf != 0 {
			a.DuplicateOf = renum[a.DuplicateOf]
		}
		arts[a.ID] = a
	}
	f.articles = arts
	f.articles[3].Sentences = []core.Sentence{{Text: "stored judgement", Reason: "marker"}}
	a, err := ArticleNew(context.Background(), f, 3, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 1 || a.Sentences[0].Reason != "marker" {
		t.Errorf("stored in publication order: got %+v, want the stored judgement", a.Sentences)
	}
	// Out of order (the fixture's numbering), it is judged anew.
	g := datedFixture()
	g.articles[5].Sentences = []core.Sentence{{Text: "stored judgement", Reason: "marker"}}
	b, err := ArticleNew(context.Background(), g, 5, ArticleOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sentences) < 2 {
		t.Errorf("stored out of order: got %+v, want a fresh judgement", b.Sentences)
	}
}

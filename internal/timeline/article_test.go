package timeline

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// Articles serves article summaries by ID or by story, as the store lists
// them (newest first).
func (f *fakeStore) Articles(_ context.Context, flt store.ArticleFilter) ([]*core.Article, error) {
	var out []*core.Article
	for _, id := range flt.IDs {
		if a, ok := f.articles[id]; ok {
			c := *a
			if !flt.WithText {
				c.Text = ""
			}
			out = append(out, &c)
		}
	}
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

func (f *fakeStore) StoryInfo(_ context.Context, id int64) (store.StoryInfo, error) {
	for _, s := range f.stories {
		if s.ID == id {
			return s, nil
		}
	}
	return store.StoryInfo{}, fmt.Errorf("story %d: %w", id, core.ErrNotFound)
}

// renewStore is fixture() as a store.NoveltyWriter: what Renew writes is
// kept in written.
type renewStore struct {
	*fakeStore
	written map[int64][]core.Sentence
	writes  int
}

func (r *renewStore) SetSentences(_ context.Context, judged map[int64][]core.Sentence) error {
	if len(judged) > 0 {
		r.writes++
	}
	for id, s := range judged {
		r.written[id] = s
	}
	return nil
}

// datedFixture is fixture() with the articles' storyline and publication
// days set: article 20 (2026-03-01) reached the store after article 5
// (2026-04-02) although it was published a month before it.
func datedFixture() *renewStore {
	f := fixture()
	for id, day := range map[int64]string{5: "2026-04-02", 20: "2026-03-01", 21: "2026-03-01", 30: ""} {
		f.articles[id].Storyline, f.articles[id].Published = 7, day
	}
	for sid, d := range f.details {
		for _, a := range d.Articles {
			a.Story = sid
		}
	}
	return &renewStore{fakeStore: f, written: map[int64][]core.Sentence{}}
}

func sentenceNew(t *testing.T, id int64, ss []core.Sentence, prefix string) bool {
	t.Helper()
	for _, s := range ss {
		if strings.HasPrefix(s.Text, prefix) {
			return s.New
		}
	}
	t.Fatalf("article %d: no sentence starting %q in %+v", id, prefix, ss)
	return false
}

func TestRenewJudgesInPublicationOrder(t *testing.T) {
	st := datedFixture()
	n, err := Renew(context.Background(), st, 7, RenewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 || len(st.written) != 4 {
		t.Fatalf("judged %d, wrote %d articles; want all 4 (the first published, 20, was stored after 5)", n, len(st.written))
	}
	const wages = "The Ferry Workers Union said its members would stay off the boats"
	if !sentenceNew(t, 20, st.written[20], wages) {
		t.Errorf("article 20 (published first, stored later): %q judged not new", wages)
	}
	if sentenceNew(t, 5, st.written[5], wages) {
		t.Errorf("article 5 (published a month later): %q judged new", wages)
	}
	if !sentenceNew(t, 5, st.written[5], "The strike has now stranded four hundred islanders") {
		t.Error("article 5: its own development judged not new")
	}
	if !sentenceNew(t, 30, st.written[30], "Volunteers on Corla collected") {
		t.Error("article 30 (undated, so last): its fresh line judged not new")
	}
	// Renewed, the judgement is the one ingest in publication order gives:
	// a second run finds the same and the other storyline is untouched.
	if _, ok := st.written[99]; ok {
		t.Error("wrote an article of another storyline")
	}
}

func TestRenewLeavesAStorylineStoredInOrder(t *testing.T) {
	st := datedFixture()
	st.articles[20].Published, st.articles[21].Published = "2026-04-05", "2026-04-05" // now after 5
	n, err := Renew(context.Background(), st, 7, RenewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 || st.writes != 0 {
		t.Errorf("stored in publication order: judged %d, wrote %d times; want nothing", n, st.writes)
	}
	// All (after an upgrade of the judge) judges them all the same.
	if n, err := Renew(context.Background(), st, 7, RenewOptions{All: true}); err != nil || n != 4 {
		t.Errorf("All: judged %d (%v), want 4", n, err)
	}
}

func TestRenewMaxArticlesAndPrior(t *testing.T) {
	st := datedFixture()
	n, err := Renew(context.Background(), st, 7, RenewOptions{MaxArticles: 2})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || len(st.written) != 2 || st.written[20] == nil || st.written[21] == nil {
		t.Errorf("MaxArticles 2: judged %d, wrote %v; want the first two published (20, 21)", n, keys(st.written))
	}
}

func keys(m map[int64][]core.Sentence) []int64 {
	var out []int64
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func TestRenewArticlesFindsTheirStorylines(t *testing.T) {
	st := datedFixture()
	n, err := RenewArticles(context.Background(), st, []int64{5, 404}, RenewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Errorf("renewed %d articles through article 5's storyline, want 4", n)
	}
}

func TestRenewNeedsAWritableStore(t *testing.T) {
	if _, err := Renew(context.Background(), datedFixture().fakeStore, 7, RenewOptions{}); err == nil {
		t.Error("a store that cannot rewrite sentences: no error")
	}
}

func TestFirstOutOfOrder(t *testing.T) {
	d := func(ids ...int64) []dated {
		var out []dated
		for _, id := range ids {
			out = append(out, dated{id: id})
		}
		return out
	}
	for _, c := range []struct {
		ids  []int64 // in publication order
		want int
	}{
		{nil, -1},
		{[]int64{1, 2, 3}, -1},
		{[]int64{1, 3, 2, 4}, 1}, // 3 was judged with 2 before it
		{[]int64{2, 1}, 0},
		{[]int64{1, 2, 4, 3}, 2},
	} {
		if got := firstOutOfOrder(d(c.ids...)); got != c.want {
			t.Errorf("firstOutOfOrder(%v) = %d, want %d", c.ids, got, c.want)
		}
	}
}

func TestDatedBefore(t *testing.T) {
	at := func(id int64, published string) dated {
		a := &core.Article{ID: id, Published: published}
		tm, ok := a.PublishedTime()
		return dated{id, tm, ok}
	}
	a, b := at(9, "2026-03-01"), at(2, "2026-03-01T12:00:00Z")
	u1, u2 := at(3, ""), at(4, "")
	if !a.before(b) || b.before(a) {
		t.Error("a day sorts before noon of that day")
	}
	if !b.before(u1) || u1.before(a) {
		t.Error("dated articles sort before undated ones")
	}
	if !u1.before(u2) || u2.before(u1) {
		t.Error("undated articles sort in stored order")
	}
}

// judgedFixture is datedFixture with what is new judged and stored as
// ingest leaves it: by Renew, in publication order.
func judgedFixture(t *testing.T) *fakeStore {
	t.Helper()
	st := datedFixture()
	if _, err := Renew(context.Background(), st, 7, RenewOptions{}); err != nil {
		t.Fatal(err)
	}
	for id, s := range st.written {
		st.articles[id].Sentences = s
	}
	return st.fakeStore
}

package wire

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// Every field of every shape has a snake_case JSON name: the CLI once
// printed Go field names ("ID", "TopEntities") where the API said "id".
func TestShapesSnakeCase(t *testing.T) {
	for _, v := range []any{ArticleSummary{}, Article{}, ArticleClaim{}, Sentence{}, Removal{}, Entity{}, Quote{},
		Statement{}, Event{}, Facet{}, Story{}, StoryDetail{}, Storyline{}, ClaimOccurrence{}, Claim{},
		Timeline{}, Step{}, NewSentence{}, StepClaim{}, Recurring{}, ArticleNew{}, JudgedAgainst{},
		SearchHit{}, SearchFacets{}, SearchResult{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			if f.Anonymous {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !snake.MatchString(name) {
				t.Errorf("%s.%s: JSON name %q is not snake_case", typ.Name(), f.Name, name)
			}
		}
	}
}

func keys(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEmptyListsAndNullDays(t *testing.T) {
	d := FromStoryDetail(&store.StoryDetail{StoryInfo: store.StoryInfo{ID: 4, Storyline: 2, Title: "Harbour vote"}})
	m := keys(t, d)
	for _, k := range []string{"article_list", "entities", "claims", "quotes", "top_entities"} {
		if l, ok := m[k].([]any); !ok || len(l) != 0 {
			t.Errorf("%s = %#v, want []", k, m[k])
		}
	}
	for _, k := range []string{"first", "last"} {
		if v, ok := m[k]; !ok || v != nil {
			t.Errorf("%s = %#v, want null", k, v)
		}
	}
	if m["id"] != 4.0 || m["storyline"] != 2.0 || m["title"] != "Harbour vote" {
		t.Errorf("summary fields: %v", m)
	}
	c := keys(t, FromClaim(store.ClaimGroup{Key: "k", Holder: "Ruritania", Text: "Ruritania — ready for talks", Articles: 2,
		First: store.ClaimOccurrence{ArticleID: 1, Published: "2031-04-02"}, Latest: store.ClaimOccurrence{ArticleID: 3}}))
	if c["first"].(map[string]any)["published"] != "2031-04-02" || c["latest"].(map[string]any)["published"] != nil {
		t.Errorf("claim days: %v", c)
	}
	if l, ok := c["occurrences"].([]any); !ok || len(l) != 0 {
		t.Errorf("occurrences = %#v, want []", c["occurrences"])
	}
}

func TestFromArticleKeepsOnlyNewSentences(t *testing.T) {
	a := &core.Article{ID: 9, Title: "Ferry strike", Sentences: []core.Sentence{
		{Text: "Ferries stopped on Monday.", New: true},
		{Text: "The union wants higher pay.", Reason: "said before in article 3"},
	}}
	j := FromArticle(a)
	if len(j.NewSentences) != 1 || j.NewSentences[0].Text != "Ferries stopped on Monday." || !j.NewSentences[0].New {
		t.Errorf("new sentences = %+v", j.NewSentences)
	}
}

func TestFromNew(t *testing.T) {
	a := &core.Article{ID: 9, Title: "Ferry strike", Story: 4, Storyline: 2, Sentences: []core.Sentence{
		{Text: "Ferries stopped on Monday.", New: true},
		{Text: "The union wants higher pay.", Reason: "said before in article 3"},
	}}
	e := store.Earlier{Storyline: 2, IDs: []int64{3}, First: "2031-05-01", Last: "2031-05-01"}
	m := keys(t, FromNew(a, e, false))
	if l := m["sentences"].([]any); len(l) != 1 || m["new_total"] != 1.0 || m["total"] != 2.0 || m["published"] != nil {
		t.Errorf("new only: %v", m)
	}
	j := m["judged_against"].(map[string]any)
	if l := j["articles"].([]any); len(l) != 1 || l[0] != 3.0 || j["first"] != "2031-05-01" {
		t.Errorf("judged_against = %v", j)
	}
	all := FromNew(a, e, true)
	if len(all.Sentences) != 2 || all.Sentences[1].New || all.Sentences[1].Reason == "" || all.NewTotal != 1 {
		t.Errorf("all sentences = %+v", all)
	}
	if l := keys(t, FromNew(&core.Article{ID: 1}, store.Earlier{}, true))["judged_against"].(map[string]any)["articles"].([]any); len(l) != 0 {
		t.Errorf("first article: articles = %v, want []", l)
	}
}

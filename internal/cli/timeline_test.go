package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

// TestTimelineSaysWho: each story of `storylines ID` names who and where
// (its most mentioned names, as /api/storylines/ID's top_entities), not
// only when and what it added; a story with no names prints no empty line.
func TestTimelineSaysWho(t *testing.T) {
	tl := &timeline.Timeline{ID: 4, Articles: 2, First: "2031-03-14", Last: "2031-03-20", Steps: []timeline.Step{
		{Story: store.StoryInfo{ID: 1, Storyline: 4, Title: "Harbour talks resume in Veldmark", Articles: 1, Sources: 1, First: "2031-03-14", Last: "2031-03-14",
			TopEntities: []string{"Anna Lorvik", "Harbour Council", "Veldmark"}},
			New: []timeline.NewSentence{{ArticleID: 1, Text: "The Harbour Council of Veldmark met on Tuesday."}}, NewTotal: 1},
		{Story: store.StoryInfo{ID: 2, Storyline: 4, Title: "Orchard festival", Articles: 1, Sources: 1, First: "2031-03-20", Last: "2031-03-20"}},
	}}
	var b bytes.Buffer
	writeTimeline(&b, tl)
	out := b.String()
	if !strings.Contains(out, "story 1: Harbour talks resume in Veldmark  (1 article, 1 source)\n    with: Anna Lorvik, Harbour Council, Veldmark\n") {
		t.Errorf("story 1 does not say who:\n%s", out)
	}
	if strings.Count(out, "with:") != 1 {
		t.Errorf("a story with no names got a with: line:\n%s", out)
	}
}

package eval

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/clusterscore"
	"github.com/storyline/storyline/internal/story/terms"
)

// TestDiagStorylineLinkEvents prints every storyline link of a spent
// sample's run (STORY_DIAG_SET=tune, held2 .. held6; tune also holds the
// held half's documents), the two final stories it joined, their first titles
// and top actors, and the verdict of their pair where one was judged:
// STORY_DIAG=1 STORY_DIAG_SET=held2 go test -run TestDiagStorylineLinkEvents -v ./internal/eval.
// Never on held3 before its last judgment.
func TestDiagStorylineLinkEvents(t *testing.T) {
	load := storylineDocs
	switch os.Getenv("STORY_DIAG_SET") {
	case "held2":
		load = storylineHeld2Docs
	case "held3":
		load = storylineHeld3Docs
	case "held4":
		load = storylineHeld4Docs
	case "held5":
		load = func(s string) ([]clusterscore.BenchDoc, error) { return saltedStorylineDocs(s, storylineHeld5Salt) }
	case "held6":
		load = storylineHeld6Docs
	}
	_, docs := diagStorylineDocs(t, load)
	verdicts := map[string]byte{}
	for _, src := range []string{storylinesJudged, storylinesHeld2Judged, storylinesHeld3Judged, storylinesHeld4Judged, storylinesHeld5Judged, storylinesHeld6Judged} {
		m, err := parseStorylineVerdicts(src)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range m {
			verdicts[k] = v.OK
		}
	}
	name := map[story.Key]string{}
	for _, d := range docs {
		for _, p := range terms.Phrases(d.Title + "\n" + d.Text) {
			p = strings.ToLower(strings.TrimSpace(p))
			name[story.KeyOf('e', p)] = p
		}
	}
	ctx := context.Background()
	cl := story.New(story.NewMemState(story.MemOptions{}), story.Options{Now: time.Now()})
	ex := claims.NewExtractor(claims.Options{})
	re := regexp.MustCompile(`storyline (not )?linked with story (\d+):? \(?(.*)$`)
	type event struct {
		doc       string
		s, o      story.StoryID
		not       bool
		reason    string
		ac, tc    float64 // at link time: actor cosine (all rare), centroid cosine
		sizeS, sO int
		own       string
	}
	var events []event
	assigned := make([]story.StoryID, len(docs))
	for i, d := range docs {
		sd := story.Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date}
		for _, c := range ex.Extract(d.Title, d.Text, nil) {
			sd.Claims = append(sd.Claims, c.Key)
		}
		a, err := cl.Add(ctx, sd)
		if err != nil {
			t.Fatal(err)
		}
		assigned[i] = a.Story
		for _, part := range strings.Split(a.Reason, "; ") {
			if m := re.FindStringSubmatch(part); m != nil {
				o, _ := strconv.Atoi(m[2])
				e := event{doc: d.ID, s: a.Story, o: story.StoryID(o), not: m[1] != "", reason: m[3]}
				ss, ok1, _ := cl.Story(ctx, a.Story)
				so, ok2, _ := cl.Story(ctx, e.o)
				if ok1 && ok2 {
					e.ac, e.tc, _ = story.LinkScores(ss, so)
					e.sizeS, e.sO = ss.Size, so.Size
					ua, na := ownName(ss, so, name)
					ub, nb := ownName(so, ss, name)
					e.own = fmt.Sprintf("own %.2f %q / %.2f %q", ua, na, ub, nb)
				}
				events = append(events, e)
			}
		}
	}
	if err := cl.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	first := map[story.StoryID]string{}
	title := map[story.StoryID]string{}
	size := map[story.StoryID]int{}
	for i, d := range docs {
		id, err := cl.Resolve(ctx, assigned[i])
		if err != nil {
			t.Fatal(err)
		}
		size[id]++
		if f, ok := first[id]; !ok || d.ID < f {
			first[id], title[id] = d.ID, docLabel(d)
		}
	}
	var linked, yes, no int
	for _, e := range events {
		a, _ := cl.Resolve(ctx, e.s)
		b, _ := cl.Resolve(ctx, e.o)
		ka, kb := first[a], first[b]
		key := ka + "~" + kb
		if kb < ka {
			key = kb + "~" + ka
		}
		v := verdicts[key]
		if v == 0 {
			v = '-'
		}
		if !e.not {
			linked++
			switch v {
			case 'y':
				yes++
			case 'n':
				no++
			}
		}
		sa, _, _ := cl.Story(ctx, a)
		sb, _, _ := cl.Story(ctx, b)
		fmt.Printf("\n%c not=%v ac=%.2f tc=%.2f sizes %d/%d %s %s: %s\n  A [%d] %s | %s\n  B [%d] %s | %s\n", v, e.not, e.ac, e.tc, e.sizeS, e.sO, e.own, e.doc, e.reason, size[a], title[a], actorList(sa, name), size[b], title[b], actorList(sb, name))
	}
	fmt.Printf("\nlinks %d: judged y %d, n %d\n", linked, yes, no)
}

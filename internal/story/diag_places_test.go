package story

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/story/terms"
)

// TestDiagPlaces counts, over pairs of ECB+ train+dev articles of one
// topic that both have lead venues, how often they clash on place
// (places.go) when they report one event and when they report two.
// $STORY_PLACES_SHOW lists the clashing same-event pairs' venues.
func TestDiagPlaces(t *testing.T) {
	docs := diagTraindev(t)
	c := New(NewMemState(MemOptions{}), Options{})
	type art struct {
		keys   []Key
		places []Feature
		names  []string
		gold   string
	}
	arts := make([]art, len(docs))
	for i, d := range docs {
		r := c.extract(Doc{ID: d.ID, Title: d.Title, Text: d.Text, Published: d.Date})
		var names []string
		for _, p := range terms.LeadPlacesIn(d.Title + "\n" + leadWordsASCII(d.Text, 60)) {
			if venuePlace(p) {
				names = append(names, p)
			}
		}
		arts[i] = art{slices.Clone(r.keys), slices.Clone(r.places), names, d.Gold}
	}
	topic := func(g string) string { return strings.SplitN(g, "_", 2)[0] }
	var same, sameClash, other, otherClash, withPlaces int
	shown := 0
	for i := range arts {
		if len(arts[i].places) > 0 {
			withPlaces++
		}
		for j := i + 1; j < len(arts); j++ {
			a, b := &arts[i], &arts[j]
			if topic(a.gold) != topic(b.gold) || len(a.places) == 0 || len(b.places) == 0 {
				continue
			}
			clash := true
			for _, p := range a.places {
				if mentionsKeys(p.Key, b.keys, b.places) {
					clash = false
				}
			}
			for _, p := range b.places {
				if mentionsKeys(p.Key, a.keys, a.places) {
					clash = false
				}
			}
			if a.gold == b.gold {
				same++
				if clash {
					sameClash++
					if os.Getenv("STORY_PLACES_SHOW") != "" && shown < 60 {
						shown++
						t.Logf("same %s: %q | %q", a.gold, a.names, b.names)
					}
				}
			} else {
				other++
				if clash {
					otherClash++
				}
			}
		}
	}
	t.Logf("%d of %d articles with lead venues; same-topic pairs with venues: same event %d (clash %d), two events %d (clash %d)",
		withPlaces, len(arts), same, sameClash, other, otherClash)
}

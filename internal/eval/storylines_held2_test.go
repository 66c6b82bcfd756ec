package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

func TestPolnearDoc(t *testing.T) {
	tests := []struct {
		name, id, text  string
		title, body, at string
		bad             bool
	}{
		{"title and body", "nyt_2016-05-03_a-slug", "A made-up headline.\n\nFirst line.\n\nSecond.", "A made-up headline", "First line.\n\nSecond.", "2016-05-03", false},
		{"crlf", "wash-post_2015-11-09_x", "Head\r\n\r\nBody here.\r\n", "Head", "Body here.", "2015-11-09", false},
		{"title only", "usa-today_2016-01-01_t", "Only a title.", "Only a title", "", "2016-01-01", false},
		{"no date", "nyt_slug", "T.\n\nB.", "", "", "", true},
		{"bad date", "nyt_2016-13-01_x", "T.\n\nB.", "", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := polnearDoc(tt.id, tt.text)
			if (err != nil) != tt.bad {
				t.Fatalf("err = %v, want bad %v", err, tt.bad)
			}
			if tt.bad {
				return
			}
			if d.Title != tt.title || d.Text != tt.body || d.Date.Format("2006-01-02") != tt.at || d.ID != tt.id {
				t.Errorf("polnearDoc = %q %q %s %q, want %q %q %s", d.Title, d.Text, d.Date.Format("2006-01-02"), d.ID, tt.title, tt.body, tt.at)
			}
		})
	}
}

// TestStorylineHeld2Sample runs the held2 sample when ../shared is
// present: it reads no PolNeAR test article, leaves out the first
// sample's keys, holds every linked pair, and is fully judged.
func TestStorylineHeld2Sample(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the sample documents")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	docs, err := storylineHeld2Docs(shared)
	if err != nil {
		t.Fatal(err)
	}
	var pn int
	for _, d := range docs {
		if d.Split == "test" {
			t.Fatalf("document %s from a test split", d.ID)
		}
		if strings.Contains(d.ID, "_20") {
			pn++
		}
	}
	if pn < 900 {
		t.Errorf("%d PolNeAR train/dev articles, want 924", pn)
	}
	pairs, earlier := heldStorylineSample(t, "held2", StorylineSampleOptions{Shared: shared, Held2: true})
	for _, p := range pairs {
		if _, ok := earlier[p.Key]; ok {
			t.Errorf("pair %s was in the first sample", p.Key)
		}
		if p.Verdict == 0 {
			t.Errorf("held2 pair %s not judged (or its stories changed)", p.Key)
		}
	}
	checkLinkedAndDrawn(t, pairs)
}

// heldStorylineSample draws the held storyline sample that o names
// (name: "held2") and fails the test unless it holds 50 pairs or more; it
// returns them and the first sample's verdicts.
func heldStorylineSample(t *testing.T, name string, o StorylineSampleOptions) ([]StorylinePair, map[string]StorylineVerdict) {
	t.Helper()
	pairs, err := StorylinePairs(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) < 50 {
		t.Fatalf("%d %s pairs, want at least 50", len(pairs), name)
	}
	first, err := StorylineJudgments()
	if err != nil {
		t.Fatal(err)
	}
	return pairs, first
}

// checkLinkedAndDrawn fails the test unless a storyline sample holds
// both linked and drawn pairs.
func checkLinkedAndDrawn(t *testing.T, pairs []StorylinePair) {
	t.Helper()
	var linked, drawn int
	for _, p := range pairs {
		if p.Linked {
			linked++
		}
		if p.Drawn {
			drawn++
		}
	}
	if linked == 0 || drawn == 0 {
		t.Errorf("%d linked and %d drawn pairs: want both", linked, drawn)
	}
}

// FuzzPolnearDoc: any name and text split cleanly or fail, and a split
// title never holds a line break and the date is the one the name carries.
func FuzzPolnearDoc(f *testing.F) {
	f.Add("nyt_2016-05-03_slug", "Head.\n\nBody.")
	f.Add("x_2016-02-30_y", "")
	f.Add("__", "\r\n\r\n")
	f.Fuzz(func(t *testing.T, id, text string) {
		d, err := polnearDoc(id, text)
		if err != nil {
			return
		}
		if strings.Contains(d.Title, "\n") || !strings.Contains(id, "_"+d.Date.Format("2006-01-02")+"_") {
			t.Errorf("polnearDoc(%q) = title %q date %v", id, d.Title, d.Date)
		}
	})
}

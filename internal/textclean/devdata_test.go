package textclean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// sharedDir returns ../shared/<rel> beside the repository root, or skips.
func sharedDir(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(filepath.Dir(seedDir(t)), rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (it lives in ../shared beside the repository): %v", p, err)
	}
	return p
}

// TestPolnearDev runs Clean over the PolNeAR dev split (news texts whose
// first line is the headline, ending in a full stop in that corpus): a title,
// when found, must be that first line; article text must not be dropped
// beyond a small share (duplicates and credits the texts do contain).
func TestPolnearDev(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(sharedDir(t, "bench/quotes/polnear/data/dev/text"), "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no PolNeAR dev texts")
	}
	lines, removed, titled := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		r := Clean(text, Options{})
		if r.Title != "" {
			titled++
			if r.Title != strings.TrimSpace(first) && !strings.HasPrefix(first, "BYLINE") {
				t.Errorf("%s: Title = %q, first line %q", filepath.Base(f), r.Title, first)
			}
		}
		lines += len(r.Paragraphs) + len(r.Removed)
		for _, rm := range r.Removed {
			if rm.Reason == core.ReasonKeyPoints {
				t.Errorf("%s: key points found in article text: %q", filepath.Base(f), rm.Text)
			}
			removed++
		}
	}
	if removed*100 > lines*2 {
		t.Errorf("removed %d of %d lines (> 2%%)", removed, lines)
	}
	t.Logf("%d texts, %d titled, %d of %d lines removed", len(files), titled, removed, lines)
}

// TestZyteGroundTruth runs Clean over the extraction-zyte ground-truth
// bodies: clean article text without headlines. Almost nothing may be
// removed, no key points found, and few first lines taken for titles.
func TestZyteGroundTruth(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "bench/extraction-zyte"), "ground-truth.json"))
	if err != nil {
		t.Skipf("no ground truth: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("ground-truth.json: %v", err)
	}
	titles, removed, lines := 0, 0, 0
	for id, v := range gt {
		r := Clean(v.ArticleBody, Options{})
		if r.Title != "" {
			titles++
		}
		if len(r.KeyPoints) > 0 {
			t.Errorf("%s: key points found in article text: %q", id, r.KeyPoints)
		}
		for _, rm := range r.Removed {
			if rm.Reason != core.ReasonDuplicate { // the bodies repeat some lines
				removed++
			}
		}
		lines += len(r.Paragraphs) + len(r.Removed)
	}
	if titles*100 > len(gt)*15 { // some bodies open with a heading
		t.Errorf("%d of %d headline-less bodies got a title", titles, len(gt))
	}
	if removed*100 > lines {
		t.Errorf("removed %d of %d lines as debris (> 1%%)", removed, lines)
	}
	t.Logf("%d bodies, %d titled, %d of %d lines removed as debris", len(gt), titles, removed, lines)
}

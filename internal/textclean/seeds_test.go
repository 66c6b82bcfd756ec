package textclean

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// seedDir finds ../shared/seeds beside the repository root (the directory
// holding go.mod), or skips the test.
func seedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the working directory")
		}
		dir = parent
	}
	seeds := filepath.Join(dir, "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seed pages not found at %s (they live in ../shared beside the repository): %v", seeds, err)
	}
	return seeds
}

// loadSeeds cleans every seed page, keyed by its number ("000").
func loadSeeds(t *testing.T) map[string]Result {
	dir := seedDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed pages in %s", dir)
	}
	out := map[string]Result{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)[:3]] = Clean(string(b), Options{})
	}
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		if _, ok := out[id]; !ok {
			t.Skipf("seed %s missing from %s", id, dir)
		}
	}
	return out
}

var knownReasons = []string{
	core.ReasonDebris, core.ReasonCaption, core.ReasonHashtag, core.ReasonTimestamp,
	core.ReasonKicker, core.ReasonTeaser, core.ReasonDuplicate, core.ReasonKeyPoints,
	core.ReasonBoilerplate, core.ReasonRepeatedHeader,
}

// gluedRe finds a lowercase word glued to a capitalised one ("aboutParis").
var gluedRe = regexp.MustCompile(`\b[a-z]{2,}[A-Z][a-z]{2,}\b|[a-z],[a-z]|[a-z.,]”[a-z]|[a-z]"[a-z]`)

func TestSeeds(t *testing.T) {
	seeds := loadSeeds(t)
	for id, r := range seeds {
		t.Run(id, func(t *testing.T) {
			hasTitle := id != "001"
			if (r.Title != "") != hasTitle {
				t.Errorf("Title = %q, want a title: %v", r.Title, hasTitle)
			}
			hasSub := id == "000" || id == "002"
			if (r.Subtitle != "") != hasSub {
				t.Errorf("Subtitle = %q, want one: %v", r.Subtitle, hasSub)
			}
			if len(r.Paragraphs) < 5 {
				t.Errorf("only %d paragraphs", len(r.Paragraphs))
			}
			for _, p := range r.Paragraphs {
				if debrisReason(p) != "" || strings.HasPrefix(p, "#") || strings.HasPrefix(p, "Photo") {
					t.Errorf("debris left in the text: %q", p)
				}
				if p == r.Title || p == r.Subtitle || slices.Contains(r.Authors, p) {
					t.Errorf("header line left in the text: %q", p)
				}
				if _, cut := teaserPrefix(p); cut {
					t.Errorf("teaser left in the text: %q", p)
				}
				if listItemRe.MatchString(p) {
					t.Errorf("list item left in the text: %q", p)
				}
				if m := gluedRe.FindString(p); m != "" {
					t.Errorf("glued word %q left in %q", m, p)
				}
			}
			for _, rm := range r.Removed {
				if !slices.Contains(knownReasons, rm.Reason) || rm.Text == "" {
					t.Errorf("removal %q has no known reason", rm)
				}
			}
		})
	}

	if got := seeds["003"].Authors; !slices.Equal(got, []string{"Juan Peas"}) {
		t.Errorf("003 Authors = %q", got)
	}
	if got := seeds["004"].Authors; !slices.Equal(got, []string{"Henrik Rothen"}) {
		t.Errorf("004 Authors = %q", got)
	}
	for _, id := range []string{"000", "001", "002"} {
		if got := seeds[id].Authors; len(got) != 0 {
			t.Errorf("%s Authors = %q, want none", id, got)
		}
	}
	if !strings.Contains(seeds["000"].Title, "willingness to negotiate") ||
		!strings.Contains(seeds["002"].Title, "readiness for peace") ||
		!strings.Contains(seeds["003"].Title, "Astana summit") ||
		!strings.Contains(seeds["004"].Title, "Defense Minister declares") {
		t.Errorf("titles: %q %q %q %q", seeds["000"].Title, seeds["002"].Title, seeds["003"].Title, seeds["004"].Title)
	}

	// 003's glued words are repaired.
	text := strings.Join(seeds["003"].Paragraphs, "\n")
	for _, w := range []string{"between Russia", "Iran who", "present citing", "governments, led", "Union have", "mentality” and"} {
		if !strings.Contains(text, w) {
			t.Errorf("003 lacks repaired %q", w)
		}
	}

	// 000: teaser and duplicate gone, 11 key points apart from the text.
	r := seeds["000"]
	count := map[string]int{}
	for _, rm := range r.Removed {
		count[rm.Reason]++
	}
	if count[core.ReasonTeaser] != 1 || count[core.ReasonDuplicate] != 1 || count[core.ReasonKeyPoints] != 11 || count[core.ReasonKicker] != 1 {
		t.Errorf("000 removals by reason = %v", count)
	}
	if len(r.KeyPoints) != 11 {
		t.Errorf("000 has %d key points, want 11", len(r.KeyPoints))
	}
	for _, k := range r.KeyPoints {
		if k == "" || listItemRe.MatchString(k) || k[0] >= '0' && k[0] <= '9' {
			t.Errorf("key point keeps its numbering: %q", k)
		}
	}
	modi := 0
	for _, p := range r.Paragraphs {
		if strings.Contains(p, "Modi is not") {
			modi++
		}
	}
	if modi != 1 {
		t.Errorf("000 states Modi's absence %d times, want once", modi)
	}
}

// TestSeedDates checks the dates read from the seeds' datelines (through
// internal/dates) and that pages without one get none.
func TestSeedDates(t *testing.T) {
	seeds := loadSeeds(t)
	want := map[string]string{"000": "", "001": "", "002": "2024-05-15", "003": "", "004": "2023-10-30"}
	for id, w := range want {
		got := seeds[id].Published
		if w == "" && got != "" || !strings.HasPrefix(got, w) {
			t.Errorf("%s Published = %q, want %q", id, got, w)
		}
	}
}

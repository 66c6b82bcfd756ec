package quotes

import (
	"github.com/storyline/storyline/internal/testshared"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `Defense Minister Anna Korvan said on Tuesday that the republic is ready to talk.

"We have never walked away from the table," Korvan told reporters in Velsk. "Our door stays open."

"The river treaty is finished," said Prime Minister Tomas Brell. He added: "Nobody will sign it again."

The defense minister also warned against a "bunker mindset" in the capital.

"This is only the beginning of a long road.

"We will keep going," Korvan said.

According to officials in Velsk, the talks will resume next week.

The bridge will reopen in May, Brell said in a statement.`

func TestFind(t *testing.T) {
	qs := Find(sample, Options{})
	want := []struct {
		frag, speaker    string
		direct, fragment bool
	}{
		{"the republic is ready to talk", "Anna Korvan", false, false},
		{"We have never walked away", "Anna Korvan", true, false},
		{"Our door stays open", "Anna Korvan", true, false},
		{"The river treaty is finished", "Tomas Brell", true, false},
		{"Nobody will sign it again", "Tomas Brell", true, false},
		{"bunker mindset", "Anna Korvan", true, true},
		{"only the beginning", "Anna Korvan", true, false},
		{"the talks will resume", "officials in Velsk", false, false},
		{"The bridge will reopen in May", "Tomas Brell", false, false},
	}
	for _, w := range want {
		// Every quote holding the fragment names the right speaker (a scare
		// quote also lies inside the reported speech around it); one of
		// them has the wanted marks.
		found := false
		for _, q := range qs {
			if strings.Contains(q.Text, w.frag) {
				if q.Speaker != w.speaker {
					t.Errorf("quote %q in %q: speaker %q, want %q", w.frag, q.Text, q.Speaker, w.speaker)
				}
				if q.Direct == w.direct && q.Fragment == w.fragment {
					found = true
				}
				if sample[q.Start:q.End] != q.Text {
					t.Errorf("quote %q: offsets do not match text", w.frag)
				}
			}
		}
		if !found {
			t.Errorf("quote %q with direct %v fragment %v not found in %+v", w.frag, w.direct, w.fragment, qs)
		}
	}
}

// repoShared walks up from the working directory to the module root and
// returns its sibling shared/ directory.
func repoShared(t testing.TB) string {
	return testshared.Dir(t)
}

func TestSeeds(t *testing.T) {
	dir := filepath.Join(repoShared(t), "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds absent; seed checks skipped")
	}
	want := map[string]string{
		"We have never refused to negotiate":                "Vladimir Putin",
		"The multipolar world has already become a reality": "Vladimir Putin",
		"cold war mentality":                                "Xi Jinping",
		"post-conflict resolution":                          "Sergei Shoigu",
	}
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range Find(string(b), Options{}) {
			for frag, sp := range want {
				if strings.Contains(q.Text, frag) {
					seen[frag] = true
					if q.Speaker != sp {
						t.Errorf("%s: %q attributed to %q, want %q", filepath.Base(f), frag, q.Speaker, sp)
					}
				}
			}
			if testing.Verbose() {
				t.Logf("%s: [%s] %v %q <- %q", filepath.Base(f), q.Cue, q.Direct, trunc(q.Text), q.Speaker)
			}
		}
	}
	for frag := range want {
		if !seen[frag] {
			t.Errorf("seed quote %q not found", frag)
		}
	}
}

func trunc(s string) string {
	if len(s) > 70 {
		return s[:70] + "..."
	}
	return s
}

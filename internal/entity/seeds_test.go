package entity

import (
	"github.com/storyline/storyline/internal/testshared"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// sharedDir finds ../shared beside the module root, or skips the test.
func sharedDir(t testing.TB) string {
	return testshared.Dir(t)
}

func readSeed(t *testing.T, prefix string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", prefix+"_*.txt"))
	if len(m) == 0 {
		t.Skipf("seed %s absent", prefix)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func find(res Result, name string, typ core.EntityType) *core.Entity {
	for i := range res.Entities {
		if res.Entities[i].Name == name && res.Entities[i].Type == typ {
			return &res.Entities[i]
		}
	}
	return nil
}

// TestSeeds checks the people, organisations and places of the seed pages
// come out under canonical names.
func TestSeeds(t *testing.T) {
	type want struct {
		name    string
		typ     core.EntityType
		alias   string // an alias it must carry, "" for none required
		attr    string // a fragment one attribute must contain
		minMent int
	}
	tests := []struct {
		seed  string
		wants []want
		// names that must not be entities of their own (merged elsewhere)
		absent []string
	}{
		{"000", []want{
			{"Vladimir Putin", core.Person, "Putin", "Kremlin", 5},
			{"Xi Jinping", core.Person, "", "", 2},
			{"Shanghai Cooperation Organization", core.Organisation, "SCO", "", 3},
			{"Russia", core.Location, "", "", 2},
			{"Kazakhstan", core.Location, "", "", 1},
		}, []string{"Putin", "SCO"}},
		{"004", []want{
			{"Sergei Shoigu", core.Person, "Shoigu", "Defense Minister", 3},
		}, []string{"Shoigu"}},
		{"001", []want{
			{"Vladimir Putin", core.Person, "Putin", "President", 3},
		}, []string{"Putin"}},
		{"002", []want{
			{"Vladimir Putin", core.Person, "Putin", "", 2},
		}, []string{"Putin"}},
		{"003", []want{
			{"Vladimir Putin", core.Person, "Putin", "", 3},
			{"Xi Jinping", core.Person, "", "", 1},
			{"Shanghai Cooperation Organization", core.Organisation, "SCO", "", 2},
		}, []string{"Putin", "SCO"}},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			text := readSeed(t, tt.seed)
			res, err := Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			if testing.Verbose() {
				for i, e := range res.Entities {
					t.Logf("%-4s %-40q aliases=%q attrs=%q country=%q mentions=%d", e.Type, e.Name, e.Aliases, e.Attributes, res.Country[i], e.Mentions)
				}
			}
			for _, w := range tt.wants {
				e := find(res, w.name, w.typ)
				if e == nil {
					t.Errorf("no %s entity %q", w.typ, w.name)
					continue
				}
				if w.alias != "" && !slices.Contains(e.Aliases, w.alias) {
					t.Errorf("%q aliases = %q, want %q among them", w.name, e.Aliases, w.alias)
				}
				if w.attr != "" && !slices.ContainsFunc(e.Attributes, func(a string) bool { return strings.Contains(a, w.attr) }) {
					t.Errorf("%q attributes = %q, want one containing %q", w.name, e.Attributes, w.attr)
				}
				if e.Mentions < w.minMent {
					t.Errorf("%q mentions = %d, want >= %d", w.name, e.Mentions, w.minMent)
				}
			}
			for _, name := range tt.absent {
				for _, e := range res.Entities {
					if e.Name == name {
						t.Errorf("%q is an entity of its own (%s), want it merged", name, e.Type)
					}
				}
			}
		})
	}
}

package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestClaimsSingles ingests the fictional examples: the claims listing
// shows a statement (a speaker's quote) only when two articles or more
// carry it, unless --singles asks for the others.
func TestClaimsSingles(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole examples corpus")
	}
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	count := func(args ...string) (statements, singles int) {
		out, err := run(t, append([]string{"--db", db, "claims", "--limit", "500"}, args...)...)
		if err != nil {
			t.Fatalf("claims %v: %v", args, err)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, " ") || !strings.Contains(l, " — says ") {
				continue
			}
			statements++
			if strings.Contains(l, "[1 article;") {
				singles++
			}
		}
		return statements, singles
	}
	st, single := count()
	if st == 0 || single != 0 {
		t.Errorf("claims: %d statements, %d of one article; want some, none of one article", st, single)
	}
	if _, single := count("--singles"); single == 0 {
		t.Errorf("claims --singles: no statement of one article")
	}
}

package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store"
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

// TestClaimWhen: a claim said on one day (or only undated) is shown with
// that day, not "first D, latest D"; one said on two days with both.
func TestClaimWhen(t *testing.T) {
	at := func(p string) store.ClaimOccurrence { return store.ClaimOccurrence{Published: p} }
	for _, c := range []struct {
		first, latest, want string
	}{
		{"2031-04-02T09:00:00Z", "2031-04-02T17:30:00Z", "2031-04-02"},
		{"", "", "undated"},
		{"2031-04-02", "2031-05-01", "first 2031-04-02, latest 2031-05-01"},
		{"2031-04-02", "", "first 2031-04-02, latest undated"},
	} {
		if got := claimWhen(store.ClaimGroup{First: at(c.first), Latest: at(c.latest)}); got != c.want {
			t.Errorf("claimWhen(%q, %q) = %q, want %q", c.first, c.latest, got, c.want)
		}
	}
}

// TestClaimsMinArticles: claims takes --min-articles as stories does (and
// --min, its old name, hidden).
func TestClaimsMinArticles(t *testing.T) {
	db := examplesStore(t)
	for _, flag := range []string{"--min-articles", "--min"} {
		out, err := run(t, "--db", db, "claims", flag, "99")
		if err != nil || !strings.Contains(out, "no claims") {
			t.Errorf("claims %s 99: %v %q, want no claims", flag, err, out)
		}
	}
	help, _ := run(t, "claims", "--help")
	if !strings.Contains(help, "--min-articles") || strings.Contains(help, "--min int") {
		t.Errorf("claims --help lists --min, not --min-articles:\n%s", help)
	}
}

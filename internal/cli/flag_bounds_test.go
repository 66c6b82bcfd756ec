package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagsBelowOneRefused: entities --limit 0, storylines ID --new 0 and
// storylines --min-stories 0 are refused naming the flag, as the other
// lists' --limit and the API's limit, new and min_stories are; they listed
// 100 entities, 5 new sentences and every storyline (review24).
func TestFlagsBelowOneRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if out, err := run(t, "--db", db, "ingest", filepath.Join("..", "..", "examples", "text")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"entities", "--limit", "0"}, "--limit 0: want 1 or more"},
		{[]string{"storylines", "1", "--new", "0"}, "--new 0: want 1 or more"},
		{[]string{"storylines", "1", "--new", "-2"}, "--new -2: want 1 or more"},
		{[]string{"storylines", "--min-stories", "0"}, "--min-stories 0: want 1 or more"},
	} {
		_, err := run(t, append([]string{"--db", db}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.args, err, c.want)
		}
	}
	if _, err := run(t, "--db", db, "storylines", "1", "--new", "1"); err != nil {
		t.Errorf("storylines 1 --new 1: %v", err)
	}
}

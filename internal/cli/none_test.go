package cli

import (
	"strings"
	"testing"
)

// TestEmptyListsNameTheirInput: a list that comes back empty names every
// filter it was given, as typed, so a reader tells a mistyped name or a
// narrow filter from an empty store (a speaker with quotes, none about the
// words asked, was told "no quotes by" them; the others said only "no
// claims", "no entities", "no matches").
func TestEmptyListsNameTheirInput(t *testing.T) {
	db := examplesStore(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"quotes", "--speaker", "Quillon Vantry"}, `no quotes by “Quillon Vantry” (no stored name has “Quillon Vantry”; storyline entities --type PER lists the people in the store)`},
		{[]string{"quotes", "--speaker", "Ana Kovrin", "--about", "zebras"}, `no quotes by “Ana Kovrin”, about “zebras” (“Ana Kovrin” is a stored name)` + "\n"},
		{[]string{"quotes", "--article", "999"}, "no quotes in article 999\n"},
		{[]string{"claims", "--speaker", "Quillon Vantry"}, `no claims held by “Quillon Vantry” (no stored name has “Quillon Vantry”; --singles also lists`},
		{[]string{"claims", "--story", "999", "--min-articles", "3"}, "no claims in story 999, of 3 articles or more\n"},
		{[]string{"entities", "--name", "Quillon", "--type", "org"}, `no entities of type “ORG”, named like “Quillon”`},
		{[]string{"search", "zebras", "--from", "2026-01-01"}, `no matches for “zebras”, from 2026-01-01`},
		{[]string{"stories", "--entity", "Quillon Vantry"}, `no stories mentioning “Quillon Vantry”`},
		{[]string{"stories", "--min-articles", "50"}, "no stories of 50 articles or more"},
		{[]string{"articles", "--entity", "Quillon Vantry", "--to", "1999-01-01"}, `no articles mentioning “Quillon Vantry”, to 1999-01-01`},
		{[]string{"events", "--article", "999"}, "no events in article 999\n"},
		{[]string{"events", "--type", "sanction", "--from", "2026-01-01", "--to", "2026-02-01"}, `no events of type “sanction”, from 2026-01-01 to 2026-02-01 (storyline events --all`},
	} {
		out, _ := runStderr(t, append([]string{"--db", db}, c.args...)...)
		if !strings.Contains(out, c.want) {
			t.Errorf("%v: %q, want %q", c.args, out, c.want)
		}
	}
}

// TestCLIErrorsAndCountsAsAPI: a bad day is named as /api/... names it
// (Go's "parsing time ... month out of range" before), search's --limit
// past 100 is refused as /api/search refuses it (the store cut it to 100
// untold), and one match is "1 match".
func TestCLIErrorsAndCountsAsAPI(t *testing.T) {
	db := examplesStore(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"articles", "--from", "2026-13-01"}, `--from: want a date like 2024-05-31, got "2026-13-01"`},
		{[]string{"quotes", "--to", "yesterday"}, `--to: want a date like 2024-05-31, got "yesterday"`},
		{[]string{"search", "strike", "--limit", "500"}, `--limit 500: want a number from 1 to 100`},
		{[]string{"search", "strike", "--offset", "-3"}, `--offset -3: want 0 or more`},
	} {
		if _, err := run(t, append([]string{"--db", db}, c.args...)...); err == nil || err.Error() != c.want {
			t.Errorf("%v: error %v, want %q", c.args, err, c.want)
		}
	}
	out, err := run(t, "--db", db, "search", "Maravel", "--source", "business-review")
	if err != nil || !strings.HasPrefix(out, "1 match\n") {
		t.Errorf("search one hit: %v %q, want it to begin %q", err, out, "1 match\n")
	}
	if got := count(2, "match") + ", " + count(3, "story") + ", " + count(2, "article"); got != "2 matches, 3 stories, 2 articles" {
		t.Errorf("count: %q", got)
	}
}

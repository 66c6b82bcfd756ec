package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/wire"
)

// TestEntityFilterNameHints: stories, articles and search --entity said
// only "no stories mentioning “Kovrn”" when the name matched nothing, where
// quotes, claims, entities and events say what it matched or the names near
// it. Now their empty lines add the same hint (wire.NameHintFor),
// /api/stories, /api/articles and /api/search give it as "hint", and the
// /articles and /search pages write it after the empty line.
func TestEntityFilterNameHints(t *testing.T) {
	db, _, get := pilotsServer(t)
	for _, c := range []struct {
		args      []string
		api, page string
		hint      string
		near      bool
	}{
		{[]string{"stories", "--entity", "Kovrn"}, "/api/stories?entity=Kovrn", "", "no stored name has “Kovrn”; near it: ", true},
		{[]string{"articles", "--entity", "Kovrn"}, "/api/articles?entity=Kovrn", "/articles?entity=Kovrn", "no stored name has “Kovrn”; near it: ", true},
		{[]string{"search", "--entity", "Kovrn"}, "/api/search?entity=Kovrn", "/search?entity=Kovrn", "no stored name has “Kovrn”; near it: ", true},
		// A surname lists its persons' articles (entityfilter_test.go); a
		// date no article has empties the list, and the hint names them.
		{[]string{"articles", "--entity", "Kovrin", "--from", "2099-01-01"}, "/api/articles?entity=Kovrin&from=2099-01-01", "/articles?entity=Kovrin&from=2099-01-01", "“Kovrin” matched ", true},
		{[]string{"search", "--entity", "Qwzzx Vantry"}, "/api/search?entity=Qwzzx+Vantry", "/search?entity=Qwzzx+Vantry", "no stored name has “Qwzzx Vantry”", false},
	} {
		out, _ := runStderr(t, append([]string{"--db", db}, c.args...)...)
		out = strings.TrimSpace(out)
		line, rest, _ := strings.Cut(out, " (")
		if !strings.HasPrefix(line, "no ") || !strings.HasPrefix(rest, c.hint) {
			t.Errorf("%v = %q, want the hint %q…", c.args, out, c.hint)
			continue
		}
		if c.near && (!strings.Contains(rest, "Ana Kovrin") || !strings.Contains(rest, "Piet Kovrin")) {
			t.Errorf("%v = %q, want both Kovrins", c.args, out)
		}
		var api struct{ Hint string }
		if err := json.Unmarshal([]byte(get(c.api)), &api); err != nil || api.Hint == "" || rest != api.Hint+")" {
			t.Errorf("%s hint = %q, %v; the CLI says %q", c.api, api.Hint, err, out)
			continue
		}
		if c.page == "" {
			continue
		}
		if page := get(c.page); !strings.Contains(page, wire.AsSentence(line)+" "+wire.AsSentence(api.Hint)) {
			t.Errorf("%s does not say %q", c.page, wire.AsSentence(line)+" "+wire.AsSentence(api.Hint))
		}
	}
	// A list that is not empty has no hint; nor has an empty one filtered
	// by no name.
	for _, route := range []string{"/api/articles?entity=Ana+Kovrin", "/api/stories?entity=Ana+Kovrin", "/api/search?entity=Ana+Kovrin", "/api/search?q=qwzzx"} {
		var api struct{ Hint *string }
		if err := json.Unmarshal([]byte(get(route)), &api); err != nil || api.Hint != nil {
			t.Errorf("%s hint = %v, %v; want none", route, api.Hint, err)
		}
	}
}

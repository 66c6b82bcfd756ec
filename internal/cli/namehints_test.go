package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/wire"
)

// TestListNameHints: quotes --speaker, claims --speaker and entities --name
// said only "no quotes by “Kovrn”" when the name matched nothing, where
// events --actor says why (hints10). Now each empty line adds the hint of
// wire.NameHintFor — the names near a mistyped name, what a stored name
// matched — and /api/quotes, /api/claims, /api/entities give the same
// words as "hint", their pages after the empty line.
func TestListNameHints(t *testing.T) {
	db, _, get := pilotsServer(t)
	for _, c := range []struct {
		args        []string
		api, page   string
		hint        string
		near, extra bool
	}{
		{[]string{"quotes", "--speaker", "Kovrn"}, "/api/quotes?speaker=Kovrn", "/quotes?speaker=Kovrn", "no stored name has “Kovrn”; near it: ", true, false},
		{[]string{"quotes", "--speaker", "Qwzzx Vantry"}, "/api/quotes?speaker=Qwzzx+Vantry", "/quotes?speaker=Qwzzx+Vantry", "no stored name has “Qwzzx Vantry”", false, true},
		{[]string{"quotes", "--speaker", "Kovrin", "--about", "qwzzx"}, "/api/quotes?speaker=Kovrin&about=qwzzx", "/quotes?speaker=Kovrin&about=qwzzx", "“Kovrin” matched ", false, false},
		{[]string{"claims", "--speaker", "Kovrn"}, "/api/claims?speaker=Kovrn", "/claims?speaker=Kovrn", "no stored name has “Kovrn”; near it: ", true, false},
		{[]string{"entities", "--name", "Kovrn"}, "/api/entities?name=Kovrn", "/entities?name=Kovrn", "no stored name has “Kovrn”; near it: ", true, false},
	} {
		out, _ := runStderr(t, append([]string{"--db", db}, c.args...)...)
		out = strings.TrimSpace(out)
		line, rest, _ := strings.Cut(out, " (")
		if !strings.HasPrefix(line, "no "+c.args[0]) || !strings.HasPrefix(rest, c.hint) {
			t.Errorf("%v = %q, want the hint %q…", c.args, out, c.hint)
			continue
		}
		if c.near && (!strings.Contains(rest, "Ana Kovrin") || !strings.Contains(rest, "Piet Kovrin")) {
			t.Errorf("%v = %q, want both Kovrins near", c.args, out)
		}
		if got := strings.Contains(rest, "storyline entities --type PER"); got != c.extra {
			t.Errorf("%v = %q: the pointer to the people listed is %v, want %v", c.args, out, got, c.extra)
		}
		var api struct{ Hint string }
		if err := json.Unmarshal([]byte(get(c.api)), &api); err != nil || api.Hint == "" || !strings.HasPrefix(rest, api.Hint) {
			t.Errorf("%s hint = %q, %v; the CLI says %q", c.api, api.Hint, err, out)
			continue
		}
		if page := get(c.page); !strings.Contains(page, wire.AsSentence(line)+" "+wire.AsSentence(api.Hint)) {
			t.Errorf("%s does not say %q", c.page, wire.AsSentence(line)+" "+wire.AsSentence(api.Hint))
		}
	}
	// A list that is not empty has no hint.
	var api struct{ Hint *string }
	if err := json.Unmarshal([]byte(get("/api/quotes?speaker=Kovrin")), &api); err != nil || api.Hint != nil {
		t.Errorf("/api/quotes?speaker=Kovrin hint = %v, %v; want none", api.Hint, err)
	}
}

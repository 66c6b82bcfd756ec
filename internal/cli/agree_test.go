package cli

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/wire"
)

// examplesServer is a store of examples/text (examplesStore) and the API
// and pages over it, for tests that hold the CLI to its route.
func examplesServer(t *testing.T) (string, http.Handler) {
	t.Helper()
	db := examplesStore(t)
	_, h := storeServer(t, db)
	return db, h
}

// TestListJSONAgreesWithAPI: each list command's --json gives the rows its
// API route gives, under the same names (search said "hits" where
// /api/search says "results", and its facets came out as Go field names).
// The CLI may add fields (articles' hash); every API field must be there
// with the same value (search's rows are one type, wire.SearchHit: the CLI
// left out the HTML forms of title and snippet).
func TestListJSONAgreesWithAPI(t *testing.T) {
	db, h := examplesServer(t)
	for _, c := range []struct {
		args      []string
		route     string
		key       string // the API's list; also the CLI's for an object
		jsonLines bool   // the CLI writes one object a line, else an array or an object
	}{
		{[]string{"articles", "--limit", "5"}, "/api/articles?limit=5", "articles", true},
		{[]string{"entities", "--limit", "5"}, "/api/entities?limit=5", "entities", true},
		{[]string{"quotes", "--limit", "5"}, "/api/quotes?limit=5", "quotes", true},
		{[]string{"events", "--limit", "5"}, "/api/events?limit=5", "events", true},
		{[]string{"events", "--article", "2"}, "/api/events?article=2", "events", true},
		{[]string{"quotes", "--article", "2"}, "/api/quotes?article=2", "quotes", true},
		{[]string{"quotes", "--storyline", "2", "--each"}, "/api/quotes?storyline=2", "quotes", true},
		{[]string{"quotes", "--story", "1", "--each"}, "/api/quotes?story=1", "quotes", true}, // review24
		{[]string{"events", "--storyline", "2", "--all"}, "/api/events?storyline=2&min_confidence=0", "events", true},
		{[]string{"stories", "--limit", "5"}, "/api/stories?limit=5", "stories", false},
		{[]string{"storylines", "--limit", "5", "--min-stories", "1"}, "/api/storylines?limit=5&min_stories=1", "storylines", false},
		{[]string{"claims", "--limit", "5"}, "/api/claims?limit=5", "claims", false},
		{[]string{"claims", "--story", "1", "--singles"}, "/api/claims?story=1&singles=true", "claims", false},
		{[]string{"articles", "--story", "1"}, "/api/articles?story=1", "articles", true},
		{[]string{"search", "strike", "--limit", "5", "--facets"}, "/api/search?q=strike&limit=5", "results", false},
		{[]string{"quotes", "--speaker", "kovrin"}, "/api/quotes?speaker=kovrin", "quotes", true},
		{[]string{"claims", "--speaker", "Ana Kovrin", "--singles"}, "/api/claims?speaker=Ana+Kovrin&singles=true", "claims", false},
	} {
		out, err := run(t, append(append([]string{"--db", db}, c.args...), "--json")...)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		var cli []map[string]any
		var obj map[string]any
		switch {
		case c.jsonLines:
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var m map[string]any
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Fatalf("%v: %v in %q", c.args, err, line)
				}
				cli = append(cli, m)
			}
		case strings.HasPrefix(strings.TrimSpace(out), "{"):
			if err := json.Unmarshal([]byte(out), &obj); err != nil {
				t.Fatalf("%v: %v", c.args, err)
			}
			cli = rows(obj[c.key])
		default:
			var list []any
			if err := json.Unmarshal([]byte(out), &list); err != nil {
				t.Fatalf("%v: %v", c.args, err)
			}
			cli = rows(list)
		}
		w := getFrom(h, c.route)
		var api map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &api); err != nil || w.Code != 200 {
			t.Fatalf("%s: %d %v", c.route, w.Code, err)
		}
		want := rows(api[c.key])
		if len(want) == 0 || len(cli) != len(want) {
			t.Errorf("%v: %d rows, %s %d", c.args, len(cli), c.route, len(want))
			continue
		}
		for i := range want {
			for k, v := range want[i] {
				if got, ok := cli[i][k]; !ok || !reflect.DeepEqual(got, v) {
					t.Errorf("%v row %d: %q = %v (present %v), %s gives %v", c.args, i, k, got, ok, c.route, v)
				}
			}
		}
		if obj != nil {
			for k, v := range api {
				if k == c.key || k == "next" {
					continue
				}
				if !reflect.DeepEqual(obj[k], v) {
					t.Errorf("%v: %q = %v, %s gives %v", c.args, k, obj[k], c.route, v)
				}
			}
		}
	}
}

func rows(v any) []map[string]any {
	list, _ := v.([]any)
	out := make([]map[string]any, 0, len(list))
	for _, x := range list {
		m, _ := x.(map[string]any)
		out = append(out, m)
	}
	return out
}

// TestObjectJSONAgreesWithAPI: the one-object commands' --json is the
// object their API route gives (`new --json` wrote an array of every
// sentence where /api/articles/ID gave new_sentences only; both now write
// wire.ArticleNew, as /api/articles/ID/new). The CLI may add fields (show's
// hash); every API field must be there with the same value.
func TestObjectJSONAgreesWithAPI(t *testing.T) {
	db, h := examplesServer(t)
	repeats := 0
	for _, c := range []struct {
		args  []string
		route string
	}{
		{[]string{"new", "1"}, "/api/articles/1/new"},
		{[]string{"new", "2"}, "/api/articles/2/new"},
		{[]string{"new", "2", "--all"}, "/api/articles/2/new?all=true"},
		{[]string{"show", "2"}, "/api/articles/2"},
		{[]string{"story", "1"}, "/api/stories/1"},
		{[]string{"storylines", "1"}, "/api/storylines/1"},
	} {
		out, err := run(t, append(append([]string{"--db", db}, c.args...), "--json")...)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		var cli map[string]any
		if err := json.Unmarshal([]byte(out), &cli); err != nil {
			t.Fatalf("%v: %v in %.200s", c.args, err, out)
		}
		w := getFrom(h, c.route)
		var api map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &api); err != nil || w.Code != 200 {
			t.Fatalf("%s: %d %v", c.route, w.Code, err)
		}
		for k, v := range api {
			if got, ok := cli[k]; !ok || !reflect.DeepEqual(got, v) {
				t.Errorf("%v: %q = %v (present %v), %s gives %v", c.args, k, got, ok, c.route, v)
			}
		}
		if c.args[0] == "new" && api["new_total"] != api["total"] {
			repeats++
		}
	}
	if repeats == 0 {
		t.Errorf("no article listed has a sentence said before: the all=true form went untested")
	}
}

// TestEmptyListsAgreeWithPages: an empty list says the same in the CLI and
// on its web page (wire.NoneFound; the page writes it as a sentence): the
// CLI quoted with "…" and joined the filters with commas, the pages used
// “…”, spaces and their own words ("in at least 3 articles each").
func TestEmptyListsAgreeWithPages(t *testing.T) {
	db, h := examplesServer(t)
	for _, c := range []struct {
		args  []string
		route string
	}{
		{[]string{"quotes", "--speaker", "Ana Kovrin", "--about", "zebras", "--storyline", "1"}, "/quotes?speaker=Ana+Kovrin&about=zebras&storyline=1"},
		{[]string{"claims", "--speaker", "Quillon Vantry", "--min-articles", "3"}, "/claims?speaker=Quillon+Vantry&min=3"},
		{[]string{"entities", "--name", "Quillon", "--type", "ORG"}, "/entities?name=Quillon&type=ORG"},
		{[]string{"articles", "--entity", "Quillon Vantry", "--from", "2026-01-01", "--to", "2026-02-01"}, "/articles?entity=Quillon+Vantry&from=2026-01-01&to=2026-02-01"},
		{[]string{"events", "--type", "sanction", "--actor", "Nobody Vantar", "--story", "1", "--from", "2026-01-01"}, "/events?type=sanction&actor=Nobody+Vantar&story=1&from=2026-01-01"},
		{[]string{"search", "zebras", "--source", "herald", "--to", "2026-02-01"}, "/search?q=zebras&source=herald&to=2026-02-01"}, // it said "Nothing matches."
	} {
		out, _ := runStderr(t, append([]string{"--db", db}, c.args...)...)
		line, _, _ := strings.Cut(strings.TrimSpace(out), " (") // the CLI's hint on where to look
		w := getFrom(h, c.route)
		want := `<p class="empty">` + wire.AsSentence(line)
		if !strings.HasPrefix(line, "no ") || !strings.Contains(w.Body.String(), want) {
			_, page, _ := strings.Cut(w.Body.String(), `<p class="empty">`)
			page, _, _ = strings.Cut(page, "</p>")
			t.Errorf("%v says %q; %s says %q", c.args, line, c.route, page)
		}
	}
}

package cli

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSpeakerByName: users type a surname or part of a name. In the
// examples "Ana Kovrin" is stored with no alias: `quotes --speaker Kovrin`
// and `claims --speaker "Ana Kovrin"` found nothing. A name that matches
// more than one stored name ("Kovrin" once a Piet Kovrin is stored) is
// told on stderr, in the API's "speakers" and on the quotes and claims
// pages, so the user can narrow.
func TestSpeakerByName(t *testing.T) {
	db := examplesStore(t)
	for _, args := range [][]string{
		{"quotes", "--speaker", "Kovrin"},
		{"quotes", "--speaker", "ana"},
		{"claims", "--speaker", "Ana Kovrin", "--singles"},
	} {
		out, stderr, err := execute(append([]string{"--db", db}, args...))
		if err != nil || !strings.Contains(out, "Kovrin") || strings.HasPrefix(out, "no ") || strings.Contains(stderr, "matched") {
			t.Errorf("%v = %q, stderr %q, %v; want Ana Kovrin's, no hint", args, out, stderr, err)
		}
	}
	// A second Kovrin (fictional): now "Kovrin" matches two.
	ingestPilots(t, db)
	out, stderr, err := execute([]string{"--db", db, "quotes", "--speaker", "Kovrin", "--json"})
	const hint = "“Kovrin” matched 2 names: "
	if !strings.Contains(out, "Ana Kovrin") || !strings.Contains(out, "Piet Kovrin") {
		t.Errorf("quotes --speaker Kovrin --json: %q, want both Kovrins' quotes", out)
	}
	if err != nil || !strings.Contains(stderr, hint) {
		t.Errorf("quotes --speaker Varrow: stderr %q, %v; want %q", stderr, err, hint)
	}
	st, h := storeServer(t, db)
	want, err := st.Speakers(context.Background(), "Kovrin")
	if err != nil || len(want) != 2 {
		t.Fatalf("Speakers(Kovrin) = %q, %v", want, err)
	}
	get := getter(t, h)
	for _, route := range []string{"/api/quotes?speaker=Kovrin", "/api/claims?speaker=Kovrin"} {
		var got struct{ Speakers []string }
		if err := json.Unmarshal([]byte(get(route)), &got); err != nil || !slices.Equal(got.Speakers, want) {
			t.Errorf("%s speakers = %q, %v; want %q", route, got.Speakers, err, want)
		}
	}
	if strings.Contains(get("/api/quotes?speaker=Ana+Kovrin"), `"speakers"`) {
		t.Errorf("/api/quotes?speaker=Ana+Kovrin names the speakers it matched: one only")
	}
	for _, route := range []string{"/quotes?speaker=Kovrin", "/claims?speaker=Kovrin"} {
		if page := get(route); !strings.Contains(page, "matched 2 names") || !strings.Contains(page, `href="?speaker=`+strings.ReplaceAll(want[0], " ", "&#43;")+`"`) {
			t.Errorf("%s does not name the 2 names matched with links:\n%s", route, page)
		}
	}
}

// pilots is a fictional article that names a second Kovrin.
const pilots = `Harbour pilots return to work in Port Edrin

PORT EDRIN, Feb. 12, 2026 — Harbour pilots returned to work on Thursday after a two-day stoppage, their spokesman said.

"The tide waits for nobody, and neither do the ships," said Piet Kovrin, who speaks for the pilots' association. Piet Kovrin added that the pilots had been promised new radios by the end of the month.

The port authority said traffic would be back to normal by the weekend. Piet Kovrin said the association would meet again in March.
`

// TestSearchCountAgreesWithPage: the search page counted "results" where
// `search` counts "matches"; both say matches now.
func TestSearchCountAgreesWithPage(t *testing.T) {
	db, h := examplesServer(t)
	out, err := run(t, "--db", db, "search", "strike", "--limit", "1")
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(out, "\n")
	first, _, _ = strings.Cut(first, ",")
	if !strings.HasSuffix(first, " matches") {
		t.Fatalf("search strike: first line %q, want a count of matches", first)
	}
	w := getFrom(h, "/search?q=strike&limit=1")
	if !strings.Contains(w.Body.String(), `<p class="muted results-count">`+first+`, showing`) {
		t.Errorf("/search?q=strike does not count %q as the CLI does", first)
	}
}

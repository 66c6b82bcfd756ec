package cli

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ruskeStore ingests n fictional articles in which Ida Ruske says the same
// thing, each on its own day and with its own other news, and returns the
// store's path.
func ruskeStore(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	topics := []string{"a new bakery opened on the quay", "the lighthouse keeper retired after forty years", "the school choir won a prize in Tessaly",
		"the ferry timetable changed for the winter", "a fishing boat was found adrift near the reef", "the market moved to the old square",
		"the bridge toll rose by two crowns", "a storm felled the oak by the church", "the library opened on Sundays"}
	for i := range n {
		text := fmt.Sprintf("In Velmont this week %s, and the council discussed it at length on Monday evening.\n\n"+
			"Mayor Ida Ruske said the harbour would reopen for every ferry on Friday.\n", topics[i%len(topics)])
		rec, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Velmont notes, week %d", i+1), "published": fmt.Sprintf("2026-03-%02d", i+1),
			"url": fmt.Sprintf("https://velmont-notes.example/2026/03/%02d/notes", i+1), "text": text})
		b.Write(rec)
		b.WriteByte('\n')
	}
	return ingestFile(t, "notes.jsonl", b.String())
}

// TestClaimsListCutsOccurrences: `claims` and the /claims page printed every
// occurrence under each claim, so a claim a hundred articles repeat filled
// screens and made the page half a megabyte. Both show the first four and the
// latest, with how many were left out and where to read them all (--key,
// /claims?key=), which still list every one, as --json and /api/claims do
// (review25).
func TestClaimsListCutsOccurrences(t *testing.T) {
	db := ruskeStore(t, 8)
	out, err := run(t, "--db", db, "claims", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var all []struct {
		Key         string            `json:"key"`
		Occurrences []json.RawMessage `json:"occurrences"`
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) == 0 {
		t.Fatalf("claims --json: %v %q", err, out)
	}
	key := all[0].Key
	if len(all[0].Occurrences) != 8 {
		t.Fatalf("claim %s: %d occurrences in --json, want all 8", key, len(all[0].Occurrences))
	}
	out, err = run(t, "--db", db, "claims")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Count(out, "harbour would reopen for every ferry on Friday.")
	if rows != 5 || !strings.Contains(out, "    … 3 more articles (--key '"+key+"' lists every one)\n") || !strings.Contains(out, "2026-03-08") || strings.Contains(out, "2026-03-05 ") {
		t.Errorf("claims: %d occurrence rows, want the first 4 and the latest, and a line for the 3 left out:\n%s", rows, out)
	}
	out, err = run(t, "--db", db, "claims", "--key", key)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "said the harbour would reopen"); n != 8 || strings.Contains(out, "more article") {
		t.Errorf("claims --key: %d occurrence rows, want all 8:\n%s", n, out)
	}
	_, h := storeServer(t, db)
	page := getFrom(h, "/claims").Body.String()
	if n := strings.Count(page, "<blockquote>"); n != 5 || !strings.Contains(page, `3 more articles: every article that makes it →</a>`) {
		t.Errorf("/claims: %d occurrences, want 5 and the link to the rest:\n%s", n, page)
	}
	page = getFrom(h, "/claims?key="+url.QueryEscape(key)).Body.String()
	if n := strings.Count(page, "<blockquote>"); n != 8 || strings.Contains(page, "more articles:") {
		t.Errorf("/claims?key=: %d occurrences, want all 8", n)
	}
}

func TestShellWord(t *testing.T) {
	for in, want := range map[string]string{"ruske|says|ferri": "'ruske|says|ferri'", "plain+key": "plain+key", "it's": `'it'\''s'`, "": "''"} {
		if got := shellWord(in); got != want {
			t.Errorf("shellWord(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestStorylineOneMoreNewCLI: "(1 more new sentence: --new 6 shows them)"
// (review25): one is "it".
func TestStorylineOneMoreNewCLI(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Pellby barges move again\n\n")
	for _, line := range []string{
		"The grain barge Meridian left the Pellby lock at noon on Tuesday.",
		"Lock keepers said the water level had risen by forty centimetres overnight.",
		"A second barge carrying timber waited below the weir until the evening.",
		"The canal authority reopened the towpath for cyclists on Wednesday morning.",
		"Shopkeepers on the quay reported the first deliveries in six weeks.",
		"Engineers will inspect the upper gates again before the autumn rains.",
	} {
		b.WriteString(line + "\n\n")
	}
	page := filepath.Join(dir, "barges.txt")
	if err := os.WriteFile(page, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", page); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err := run(t, "--db", db, "storylines", "1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "(1 more new sentence: --new 6 shows it)") {
		t.Errorf("storylines 1:\n%s", out)
	}
}

// TestListsMarkCopies: a near-duplicate (a syndicated copy) was listed by
// `articles`, /articles and /api/articles like any other article, so two
// near-identical rows read as two reports. The row says "copy of N" (the
// card links it) and /api/articles gives duplicate_of, as /api/articles/ID
// did (review25).
func TestListsMarkCopies(t *testing.T) {
	db := lockCopies(t)
	out, err := run(t, "--db", db, "articles")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "lock.jsonl:2)  copy of 1\n") || strings.Count(out, "copy of") != 1 {
		t.Errorf("articles does not mark the copy:\n%s", out)
	}
	_, h := storeServer(t, db)
	if page := getFrom(h, "/articles").Body.String(); !strings.Contains(page, `copy of <a href="/articles/1">article 1</a>`) {
		t.Errorf("/articles does not mark the copy")
	}
	if api := getFrom(h, "/api/articles").Body.String(); !strings.Contains(api, `"id":2,`) || !strings.Contains(api, `"duplicate_of":1`) {
		t.Errorf("/api/articles: %s", api)
	}
}

// TestSearchMarksCopies: search listed a near-duplicate like any hit (two
// near-identical rows); `search`, /search and /api/search mark it as the
// article lists do (review25).
func TestSearchMarksCopies(t *testing.T) {
	db := lockCopies(t)
	out, err := run(t, "--db", db, "search", "hinges")
	if err != nil || strings.Count(out, "· copy of 1") != 1 {
		t.Errorf("search: %v\n%s", err, out)
	}
	_, h := storeServer(t, db)
	if page := getFrom(h, "/search?q=hinges").Body.String(); strings.Count(page, `copy of <a href="/articles/1">article 1</a>`) != 1 {
		t.Errorf("/search does not mark the copy once")
	}
	if api := getFrom(h, "/api/search?q=hinges").Body.String(); strings.Count(api, `"duplicate_of":1`) != 1 {
		t.Errorf("/api/search: %s", api)
	}
}

// lockCopies is a store of two reports of the Pellby lock, the second a
// near-duplicate of the first (article 2, copy of 1).
func lockCopies(t *testing.T) string {
	t.Helper()
	body := "The Pellby lock keepers reopened the upper gate on Tuesday after three weeks of repairs, and the first grain barges " +
		"passed through before noon. The canal authority said the new hinges would last another forty years. Barge owners, " +
		"who had waited below the weir since the start of the month, said the delay had cost them several contracts. " +
		"Engineers will inspect the lower gate in the autumn, when traffic on the canal is lighter."
	var b strings.Builder
	for i, src := range []string{"pellby-post", "valley-wire"} {
		rec, _ := json.Marshal(map[string]string{"title": "Pellby lock reopens after repairs", "published": fmt.Sprintf("2026-04-%02d", 7+i),
			"url": fmt.Sprintf("https://%s.example/2026/04/lock-reopens", src), "text": body + fmt.Sprintf(" (Report %d.)", i+1)})
		b.Write(rec)
		b.WriteByte('\n')
	}
	return ingestFile(t, "lock.jsonl", b.String())
}

// TestPrivateURLNamesFlag: a URL refused for its loopback address said only
// "refusing to fetch a private, loopback or link-local address"; ingest and
// extract name --allow-private, and serve takes that name too (it called it
// --allow-private-urls alone) (review25).
func TestPrivateURLNamesFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	out, errs, _ := execute([]string{"--db", db, "ingest", "http://127.0.0.1:1/pellby/weir"})
	if strings.Count(out+errs, "(--allow-private fetches it)") != 2 { // the line as it fails, and the summary's
		t.Errorf("ingest: %s%s", out, errs)
	}
	_, errs, _ = execute([]string{"extract", "http://127.0.0.1:1/pellby/weir"})
	if !strings.Contains(errs, "(--allow-private fetches it)") {
		t.Errorf("extract: %s", errs)
	}
	root := newRootCmd()
	for _, c := range root.Commands() {
		if c.Name() == "serve" && c.Flags().Lookup("allow-private") == nil {
			t.Error("serve has no --allow-private")
		}
	}
}

// TestReanalyzeMissingNamedOnce: `reanalyze 99` said "article 99: article
// 99: not found" (the store's error wrapped again); it names the article once
// and the listing command, as show does (review25).
func TestReanalyzeMissingNamedOnce(t *testing.T) {
	db := lockCopies(t)
	_, err := run(t, "--db", db, "reanalyze", "99")
	if err == nil || err.Error() != "article 99: not found (storyline articles lists them)" {
		t.Errorf("reanalyze 99: %v", err)
	}
}

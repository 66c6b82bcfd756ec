package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/testshared"
)

// An undated page too large for the whole-page date search: its ingest
// line and show's meta line say why it is undated, and show --json (as /api/articles/ID) lists
// the reason among its removals (core.ReasonDateBounded), next to
// "published": null.
func TestIngestLineNamesBoundedDateSearch(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ledger.html")
	if err := os.WriteFile(in, testshared.LedgerPage(dates.MaxLibraryElements/10+100), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	out, errs := runStderr(t, "--db", db, "ingest", in)
	if want := fmt.Sprintf("ingested 1 %s (undated: page of more than %d elements: the whole-page date search left out)", in, dates.MaxLibraryElements); !strings.Contains(out+errs, want) {
		t.Errorf("ingest output %q, want %q", out+errs, want)
	}
	if txt, err := run(t, "--db", db, "show", "1"); err != nil || !strings.Contains(txt, "#1 · undated: page of more than") {
		t.Errorf("show 1 (%v): want the meta line to say why it is undated:\n%.300s", err, txt)
	}
	js, err := run(t, "--db", db, "show", "1", "--json")
	if err != nil || !strings.Contains(js, `"published": null`) || !strings.Contains(js, `"reason": "date-search-bounded"`) {
		t.Errorf("show 1 --json (%v): want published null and the date-search-bounded removal:\n%.600s", err, js)
	}
}

package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/server"
	"github.com/storyline/storyline/internal/store"
)

// storeServer opens the store db, closed when the test ends, and the API
// and pages over it.
func storeServer(t *testing.T, db string) (store.Store, http.Handler) {
	t.Helper()
	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, server.New(st, server.Options{RateLimit: -1})
}

// getFrom sends a GET of target to h as a loopback client.
func getFrom(h http.Handler, target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	req := httptest.NewRequest("GET", target, nil)
	req.Host = "127.0.0.1"
	h.ServeHTTP(w, req)
	return w
}

// getter returns a GET of a route on h that gives the body; a status other
// than 200 is an error of the test.
func getter(t *testing.T, h http.Handler) func(route string) string {
	return func(route string) string {
		w := getFrom(h, route)
		if w.Code != 200 {
			t.Errorf("%s: %d", route, w.Code)
		}
		return w.Body.String()
	}
}

// ingestPilots stores the fictional pilots report (pilots: a second
// Kovrin) in db.
func ingestPilots(t *testing.T, db string) {
	t.Helper()
	piet := filepath.Join(t.TempDir(), "pilots.txt")
	if err := os.WriteFile(piet, []byte(pilots), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "--db", db, "ingest", piet); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
}

// ingestFile writes text to a file name in a new temporary folder and
// ingests it into a new store there, s.db, whose path it returns.
func ingestFile(t *testing.T, name, text string) (db string) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, name)
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	return db
}

// pilotsServer is a store of examples/text and the pilots report (two
// Kovrins), the store opened, and a GET on the API and pages over it
// (getter).
func pilotsServer(t *testing.T) (string, store.Store, func(route string) string) {
	t.Helper()
	db := examplesStore(t)
	ingestPilots(t, db)
	st, h := storeServer(t, db)
	return db, st, getter(t, h)
}

package cli

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// TestClaimByKey: claims --key KEY lists that one claim, even when one
// article alone carries it, with what /api/claims?key=KEY gives; the page
// /claims?key=KEY shows it with every occurrence linked, and the other
// pages link a claim there (a claim had no page of its own: its holder's
// link listed all the holder's claims). An unknown key is named.
func TestClaimByKey(t *testing.T) {
	db := examplesStore(t)
	out, err := run(t, "--db", db, "claims", "--singles", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var all []struct {
		Key      string `json:"key"`
		Articles int    `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) == 0 {
		t.Fatalf("claims --singles --json: %v %q", err, out)
	}
	key := all[len(all)-1].Key // the last: carried by the fewest articles
	if all[len(all)-1].Articles != 1 {
		t.Fatalf("no single claim to ask for: %+v", all)
	}
	out, err = run(t, "--db", db, "claims", "--key", key, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var cli []map[string]any
	if err := json.Unmarshal([]byte(out), &cli); err != nil || len(cli) != 1 || cli[0]["key"] != key {
		t.Fatalf("claims --key %q: %v %s", key, err, out)
	}
	_, h := storeServer(t, db)
	get := func(target string) *httptest.ResponseRecorder { return getFrom(h, target) }
	w := get("/api/claims?key=" + url.QueryEscape(key))
	var api struct {
		Claims []map[string]any `json:"claims"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &api); err != nil || len(api.Claims) != 1 || !reflect.DeepEqual(api.Claims[0], cli[0]) {
		t.Errorf("/api/claims?key=: %d %s\nCLI: %v", w.Code, w.Body.String(), cli)
	}
	page := get("/claims?key=" + url.QueryEscape(key)).Body.String()
	if strings.Count(page, `<section class="claim">`) != 1 || !strings.Contains(page, "One claim, every article that makes it") {
		t.Errorf("/claims?key=%s does not show the one claim:\n%s", key, page)
	}
	if out, _ := runStderr(t, "--db", db, "claims", "--key", "nobody|says|zebra"); !strings.Contains(out, `no claims of key “nobody|says|zebra”`) {
		t.Errorf("claims --key unknown: %q", out)
	}
}

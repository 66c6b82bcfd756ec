package server

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/events"
)

// TestOpenAPIEventTypes: the type parameter of /api/events in openapi.json
// lists exactly the types /api/events takes (events.Types, which a 400
// lists), so a type added to the analysis cannot go undocumented.
func TestOpenAPIEventTypes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name        string `json:"name"`
				Description string `json:"description"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	desc := ""
	for _, p := range doc.Paths["/api/events"]["get"].Parameters {
		if p.Name == "type" {
			desc = p.Description
		}
	}
	_, list, ok := strings.Cut(desc, ": ")
	list, _, cut := strings.Cut(list, ". ")
	if !ok || !cut {
		t.Fatalf("/api/events type: %q, want \"...: a, b, c. ...\"", desc)
	}
	if got, want := strings.Split(list, ", "), events.Types(); !slices.Equal(got, want) {
		t.Errorf("openapi.json lists the event types %v, /api/events takes %v", got, want)
	}
}

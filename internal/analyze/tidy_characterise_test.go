package analyze

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestCharacterisationStored: a named source's characterisation ("X
// described Y as Z") is stored though it holds no verb; a poll's share
// describing itself is not.
func TestCharacterisationStored(t *testing.T) {
	text := "The Velsk Port Authority met on Monday to discuss the pier. Mayor Ana Lind described the closure as a relief. " +
		"Among young voters, 53% describe themselves as liberal on social issues, the survey found."
	qs, err := New(Options{Heuristic: true}).StoredQuotes(context.Background(), &core.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if strings.Contains(q.Text, "as a relief") {
			found = true
			if q.Speaker != "Ana Lind" {
				t.Errorf("speaker of %q = %q, want Ana Lind", q.Text, q.Speaker)
			}
		}
		if strings.Contains(q.Text, "as liberal") {
			t.Errorf("a poll's self-description is stored: %q (%q)", q.Text, q.Speaker)
		}
	}
	if !found {
		t.Errorf("the characterisation is not stored: %+v", qs)
	}
}

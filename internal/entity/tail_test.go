package entity

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestTailSuffix checks that a suffix test on the lower-cased tail answers
// as one on the whole string lower-cased, across character boundaries,
// multi-byte letters and bytes that are not UTF-8.
func TestTailSuffix(t *testing.T) {
	long := strings.Repeat("Žofie Dvořáková said ", 8)
	for _, s := range []string{
		"", "won an", " won an", "She WON AN", long + "she won an", long + "she wİn a",
		long + "ŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽŽ won a", "\xff\xfe won a", long + "\xe2\x80 won a",
		strings.Repeat("é", 40) + " winning an", strings.Repeat("€", 30) + " wins a",
	} {
		for _, p := range []string{" won an", " won a", " win a", " wins a", " winning an", "ŽŽ won a"} {
			if len(p) > 60 {
				continue
			}
			got := strings.HasSuffix(strings.ToLower(tail(s, 64)), p)
			want := strings.HasSuffix(strings.ToLower(s), p)
			if got != want {
				t.Errorf("suffix %q of tail(%q) = %v, of the whole = %v", p, s, got, want)
			}
		}
	}
}

// TestAwardAfterLongText: the award context is found after a long opening.
func TestAwardAfterLongText(t *testing.T) {
	marked := strings.Repeat("The festival opened in the old harbour town on a windy evening. ", 6) +
		"She won an [Ember|PER] for the role."
	checkResolved(t, marked, map[string]core.EntityType{"Ember": core.Misc}, nil)
}

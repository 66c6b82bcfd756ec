package analyze

import (
	"context"
	"math/rand"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// TestMentionSearchMatchesScan checks that the searched forms of
// appositionPerson and nameAfterSource (ordered mentions) answer as the
// scans from the start do, on a fictional article of many appositions.
func TestMentionSearchMatchesScan(t *testing.T) {
	units := []string{
		`Ana Lind, of Acme Funds, said "markets are weak."`,
		`Acme Funds, said "the fund holds," Ana Lind added.`,
		`"Rates rise," said the strategist for Acme Funds, Ana Lind.`,
		`Tomas Hale met Orvane Group. Orvane Group, said "no."`,
	}
	rng := rand.New(rand.NewSource(7))
	var b strings.Builder
	for range 300 {
		b.WriteString(units[rng.Intn(len(units))])
		b.WriteString(strings.Repeat(" ", rng.Intn(90)))
	}
	text := b.String()
	var ms []quotes.Mention
	for at := 0; at < len(text); {
		best, name := -1, ""
		for _, n := range []string{"Ana Lind", "Tomas Hale", "Acme Funds", "Orvane Group"} {
			if i := strings.Index(text[at:], n); i >= 0 && (best < 0 || i < best) {
				best, name = i, n
			}
		}
		if best < 0 {
			break
		}
		typ := core.Person
		if strings.HasSuffix(name, "Funds") || strings.HasSuffix(name, "Group") {
			typ = core.Organisation
		}
		ms = append(ms, quotes.Mention{Name: name, Type: typ, Start: at + best, End: at + best + len(name)})
		at += best + len(name)
	}
	if !mentionsOrdered(ms) {
		t.Fatal("fixture mentions not ordered")
	}
	hits := 0
	for i := 0; i < len(text); i += 1 + rng.Intn(40) {
		end := min(len(text), i+5+rng.Intn(60))
		for _, sp := range []string{"Acme Funds", "Orvane Group", "the strategist for Acme Funds"} {
			q := quotes.Quote{Quote: core.Quote{Speaker: sp, Start: i, End: end}, SpeakerStart: max(0, i-len(sp)-8), SpeakerEnd: max(0, i-8)}
			if q.SpeakerStart >= q.SpeakerEnd {
				continue
			}
			slow, fast := appositionPerson(text, q, ms, false), appositionPerson(text, q, ms, true)
			if slow != fast {
				t.Fatalf("appositionPerson at %d: scan %q, search %q", i, slow, fast)
			}
			slow, fast = nameAfterSource(text, q, ms), nameAfterSource(text, q, mentionsFrom(ms, q.SpeakerEnd, true))
			if slow != fast {
				t.Fatalf("nameAfterSource at %d: scan %q, search %q", i, slow, fast)
			}
			if slow != "" {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Fatal("fixture never names a person: the comparison tests nothing")
	}
	if mentionsOrdered([]quotes.Mention{{Start: 5, End: 9}, {Start: 6, End: 8}}) {
		t.Error("nested mentions read as ordered")
	}
}

// TestQuoteDebrisDropped: quote marks around no letter or digit (” or
// "...") are debris of the page, not a quote; the real quote stays.
func TestQuoteDebrisDropped(t *testing.T) {
	text := "Lena Okafor spoke at the harbour.\n\n\"''\"\n\n\"...\" she said.\n\n\"We are ready,\" Okafor said."
	a := &core.Article{Text: text}
	if err := New(Options{}).Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	ready := false
	for _, q := range a.Quotes {
		if !hasLetterOrDigit(q.Text) {
			t.Errorf("debris kept as a quote: %q", q.Text)
		}
		ready = ready || strings.Contains(q.Text, "We are ready")
	}
	if !ready {
		t.Errorf("the real quote was lost: %+v", a.Quotes)
	}
}

package claims

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// statementOf extracts the one statement claim of a fictional article in
// which speaker says quote.
func statementOf(t *testing.T, e *Extractor, speaker, quote string) Claim {
	t.Helper()
	text := "“" + quote + "” " + speaker + " said on Monday."
	cs := e.Extract("", text, []core.Quote{{Text: "“" + quote + "”", Speaker: speaker, Direct: true, Sentence: text}})
	for _, c := range cs {
		if c.Statement {
			return c
		}
	}
	t.Fatalf("no statement claim in %q", text)
	return Claim{}
}

// TestJoin: a statement restated in a later article joins the earlier
// one's group; one that only shares a few words, or the same words in
// another order, does not. The speakers and their words are fictional.
func TestJoin(t *testing.T) {
	e := NewExtractor(Options{})
	first := "We are going to close the northern ferry terminal and move every crossing to Brannholm harbour"
	for _, tc := range []struct {
		name, speaker, later string
		join                 bool
	}{
		{"quoted shorter", "Anna Lorvik", "We are going to close the northern ferry terminal", true},
		{"quoted longer", "Anna Lorvik", first + ", which will cut the waiting times of freight drivers in half", true},
		{"other words, same gist", "Anna Lorvik", "The northern ferry terminal will close, and crossings move to Brannholm harbour, the transport directorate announced", true},
		{"another holder", "Piet Osk", "We are going to close the northern ferry terminal", false},
		{"a few words shared", "Anna Lorvik", "The ferry workers of Brannholm deserve a raise before the summer season begins in earnest", false},
		{"three common words in a long statement", "Anna Lorvik", "Brannholm harbour needs new cranes, deeper berths, wider roads and a rail link before the northern crossing season", false},
	} {
		t.Run(tc.name, func(t *testing.T) { testJoin(t, e, first, tc.speaker, tc.later, tc.join) })
	}
	// the words in another order: the farmers hurt, not the sanctions
	testJoin(t, e, "Ostmark sanctions hurt Veldmark farmers badly", "Anna Lorvik", "Farmers in Veldmark hurt Ostmark with sanctions, agricultural spokespeople claim", false)
}

func testJoin(t *testing.T, e *Extractor, first, speaker, later string, join bool) {
	t.Helper()
	ctx := context.Background()
	var m MemMemory
	a := statementOf(t, e, "Anna Lorvik", first)
	b := statementOf(t, e, speaker, later)
	if a.Key == b.Key {
		t.Fatalf("the statements share key %q before any join: not a test of Join", a.Key)
	}
	if _, err := Join(ctx, &m, "1", []Claim{a}); err != nil {
		t.Fatal(err)
	}
	got, err := Join(ctx, &m, "2", []Claim{b})
	if err != nil {
		t.Fatal(err)
	}
	if joined := got[0].Key == a.Key; joined != join {
		t.Errorf("Join(%q after %q): key %q (own %q), joined %v, want %v", later, first, got[0].Key, got[0].OwnKey(), joined, join)
	}
	if join && got[0].Own != b.Key {
		t.Errorf("joined statement keeps own key %q, want %q", got[0].Own, b.Key)
	}
}

// TestJoinFollowsTheGroup: a statement whose own key an earlier statement
// had goes to the group that one joined, a restatement of another claim of
// the same article is dropped, and re-keeping an article replaces what it
// kept.
func TestJoinFollowsTheGroup(t *testing.T) {
	ctx := context.Background()
	e := NewExtractor(Options{})
	long := "We are going to close the northern ferry terminal and move every crossing to Brannholm harbour"
	short := "We are going to close the northern ferry terminal"
	var m MemMemory
	a := statementOf(t, e, "Anna Lorvik", long)
	b := statementOf(t, e, "Anna Lorvik", short)
	if _, err := Join(ctx, &m, "1", []Claim{a}); err != nil {
		t.Fatal(err)
	}
	got, _ := Join(ctx, &m, "2", []Claim{b})
	if got[0].Key != a.Key {
		t.Fatalf("short after long: key %q, want %q", got[0].Key, a.Key)
	}
	// a third article quoting the short form has b's own key: it goes
	// where b went
	got, _ = Join(ctx, &m, "3", []Claim{statementOf(t, e, "Anna Lorvik", short)})
	if got[0].Key != a.Key {
		t.Errorf("own key of a joined statement: key %q, want the group's %q", got[0].Key, a.Key)
	}
	// one article saying both: one claim
	got, _ = Join(ctx, &m, "4", []Claim{statementOf(t, e, "Anna Lorvik", long), statementOf(t, e, "Anna Lorvik", short)})
	if len(got) != 1 || got[0].Key != a.Key {
		t.Errorf("both forms in one article: %d claims (%+v), want one of key %q", len(got), got, a.Key)
	}
	// article 1 kept again without its statement: later articles no
	// longer find it
	if err := m.Keep(ctx, "1", nil); err != nil {
		t.Fatal(err)
	}
	said, _ := m.Said(ctx, "lorvik", "2", 10)
	if len(said) != 0 {
		t.Errorf("before article 2 after article 1 forgot its statement: %d statements, want 0", len(said))
	}
	said, _ = m.Said(ctx, "lorvik", "9", 10)
	if len(said) != 4 || len(said[0].Gist) != len(b.Gist) || len(said[1].Gist) != len(a.Gist) || len(said[3].Gist) != len(b.Gist) {
		t.Errorf("before a new article: %+v, want the statements of articles 2, 3 and 4 (both), the most recent first", said)
	}
	// a nil memory joins nothing
	c := statementOf(t, e, "Anna Lorvik", short)
	if got, err := Join(ctx, nil, "5", []Claim{c}); err != nil || got[0].Key != c.Key {
		t.Errorf("Join with no memory: %+v, %v", got, err)
	}
}

func TestInOrder(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"a b c", "a b c", 3},
		{"a b c", "c b a", 1},
		{"x a y b z c", "a b c", 3},
		{"bring polit revolut", "polit revolut bring togeth", 2},
		{"", "a", 0},
	} {
		if got := inOrder(strings.Fields(tc.a), strings.Fields(tc.b)); got != tc.want {
			t.Errorf("inOrder(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

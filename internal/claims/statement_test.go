package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// statementKeys returns the keys of the statement claims Extract makes of
// the quotes (fictional speakers and words).
func statementKeys(qs ...core.Quote) []string {
	var out []string
	for _, c := range NewExtractor(Options{}).Extract("", "", qs) {
		if c.Statement {
			out = append(out, c.Key)
		}
	}
	return out
}

func TestStatementClaims(t *testing.T) {
	direct := func(speaker, text string) core.Quote {
		return core.Quote{Text: text, Speaker: speaker, Direct: true, Sentence: text + " " + speaker + " said."}
	}
	reported := func(speaker, text string) core.Quote {
		return core.Quote{Text: text, Speaker: speaker, Sentence: speaker + " said " + text + "."}
	}
	const bridge = "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”"
	tests := []struct {
		name string
		q    core.Quote
		want string // "" for no statement claim
	}{
		{"direct", direct("Mara Quill", bridge), "quill|says|"},
		{"surname alone is the same holder", direct("Quill", bridge), "quill|says|"},
		{"reported with that", reported("Mara Quill", "that the harbour bridge will reopen to freight traffic before the winter storms"), "quill|says|"},
		{"reported without that: no clause", reported("Mara Quill", "the harbour bridge and its freight traffic"), ""},
		{"unresolved speaker", direct("", bridge), ""},
		{"common noun speaker", direct("police", bridge), ""},
		{"unnamed group", direct("Officials", bridge), ""},
		{"lone head noun", direct("Commerce", bridge), ""},
		{"question", direct("Mara Quill", "“Will the harbour bridge reopen to freight traffic before the winter storms?”"), ""},
		{"short phrase", direct("Mara Quill", "“freight traffic chaos”"), ""},
		{"scare quote", core.Quote{Text: "“a disgrace to the harbour and its freight traffic”", Speaker: "Mara Quill", Direct: true, Fragment: true}, ""},
		{"a title", direct("Mara Quill", "“Outstanding Achievement in Harbour Freight Logistics Management”"), ""},
		{"an organisation keeps its name", direct("Kestrel Harbour Authority", bridge), "kestrel harbour authority|says|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantKey(t, statementKeys(tt.q), tt.want) })
	}
}

// wantKey fails t unless keys is empty (want "") or one key starting with
// want.
func wantKey(t *testing.T, keys []string, want string) {
	t.Helper()
	if want == "" {
		if len(keys) != 0 {
			t.Fatalf("keys %v, want none", keys)
		}
		return
	}
	if len(keys) != 1 || !strings.HasPrefix(keys[0], want) {
		t.Fatalf("keys %v, want one starting %q", keys, want)
	}
}

func TestStatementKeyShared(t *testing.T) {
	// Two outlets report one statement: one quotes more of it, one puts
	// the words in another order. They share a key; another statement of
	// the same speaker does not.
	a := statementKeys(core.Quote{Text: "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel, and the ferries will keep sailing,”", Speaker: "Mara Quill", Direct: true})
	b := statementKeys(core.Quote{Text: "that before the winter storms reach Kestrel the harbour bridge will reopen to freight traffic and ferries keep sailing", Speaker: "Quill"})
	c := statementKeys(core.Quote{Text: "“The ferry company owes its workers three months of wages and must pay them now,”", Speaker: "Mara Quill", Direct: true})
	if len(a) != 1 || len(b) != 1 || len(c) != 1 {
		t.Fatalf("keys %v %v %v, want one each", a, b, c)
	}
	if a[0] != b[0] {
		t.Errorf("one statement, two keys: %q, %q", a[0], b[0])
	}
	if a[0] == c[0] {
		t.Errorf("two statements, one key %q", a[0])
	}
}

func TestStatementPastClosingMark(t *testing.T) {
	// The quotes layer ran one outlet's span past its closing mark into
	// the writer's words; the other outlet writes "third-quarter". One
	// key. A span that says too little without the words past its mark
	// keeps them.
	a := statementKeys(core.Quote{Text: "“Our third quarter freight results reflected broad-based growth across the harbour business,\" chairman", Speaker: "Mara Quill", Direct: true})
	b := statementKeys(core.Quote{Text: "“Our third-quarter freight results reflected broad-based growth across the harbour business,”", Speaker: "Quill", Direct: true})
	if len(a) != 1 || len(b) != 1 || a[0] != b[0] {
		t.Errorf("one statement: keys %v and %v, want one shared", a, b)
	}
	c := statementKeys(core.Quote{Text: "\"We do not want those people\" working in harbour freight sheds", Speaker: "Mara Quill", Direct: true})
	if len(c) != 1 {
		t.Errorf("a short span and the writer's words: keys %v, want one", c)
	}
}

func TestStatementStanceWins(t *testing.T) {
	// A quote the stance families read keeps their claim only.
	q := core.Quote{Text: "“We are ready for talks with Ostmark about the harbour bridge and its freight,”", Speaker: "Jon Tarel", Direct: true}
	cs := NewExtractor(Options{}).Extract("", "", []core.Quote{q})
	if len(cs) != 1 || cs[0].Statement || cs[0].Key != "tarel|ready|negotiations" {
		t.Fatalf("claims %+v, want tarel|ready|negotiations only", cs)
	}
	// One occurrence per key and article.
	d := core.Quote{Text: bridgeText, Speaker: "Mara Quill", Direct: true}
	if got := statementKeys(d, d); len(got) != 1 {
		t.Fatalf("the same quote twice: keys %v, want one", got)
	}
}

const bridgeText = "“The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”"

func TestStatementDisplay(t *testing.T) {
	cs := NewExtractor(Options{}).Extract("", "", []core.Quote{{Text: bridgeText, Speaker: "Mara Quill", Direct: true}})
	if len(cs) != 1 || cs[0].Text != "Quill — says “The harbour bridge will reopen to freight traffic before the winter storms reach Kestrel,”" {
		t.Fatalf("claims %+v", cs)
	}
	long := "that the harbour bridge will reopen to freight traffic before the winter storms reach Kestrel and the northern coast this year"
	cs = NewExtractor(Options{}).Extract("", "", []core.Quote{{Text: long, Speaker: "Mara Quill"}})
	if len(cs) != 1 || cs[0].Text != "Quill — says that the harbour bridge will reopen to freight traffic before the winter storms reach Kestrel …" {
		t.Fatalf("claims %+v", cs)
	}
}

func TestBookRecurring(t *testing.T) {
	var b Book
	st := Claim{Key: "quill|says|bridg+freight+reopen+traffic", Holder: "quill", Statement: true, Text: "Quill — says …"}
	stance := Claim{Key: "tarel|ready|negotiations", Holder: "tarel"}
	b.Add("a1", time.Time{}, []Claim{st, stance})
	for _, g := range b.Groups("") {
		if g.Recurring() != !g.Statement {
			t.Errorf("%s after one article: recurring %v", g.Key, g.Recurring())
		}
	}
	b.Add("a2", time.Time{}, []Claim{st})
	for _, g := range b.Groups("quill") {
		if !g.Recurring() || g.Articles() != 2 {
			t.Errorf("%s after two articles: recurring %v, articles %d", g.Key, g.Recurring(), g.Articles())
		}
	}
}

// FuzzStatement feeds quotes to the statement reader: no panic, and a
// statement claim keyed by its holder with a "says" stance.
func FuzzStatement(f *testing.F) {
	f.Add(bridgeText, "Mara Quill", true, false)
	f.Add("that the ferries will keep sailing through the winter storms", "Kestrel Harbour Authority", false, false)
	f.Add("“Will the ferries sail?”", "Quill", true, false)
	f.Add("“on the latest developments”", "Petra Agency", true, false)
	f.Add("\"a disgrace\"", "police", true, true)
	f.Add("“” “ ” that", "The", false, false)
	f.Fuzz(func(t *testing.T, text, speaker string, direct, fragment bool) {
		q := core.Quote{Text: text, Speaker: speaker, Direct: direct, Fragment: fragment, Sentence: text}
		for _, c := range NewExtractor(Options{}).Extract("", "", []core.Quote{q}) {
			if !c.Statement {
				continue
			}
			if c.Holder == "" || !strings.HasPrefix(c.Key, c.Holder+"|says|") || c.Text == "" {
				t.Fatalf("claim %+v", c)
			}
		}
	})
}

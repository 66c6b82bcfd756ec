package quotes

import (
	"sort"
	"strings"
	"testing"
)

// TestAgeDescription: "the 29-year-old" (also spaced, or with a noun
// after it) names the latest person before it outside quotations; a
// gendered noun skips the other gender; no age, no person.
func TestAgeDescription(t *testing.T) {
	tests := []struct {
		name, text, at, want string
		ok                   bool
	}{
		{"plain", "Mira Holt won the title in Velsk. She said the 29-year-old felt fine.", "the 29-year-old", "Mira Holt", true},
		{"spaced hyphens", "Tomas Brell was held on Friday. Police said the 61 - year - old man was calm.", "the 61 - year - old", "Tomas Brell", true},
		{"gendered noun", "Tomas Brell met Mira Holt. Police said the 40-year-old woman was calm.", "the 40-year-old", "Mira Holt", true},
		{"no age", "Tomas Brell met Mira Holt. Police said the old man was calm.", "the old", "", false},
		{"no person before", "The port shut. Police said the 40-year-old was calm.", "the 40-year-old", "", false},
		{"a name after the age", "Lina Marenko beat Odile Dufresne. “I served well,” said the 24-year-old Marenko after beating Dufresne.", "the 24-year-old", "Lina Marenko", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			p := strings.Index(tt.text, tt.at)
			k := -1
			for i, tok := range d.toks {
				if tok.Start == p {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("no token at %q", tt.at)
			}
			at, ok := d.ageDescription(d.toks, k)
			if ok != tt.ok || at.speaker != tt.want {
				t.Errorf("ageDescription(%q) = %q, %v; want %q, %v", tt.at, at.speaker, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestSaidTheAge: a quotation credited to "the 29-year-old" and the one
// after it go to the person described.
func TestSaidTheAge(t *testing.T) {
	text := "Golf - Masters champion Mira Holt has become the fourth Velskian to win the medal. \"I actually have goosebumps just thinking about this,\" said the 29-year-old on the eve of the Velsk Open. \"I started my career on the tour.\""
	qs := Find(text, Options{})
	expectSpeaker(t, qs, "goosebumps", "Mira Holt")
	expectSpeaker(t, qs, "started my career", "Mira Holt")
}

// TestSaidTheAgeName: "the 24-year-old Marenko" is Marenko, and so is the
// quotation after it, not the player she beat, named after the age
// (speakers4, twenty-first session).
func TestSaidTheAgeName(t *testing.T) {
	text := "Lina Marenko beat Odile Dufresne 6-2 6-1 on Tuesday to reach the third round.\n\n\"I have been working on my serve all summer,\" said the 24-year-old Marenko after beating Dufresne in just under an hour. \"What I want is to go to the net more often.\""
	qs := Find(text, Options{})
	expectSpeaker(t, qs, "working on my serve", "Lina Marenko")
	expectSpeaker(t, qs, "go to the net", "Lina Marenko")
}

// TestDescribedEntityIndefinite: a definite description finds the person
// given that role before it; an indefinite one ("a pastor") brings in
// someone new and finds no one.
func TestDescribedEntityIndefinite(t *testing.T) {
	text := "Pastor Ana Lind opened the hall in Velsk. Later a pastor said the roof would hold."
	d := newDoc(text, ResolverFunc(func(string) []Mention {
		i := strings.Index(text, "Ana Lind")
		return []Mention{{Name: "Ana Lind", Type: "PER", Start: i, End: i + len("Ana Lind"), Roles: []string{"pastor"}}}
	}))
	p := strings.Index(text, "a pastor")
	if got := d.describedEntity("the pastor", p); got != "Ana Lind" {
		t.Errorf("describedEntity(the pastor) = %q, want Ana Lind", got)
	}
	for _, phrase := range []string{"a pastor", "an elder pastor", "another pastor"} {
		if got := d.describedEntity(phrase, p); got != "" {
			t.Errorf("describedEntity(%q) = %q, want none: someone new", phrase, got)
		}
	}
}

// TestDescribedCompany: a kind noun ("the company", "the agency") whose
// word no organisation's name holds stands for the organisation named
// most often in its sentence and the three before it; a news organisation
// only when the description says "news"; none named nearby, no one.
func TestDescribedCompany(t *testing.T) {
	orgs := func(text string, names ...string) ResolverFunc {
		return ResolverFunc(func(string) []Mention {
			var ms []Mention
			for _, n := range names {
				for from := 0; ; {
					i := strings.Index(text[from:], n)
					if i < 0 {
						break
					}
					ms = append(ms, Mention{Name: n, Type: "ORG", Start: from + i, End: from + i + len(n)})
					from += i + len(n)
				}
			}
			sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
			return ms
		})
	}
	tests := []struct {
		name, text, phrase, want string
	}{
		{"company", "Velkor said output doubled. Velkor filed the report with the Tarn exchange board. The company said costs rose.", "the company", "Velkor"},
		{"most named wins over latest", "Velkor said output doubled. Velkor sells pumps to Ostra Mills. The firm said costs rose.", "the firm", "Velkor"},
		{"agency", "The plan of the Orbis Space Office was cut. It said the agency would appeal.", "the agency", "Orbis Space Office"},
		{"not the news agency", "Tarn Daily News reported the sale. The company said nothing.", "the company", ""},
		{"news organization", "Tarn Daily News reported the sale. The news organization said prices fell.", "the news organization", "Tarn Daily News"},
		{"too far back", "Velkor said output doubled. Rain fell. Rain fell again. Rain fell once more. Then rain stopped. The company said costs rose.", "the company", ""},
		{"indefinite", "Velkor said output doubled. A company said costs rose.", "a company", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, n := range []string{"Velkor", "Ostra Mills", "Orbis Space Office", "Tarn Daily News"} {
				if strings.Contains(tt.text, n) {
					names = append(names, n)
				}
			}
			d := newDoc(tt.text, orgs(tt.text, names...))
			p := strings.Index(lower(tt.text), lower(tt.phrase))
			if got := d.describedEntity(tt.phrase, p); got != tt.want {
				t.Errorf("describedEntity(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

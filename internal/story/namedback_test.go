package story

import (
	"testing"
	"time"
)

func TestNamedBackJoin(t *testing.T) {
	// Three reports on the bridge's reopening, fourteen months after its
	// closure and naming the day, arrive first; a report of the closure
	// itself comes after them (a feed replaying its archive). The
	// story remembers the far day its articles named, and the report of
	// the closure, dated that day, joins it despite the gap. Another day
	// named, no day named, the rule off, or a story of one report: apart.
	later := func(i int, text string) Doc {
		d := publishedAt(bridgeA[i], "2024-05-06T00:00:00Z")
		d.ID += "-later"
		d.Text += text
		return d
	}
	three := func(text string) []Doc {
		return []Doc{later(0, text), later(1, text), later(2, text)}
	}
	d1 := publishedAt(bridgeA[1], "2023-03-01T00:00:00Z")
	d1.ID += "-closure"
	const day = " The bridge had been shut since March 1, 2023."
	for _, tc := range []struct {
		name string
		opts Options
		docs []Doc
		want bool
	}{
		{"names the day", Options{}, append(three(day), d1), true},
		{"names another day", Options{}, append(three(" The bridge had been shut since March 20, 2023."), d1), false},
		{"names no day", Options{}, append(three(""), d1), false},
		{"off", Options{NamedDay: -1}, append(three(day), d1), false},
		{"a story of one", Options{}, []Doc{later(1, day), d1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := run(t, New(nil, tc.opts), tc.docs)
			last := as[len(as)-1]
			if got := last.Story == as[0].Story; got != tc.want {
				t.Errorf("joined: %v, want %v (%s)", got, tc.want, last.Reason)
			}
		})
	}
}

func TestNamedBackFit(t *testing.T) {
	// Two stories fourteen months apart: the later one's articles named
	// a day of the earlier one's span. Past MaxGap they fit at NamedDay
	// when the larger holds two articles; two one-article stories, or a
	// day outside the span, or the rule off, do not fit.
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	mk := func(id StoryID, size int, first, last string) *Story {
		return &Story{ID: id, Size: size, First: day(first), Last: day(last), Active: true}
	}
	for _, tc := range []struct {
		name    string
		opts    Options
		named   string
		sizeA   int
		wantFit bool
	}{
		{"names a day of the span", Options{}, "2023-03-02", 2, true},
		{"two one-article stories", Options{}, "2023-03-02", 1, false},
		{"names another day", Options{}, "2023-04-20", 2, false},
		{"off", Options{NamedDay: -1}, "2023-03-02", 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(nil, tc.opts)
			a := mk(1, tc.sizeA, "2023-03-01", "2023-03-02")
			b := mk(2, 1, "2024-05-06", "2024-05-06")
			c.namedBack = map[StoryID][]dayRange{2: {{day(tc.named), day(tc.named)}}}
			f, ok := c.timeFit(a, b)
			if ok != tc.wantFit {
				t.Fatalf("timeFit = %v, %v; want fit %v", f, ok, tc.wantFit)
			}
			if ok && f != c.opts.NamedDay {
				t.Errorf("factor %v, want %v", f, c.opts.NamedDay)
			}
			if g, ok2 := c.timeFit(b, a); g != f || ok2 != ok {
				t.Errorf("not symmetric: %v, %v against %v, %v", g, ok2, f, ok)
			}
		})
	}
}

func TestNamedBackKept(t *testing.T) {
	// The far days a follow-up names are kept for its story (the near
	// ones are in its span already), at most namedBackKeep, moved on a
	// merge and dropped when the story retires.
	c := New(nil, Options{})
	pub, _ := time.Parse(time.RFC3339, "2024-05-06T00:00:00Z")
	d := Doc{ID: "report", Published: pub, Text: "The bridge shut on March 1, 2023 and reopened on May 2, 2024."}
	s := &Story{ID: 7, Active: true}
	c.noteNamedBack(nil, d, s)
	if got := c.namedBack[7]; len(got) != 1 || got[0].from.Format("2006-01-02") != "2023-03-01" {
		t.Fatalf("kept %v, want the one far day 2023-03-01", got)
	}
	for i := 1; i <= 12; i++ {
		d.Text = "It shut on March " + string(rune('0'+i%10)) + ", 2020 and on June " + string(rune('0'+i/10)) + string(rune('0'+i%10)) + ", 2019."
		c.noteNamedBack(nil, d, s)
	}
	if n := len(c.namedBack[7]); n != namedBackKeep {
		t.Errorf("kept %d days, want the cap %d", n, namedBackKeep)
	}
	surv := &Story{ID: 3, Active: true}
	c.namedBackMerge(surv, s)
	if len(c.namedBack[7]) != 0 || len(c.namedBack[3]) != namedBackKeep {
		t.Errorf("merge: gone keeps %d, survivor %d", len(c.namedBack[7]), len(c.namedBack[3]))
	}
	c.retire(surv)
	if _, ok := c.namedBack[3]; ok {
		t.Error("a retired story keeps its far days")
	}
}

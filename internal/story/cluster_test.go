package story

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Fictional events written for these tests.
var (
	bridgeA = []Doc{
		{ID: "b1", Title: "Storm closes Karvik bridge", Text: "The Karvik bridge over the Tolm river was closed on Monday after a storm damaged two cables, the roads agency said. Engineer Mira Odell said inspections of the cables would take a week. Commuters were told to use the ferry at Lunde."},
		{ID: "b2", Title: "Karvik bridge shut after storm damage to cables", Text: "Storm winds damaged two cables of the Karvik bridge, which spans the Tolm river, and the roads agency closed it. Mira Odell, the agency engineer, expects a week of inspections. The Lunde ferry will carry extra commuters."},
		{ID: "b3", Title: "Ferry at Lunde busy as Karvik bridge stays closed", Text: "Queues formed at the Lunde ferry as the Karvik bridge stayed closed after the storm broke two cables. The roads agency said engineer Mira Odell's inspection of the Tolm river crossing continues."},
	}
	festival = []Doc{
		{ID: "f1", Title: "Harvest festival opens in Orsa valley", Text: "Thousands of visitors came to the Orsa valley harvest festival, where bakers from twelve villages compete for the golden loaf prize. Organiser Pell Varga said the parade of tractors drew a record crowd."},
		{ID: "f2", Title: "Golden loaf prize goes to Tessin bakers at Orsa festival", Text: "Bakers from Tessin won the golden loaf prize at the Orsa valley harvest festival, organiser Pell Varga announced, ahead of eleven other villages. The tractor parade closed the festival."},
	}
)

func run(t *testing.T, c *Clusterer, docs []Doc) []Assignment {
	t.Helper()
	var out []Assignment
	for _, d := range docs {
		a, err := c.Add(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		out = append(out, a)
	}
	return out
}

func TestStories(t *testing.T) {
	docs := []Doc{bridgeA[0], festival[0], bridgeA[1], festival[1], bridgeA[2]}
	c := New(nil, Options{})
	as := run(t, c, docs)
	story := map[string]StoryID{}
	for _, a := range as {
		s, err := c.Resolve(context.Background(), a.Story)
		if err != nil {
			t.Fatal(err)
		}
		story[a.Doc] = s
		if a.Reason == "" {
			t.Errorf("%s: no reason", a.Doc)
		}
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{{"b1", "b2", true}, {"b1", "b3", true}, {"f1", "f2", true}, {"b1", "f1", false}, {"b3", "f2", false}} {
		if got := story[tt.a] == story[tt.b]; got != tt.same {
			t.Errorf("%s and %s in one story = %v, want %v (%v)", tt.a, tt.b, got, tt.same, story)
		}
	}
}

func TestDeterministic(t *testing.T) {
	docs := append(append([]Doc(nil), bridgeA...), festival...)
	var prev string
	for i := 0; i < 3; i++ {
		as := run(t, New(nil, Options{}), docs)
		got := fmt.Sprint(as)
		if i > 0 && got != prev {
			t.Fatalf("run %d differs:\n%s\n%s", i, got, prev)
		}
		prev = got
	}
}

func TestTimeSeparates(t *testing.T) {
	// The same cast a year apart: two stories.
	d1 := publishedAt(bridgeA[0], "2023-03-01T00:00:00Z")
	d2 := publishedAt(bridgeA[1], "2024-03-01T00:00:00Z")
	d3 := publishedAt(bridgeA[2], "2024-03-02T00:00:00Z")
	as := run(t, New(nil, Options{}), []Doc{d1, d2, d3})
	if as[0].Story == as[1].Story {
		t.Errorf("a year apart, same story: %+v", as[1])
	}
	if !strings.Contains(as[1].Reason, "1 similar story too far apart in time") {
		t.Errorf("reason %q does not name time (one story, in the singular)", as[1].Reason)
	}
	if as[1].Story != as[2].Story {
		t.Errorf("a day apart, different stories: %+v", as[2])
	}
	if as[0].Line != as[2].Line {
		t.Errorf("same cast a year apart: storylines %d and %d, want one", as[0].Line, as[2].Line)
	}
}

func TestBadInput(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := New(nil, Options{Now: now})
	long := strings.Repeat("bridge ", 100000)
	tests := []struct {
		name   string
		doc    Doc
		reason string
	}{
		{"no text", Doc{ID: "e1"}, "no usable text"},
		{"whitespace", Doc{ID: "e2", Title: "  ", Text: "\n\n"}, "no usable text"},
		{"1970 date", Doc{ID: "d1", Title: bridgeA[0].Title, Text: bridgeA[0].Text, Published: time.Unix(0, 0)}, "before 1980 ignored"},
		{"future date", Doc{ID: "d2", Title: bridgeA[1].Title, Text: bridgeA[1].Text, Published: now.AddDate(3, 0, 0)}, "future date"},
		{"word repeated 100,000 times", Doc{ID: "w", Text: long}, ""},
		{"no date", Doc{ID: "n", Title: bridgeA[2].Title, Text: bridgeA[2].Text}, ""},
	}
	for _, tt := range tests {
		a, err := c.Add(context.Background(), tt.doc)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Story == 0 || a.Reason == "" {
			t.Errorf("%s: %+v, want a story and a reason", tt.name, a)
		}
		if !strings.Contains(a.Reason, tt.reason) {
			t.Errorf("%s: reason %q, want it to contain %q", tt.name, a.Reason, tt.reason)
		}
	}
	// The 1970 and future dates were dropped, so the bridge articles still
	// form one story.
	s1, _ := c.Resolve(context.Background(), 3)
	a, _ := c.Add(context.Background(), Doc{ID: "again", Title: bridgeA[0].Title, Text: bridgeA[0].Text})
	if a.New {
		t.Errorf("bridge article after bad dates started a new story: %s (story %d)", a.Reason, s1)
	}
}

func TestThousandsIdentical(t *testing.T) {
	c := New(nil, Options{})
	first := StoryID(0)
	for i := 0; i < 2000; i++ {
		d := festival[0]
		d.ID = fmt.Sprint("copy", i)
		a, err := c.Add(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = a.Story
		} else if a.Story != first {
			t.Fatalf("copy %d in story %d, want %d: %s", i, a.Story, first, a.Reason)
		}
	}
}

func TestAgingKeepsStories(t *testing.T) {
	c := New(nil, Options{IdleDocs: 5, MaxActive: 3})
	ctx := context.Background()
	var ids []StoryID
	for i := 0; i < 2100; i++ {
		a, err := c.Add(ctx, Doc{ID: fmt.Sprint(i), Title: fmt.Sprintf("Event %d", i), Text: fmt.Sprintf("Unique%dword happened at place%dx with person%dy.", i, i, i)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.Story)
	}
	ms := c.st.(*memState)
	if len(ms.active) > 3+1024 {
		t.Errorf("%d active stories, want the active set bounded", len(ms.active))
	}
	for _, id := range ids[:10] {
		s, ok, _ := c.st.Story(ctx, id)
		if !ok || s.Active {
			t.Errorf("story %d: ok=%v, want kept and retired", id, ok)
		}
	}
}

func TestTopK(t *testing.T) {
	v := []Feature{{1, 0.5}, {2, 0.9}, {3, 0.1}, {4, 0.9}, {5, 0.3}}
	got := topK(append([]Feature(nil), v...), 3)
	want := []Feature{{1, 0.5}, {2, 0.9}, {4, 0.9}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("topK = %v, want %v", got, want)
	}
	if c := cosine(v, v); c < 0.999 {
		t.Errorf("cosine(v, v) = %v", c)
	}
}

func BenchmarkAdd(b *testing.B) {
	c := New(nil, Options{})
	ctx := context.Background()
	docs := append(append([]Doc(nil), bridgeA...), festival...)
	for i := 0; b.Loop(); i++ {
		d := docs[i%len(docs)]
		d.ID = fmt.Sprint(i)
		if _, err := c.Add(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

func TestGapOverride(t *testing.T) {
	// A follow-up page 40 days after its event, near word for word: it
	// fits the story twice as well as the bar asks, so it joins despite
	// the gap (Options.GapOverride); off, time keeps it apart. A report
	// of the same cast a year later stays apart either way, though it
	// fits as well (GapOverrideMax).
	d1 := publishedAt(bridgeA[0], "2023-03-01T00:00:00Z")
	d2 := publishedAt(bridgeA[1], "2023-03-01T12:00:00Z")
	d3 := publishedAt(bridgeA[0], "2023-04-10T00:00:00Z")
	d3.ID += "-later"
	d4 := publishedAt(bridgeA[2], "2024-03-02T00:00:00Z")
	for _, tc := range []struct {
		name string
		opts Options
		want bool
	}{
		{"default", Options{}, true},
		{"off", Options{GapOverride: -1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := run(t, New(nil, tc.opts), []Doc{d1, d2, d3, d4})
			if as[0].Story != as[1].Story {
				t.Fatalf("one day apart, different stories: %+v", as[1])
			}
			if got := as[2].Story == as[0].Story; got != tc.want {
				t.Errorf("follow-up 40 days later joined: %v, want %v (%s)", got, tc.want, as[2].Reason)
			}
			if as[3].Story == as[0].Story {
				t.Errorf("a year later, same story: %s", as[3].Reason)
			}
		})
	}
}

func TestDatelineContradictsDate(t *testing.T) {
	// A report of the bridge's closure whose page carries another day
	// than its dateline (an archive url dated a year on): the time given
	// is not the article's, so time does not keep it from its story. The
	// same report dated a year on by its dateline too stays apart, and so
	// does one whose dateline is an update after its publication.
	d1 := publishedAt(bridgeA[0], "2023-03-01T00:00:00Z")
	d2 := publishedAt(bridgeA[1], "2023-03-01T12:00:00Z")
	for _, tc := range []struct {
		name, dateline string
		want           bool
	}{
		{"dateline contradicts", "Published: March 2, 2023", true},
		{"dateline agrees", "Published: March 5, 2024", false},
		{"a later update", "Updated: May 20, 2024", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d3 := publishedAt(bridgeA[2], "2024-03-04T00:00:00Z")
			d3.Text = tc.dateline + "\n" + d3.Text
			as := run(t, New(nil, Options{}), []Doc{d1, d2, d3})
			if as[0].Story != as[1].Story {
				t.Fatalf("one day apart, different stories: %+v", as[1])
			}
			if got := as[2].Story == as[0].Story; got != tc.want {
				t.Errorf("joined: %v, want %v (%s)", got, tc.want, as[2].Reason)
			}
			if ignored := strings.Contains(as[2].Reason, "ignored: the dateline says"); ignored != tc.want {
				t.Errorf("reason %q: date ignored %v, want %v", as[2].Reason, ignored, tc.want)
			}
		})
	}
}

// publishedAt is d published at the RFC 3339 time when.
func publishedAt(d Doc, when string) Doc {
	d.Published, _ = time.Parse(time.RFC3339, when)
	return d
}

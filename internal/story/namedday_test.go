package story

import (
	"testing"
	"time"
)

func TestNamedDays(t *testing.T) {
	pub := time.Date(2031, 5, 20, 0, 0, 0, 0, time.UTC)
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		text   string
		months bool
		want   []time.Time // from of each range
	}{
		{"The crane fell on March 4, 2029, the court heard.", false, []time.Time{day(2029, 3, 4)}},
		{"The crane fell on 4 March 2029.", false, []time.Time{day(2029, 3, 4)}},
		// No year: the latest such day not after publication.
		{"The jury recommended on April 3 that he serve ten years.", false, []time.Time{day(2031, 4, 3)}},
		{"Work began on Dec. 16 and stopped.", false, []time.Time{day(2030, 12, 16)}},
		// A month alone counts only when asked for; "May" never alone.
		{"The fire in September was the third.", false, nil},
		{"The fire in September was the third.", true, []time.Time{day(2030, 9, 1)}},
		{"Officials said they may reopen it. May the best win.", true, nil},
		{"The vote of June 2025 stands.", true, []time.Time{day(2025, 6, 1)}},
		// A day and its month on two lines are no date.
		{"It closed in March\n4 people were hurt.", false, nil},
		{"February 31 is no day.", false, nil},
	} {
		got := namedDays(tc.text, pub, tc.months)
		if len(got) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if !got[i].from.Equal(tc.want[i]) {
				t.Errorf("%q: %v, want %v", tc.text, got[i].from, tc.want[i])
			}
		}
	}
}

func TestNamedDayJoin(t *testing.T) {
	// The bridge closed in March 2023 (three reports); a report of the
	// engineer's findings fourteen months on, near word for word, names
	// the day of the closure: a follow-up telling of the event, it joins
	// despite the gap (Options.NamedDay). Without the day, or with the
	// rule off, or against a story of two reports, time keeps it apart.
	d1 := publishedAt(bridgeA[0], "2023-03-01T00:00:00Z")
	d2 := publishedAt(bridgeA[1], "2023-03-01T12:00:00Z")
	d3 := publishedAt(bridgeA[2], "2023-03-02T00:00:00Z")
	later := func(text string) Doc {
		d := publishedAt(bridgeA[1], "2024-05-06T00:00:00Z")
		d.ID += "-later"
		d.Text += text
		return d
	}
	named := later(" The bridge has been shut since March 1, 2023.")
	for _, tc := range []struct {
		name string
		opts Options
		docs []Doc
		want bool
	}{
		{"names the day", Options{}, []Doc{d1, d2, d3, named}, true},
		{"names the day, no year", Options{}, []Doc{d1, d2, d3, later(" The bridge has been shut since March 1.")}, false},
		{"names another day", Options{}, []Doc{d1, d2, d3, later(" The bridge has been shut since March 20, 2023.")}, false},
		{"names no day", Options{}, []Doc{d1, d2, d3, later("")}, false},
		{"off", Options{NamedDay: -1}, []Doc{d1, d2, d3, named}, false},
		{"a story of two", Options{}, []Doc{d1, d2, named}, false},
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

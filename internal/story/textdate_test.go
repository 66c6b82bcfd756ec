package story

import (
	"strings"
	"testing"
	"time"
)

func TestDatelineMonth(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "" when none
	}{
		{"published line", "Karvik bridge shut for repairs\nPublished: July 29, 2004\nThe bridge closed on Monday.", "2004-07"},
		{"weekday dateline", "Wed, Sep 19 2012 at 11:47 AM\nThe ferry strike in Lunde went on.", "2012-09"},
		{"day first", "18 September 2013 Last updated at 13:59 GMT\nText.", "2013-09"},
		{"capitals", "10:55 P.M. FEB. 2, 2009\nText.", "2009-02"},
		{"ISO", "2013-09-18T08:00:00Z\nText.", "2013-09"},
		{"after blank lines", "\n\n  \nSaturday, August 24, 2013\nText.", "2013-08"},
		{"a long line opening with its date", "July 29, 2004 - The bridge in Karvik closed on Monday after engineers found cracks in two of its piers, officials said.", "2004-07"},
		{"a date in a sentence is not a dateline", "The mayor of Karvik, who took office on March 3, 2009 after a long count of the postal votes in the northern districts, spoke.", ""},
		{"may the verb", "Lunde may close the ferry in 2013\nText.", ""},
		{"numbers only", "12 / 16 / 08 1:30 AM EST\nText.", ""},
		{"a year without a month", "The 2004 season\nText.", ""},
		{"too far down", "one\ntwo\nthree\nfour\nPublished: July 29, 2004", ""},
		{"none", "The bridge closed.", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := datelineMonth(tc.text)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("datelineMonth = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

func TestDatelineDay(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "" when none
		updated    bool
	}{
		{"published line", "Karvik bridge shut for repairs\nPublished: July 29, 2004\nThe bridge closed on Monday.", "2004-07-29", false},
		{"weekday dateline", "Wed, Sep 19 2012 at 11:47 AM\nThe ferry strike in Lunde went on.", "2012-09-19", false},
		{"day first", "Tuesday 28 April 2009 22. 34 BST\nText.", "2009-04-28", false},
		{"leading zero", "POSTED: December 08, 2010\nText.", "2010-12-08", false},
		{"capitals", "10:55 P.M. FEB. 2, 2009\nText.", "2009-02-02", false},
		{"ISO", "2013-09-18T08:00:00Z\nText.", "2013-09-18", false},
		{"time and zone", "Updated: Apr 02, 2009 11: 06 PM CEST\nText.", "2009-04-02", true},
		{"last updated", "Last updated at 13:59 GMT, 18 September 2013\nText.", "2013-09-18", true},
		{"published and updated", "on September 14, 2013 11: 41am | Updated on September 14, 2013 11: 41am\nText.", "2013-09-14", false},
		{"a short sentence is no dateline", "Karvik bridge closed on July 21, 2013.\nText.", "", false},
		{"a byline is no dateline", "By Mira Odell, March 8, 2013\nText.", "", false},
		{"a month without a day", "Lunde Gazette, March 2013\nText.", "", false},
		{"no such day", "Published: February 31, 2013\nText.", "", false},
		{"the first dateline counts", "March 2013 issue\nPublished: July 29, 2004\nText.", "", false},
		{"a date in a sentence is not a dateline", "The mayor of Karvik, who took office on March 3, 2009 after a long count of the postal votes in the northern districts, spoke.", "", false},
		{"none", "The bridge closed.", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, updated, ok := datelineDay(tc.text)
			s := ""
			if ok {
				s = got.Format("2006-01-02")
			}
			if s != tc.want || ok != (tc.want != "") || updated != tc.updated {
				t.Errorf("datelineDay = %q, updated %v, %v; want %q, updated %v", s, updated, ok, tc.want, tc.updated)
			}
		})
	}
}

// The month of a dateline becomes a feature, so two undated reports of one
// month share it and a report of another month does not.
func TestMonthFeature(t *testing.T) {
	c := New(nil, Options{})
	month := func(d Doc) []Key {
		var ks []Key
		for _, k := range c.extract(d).keys {
			if k.Kind() == 'm' {
				ks = append(ks, k)
			}
		}
		return ks
	}
	a := month(Doc{Text: "Published: July 29, 2004\nThe bridge in Karvik closed."})
	b := month(Doc{Text: "July 2, 2004\nKarvik's bridge stays closed."})
	d := month(Doc{Text: "Published: May 3, 2013\nThe bridge in Karvik closed again."})
	if len(a) != 1 || len(b) != 1 || len(d) != 1 {
		t.Fatalf("month features %v %v %v, want one each", a, b, d)
	}
	if a[0] != b[0] || a[0] == d[0] {
		t.Errorf("same month keys differ or other month matches: %v %v %v", a, b, d)
	}
	if ks := month(Doc{Text: strings.Repeat("no date here ", 5)}); len(ks) != 0 {
		t.Errorf("undated text has month features %v", ks)
	}
	// A known publication time wins over the text.
	got := month(Doc{Text: "Published: May 3, 2013\nText.", Published: time.Date(2004, 7, 1, 0, 0, 0, 0, time.UTC)})
	if len(got) != 1 || got[0] != a[0] {
		t.Errorf("month from Published = %v, want %v", got, a)
	}
	c = New(nil, Options{MonthWeight: -1})
	if ks := month(Doc{Text: "Published: July 29, 2004\nText."}); len(ks) != 0 {
		t.Errorf("MonthWeight off: month features %v", ks)
	}
}

func FuzzDatelineMonth(f *testing.F) {
	for _, s := range []string{
		"Published: July 29, 2004\nText.",
		"Wed, Sep 19 2012 at 11:47 AM",
		"\n\n12 / 16 / 08 1: 30 AM EST\n",
		"2023-10-30T18:15:00+01:00",
		"2023-",
		"May 2013 2014-1",
		"",
		"\x00\xff\n\n\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := datelineMonth(s)
		if ok != (got != "") {
			t.Fatalf("datelineMonth(%q) = %q, %v", s, got, ok)
		}
		if !ok {
			return
		}
		if _, err := time.Parse("2006-01", got); err != nil || got < "1990-01" || got > "2099-12" {
			t.Errorf("datelineMonth(%q) = %q: not a plausible month", s, got)
		}
	})
}

func BenchmarkDatelineMonth(b *testing.B) {
	texts := []string{
		"Karvik bridge shut for repairs\nPublished: July 29, 2004\nThe bridge closed on Monday.",
		"The ferry strike in Lunde went on for a third day, union leaders said on Tuesday 12.\nTalks resume next week.\nNo date here.\nNor here.\nMore text.",
	}
	for i := 0; i < b.N; i++ {
		datelineMonth(texts[i%2])
	}
}

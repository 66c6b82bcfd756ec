package dates

import (
	"testing"
	"time"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"13:53 - 15/05/2024 Wednesday", "Oct.30 - 2023 6:15 PM CET", "Published: 30 October 2023",
		"2023-10-30T18:15:00+01:00", "30.10.2023", "Mon, 30 Oct 2023 18:15:00 GMT", "Updated 2 hours ago",
		"11 days ago", "vor 3 Tagen", "2023年10月30日", "12/25/2022 9 pm EST", "99:99 31/02/2023",
	} {
		f.Add(s, int64(1716724800))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		var fetched time.Time
		if unix > 0 && unix < 1<<40 {
			fetched = time.Unix(unix, 0).UTC()
		}
		got, ok := Parse(s, fetched)
		if !ok {
			if got != "" {
				t.Fatalf("Parse(%q) = %q with ok false", s, got)
			}
			return
		}
		var d time.Time
		var err error
		if len(got) == 10 {
			d, err = time.Parse("2006-01-02", got)
		} else {
			d, err = time.Parse(time.RFC3339, got)
		}
		if err != nil {
			t.Fatalf("Parse(%q) = %q: not a day or RFC 3339: %v", s, got, err)
		}
		if d.Year() < minYear {
			t.Fatalf("Parse(%q) = %q: before %d", s, got, minYear)
		}
		ref := fetched
		if ref.IsZero() {
			ref = time.Now()
		}
		if d.After(ref.Add(futureSlack + 24*time.Hour)) {
			t.Fatalf("Parse(%q) = %q: after the reference %v", s, got, ref)
		}
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2021-03-05T09:30:00Z"></head><body><h1>T</h1><p>5 March 2021</p></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"datePublished":"2020-06-07"}]}</script><h1>x</h1>`))
	f.Add([]byte(`<!DOCTYPE html/><html/><time datetime="2019-09-14" pubdate>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, ok := FromHTML(b, HTMLOptions{})
		if ok && len(got) < 10 {
			t.Fatalf("FromHTML = %q", got)
		}
	})
}

func FuzzFromURL(f *testing.F) {
	for _, s := range []string{
		"https://news.example.org/2018/04/17/world/harbour.html", "https://example.com/p/2024-05-15-ferry",
		"example.com/archive/20230930/x", "https://example.com/2018/13/45/bad", "https://2018.example.com/",
		"/2019/7/4/", "https://example.com/a_2020_1_2_b", "https://example.com/2020-01/02",
	} {
		f.Add(s)
	}
	fetched := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, u string) {
		got, ok := FromURL(u, fetched)
		if !ok {
			if got != "" {
				t.Fatalf("FromURL(%q) = %q with ok false", u, got)
			}
			return
		}
		d, err := time.Parse("2006-01-02", got)
		if err != nil {
			t.Fatalf("FromURL(%q) = %q: not a day: %v", u, got, err)
		}
		if d.Year() < minYear || d.After(fetched.Add(futureSlack)) {
			t.Fatalf("FromURL(%q) = %q: implausible", u, got)
		}
	})
}

package dates

import (
	"strings"
	"testing"
	"time"
)

// page wraps fictional head and body markup in a minimal document.
func page(lang, head, body string) []byte {
	return []byte(`<!DOCTYPE html><html lang="` + lang + `"><head><title>Harbour news</title>` + head +
		`</head><body>` + body + `</body></html>`)
}

const storyBody = `<p>The harbour committee met on a windy evening to discuss the new ferry timetable.</p>
<p>Residents asked for more evening crossings and a covered waiting area.</p>`

func TestFromHTML(t *testing.T) {
	tests := []struct {
		name string
		html []byte
		opts HTMLOptions
		want string // "" means no date
	}{
		{"json-ld datePublished",
			page("en", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
				"headline":"Ferry timetable changes","datePublished":"2021-03-05T09:30:00+01:00","dateModified":"2021-04-01T10:00:00+01:00"}</script>`,
				`<article><h1>Ferry timetable changes</h1>`+storyBody+`</article>`),
			HTMLOptions{}, "2021-03-05"},
		{"json-ld in @graph",
			page("en", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Harbour"},
				{"@type":"Article","datePublished":"2020-06-07"}]}</script>`,
				`<h1>Ferry timetable changes</h1>`+storyBody),
			HTMLOptions{}, "2020-06-07"},
		{"published meta beats modified meta",
			page("en", `<meta property="article:modified_time" content="2022-02-10T08:00:00+00:00">
				<meta property="article:published_time" content="2022-01-12T08:00:00+00:00">`,
				`<h1>Ferry timetable changes</h1>`+storyBody),
			HTMLOptions{}, "2022-01-12"},
		{"UTC stamp read in the page's zone",
			page("de", `<meta property="article:published_time" content="2021-11-04T23:00:00Z">
				<link rel="canonical" href="https://hafen.example.de/nachrichten/faehre">`,
				`<h1>Neuer Fahrplan für die Fähre</h1><p>Der Hafenausschuss tagte am Abend.</p>`),
			HTMLOptions{}, "2021-11-05"},
		{"visible dateline under the headline",
			page("en", ``,
				`<div class="top"><h1>Ferry timetable changes</h1><p class="byline">By Ann Example</p>
				<p>Published 14 September 2019, 10:15</p></div>`+storyBody),
			HTMLOptions{}, "2019-09-14"},
		{"dateline outvotes a stale template meta",
			page("en", `<meta name="date" content="2015-01-01">`,
				`<article><h1>Ferry timetable changes</h1><div class="meta"><time class="published" datetime="2019-09-14">14 Sep 2019</time></div>
				<p>14.09.2019</p>`+storyBody+`</article>`),
			HTMLOptions{}, "2019-09-14"},
		{"itemprop datePublished in the body",
			page("en", ``,
				`<h1>Ferry timetable changes</h1><span itemprop="datePublished" content="2018-06-22">June 22</span>`+storyBody),
			HTMLOptions{}, "2018-06-22"},
		{"US page reads numeric dates month first",
			page("en-US", ``, `<h1>Ferry timetable changes</h1><p>11/08/2023</p>`+storyBody),
			HTMLOptions{}, "2023-11-08"},
		{"URL date when nothing else",
			page("en", ``, `<h1>Ferry timetable changes</h1>`+storyBody),
			HTMLOptions{URL: "https://harbour.example.org/2017/07/12/ferry-timetable/"}, "2017-07-12"},
		{"relative dateline with a fetch time",
			page("en", ``, `<h1>Ferry timetable changes</h1><p>3 days ago</p>`+storyBody),
			HTMLOptions{Fetched: time.Date(2024, 5, 26, 12, 0, 0, 0, time.UTC)}, "2024-05-23"},
		{"no date anywhere",
			page("en", ``, `<h1>Ferry timetable changes</h1>`+storyBody),
			HTMLOptions{}, ""},
		{"date after the fetch time is rejected",
			page("en", `<meta property="article:published_time" content="2030-01-01T10:00:00Z">`, `<h1>Ferry</h1>`+storyBody),
			HTMLOptions{Fetched: time.Date(2024, 5, 26, 12, 0, 0, 0, time.UTC)}, ""},
		{"empty input", nil, HTMLOptions{}, ""},
		{"binary input", []byte{0x00, 0xff, 0xfe, 0x01, 0x02, 0x1f, 0x8b}, HTMLOptions{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := FromHTML(tt.html, tt.opts)
			if tt.want == "" {
				if ok {
					t.Errorf("FromHTML = %q, want no date", got)
				}
				return
			}
			if !ok || len(got) < 10 || got[:10] != tt.want {
				t.Errorf("FromHTML = %q, %v; want day %s", got, ok, tt.want)
			}
		})
	}
}

func TestFromHTMLKeepsTimeAndZone(t *testing.T) {
	h := page("en", `<meta property="article:published_time" content="2021-03-05T09:30:00-05:00">`,
		`<h1>Ferry timetable changes</h1>`+storyBody)
	got, ok := FromHTML(h, HTMLOptions{})
	if !ok || got != "2021-03-05T09:30:00-05:00" {
		t.Errorf("FromHTML = %q, %v; want 2021-03-05T09:30:00-05:00", got, ok)
	}
}

func TestFromHTMLDeepNesting(t *testing.T) {
	nested := func(depth int) []byte {
		var b strings.Builder
		b.WriteString("<html><body><h1>Ferry</h1><p>Published 14 September 2019</p>")
		for range depth {
			b.WriteString("<div>")
		}
		b.WriteString("deep")
		return []byte(b.String())
	}
	// Moderate nesting parses.
	if got, ok := FromHTML(nested(300), HTMLOptions{}); !ok || got != "2019-09-14" {
		t.Errorf("FromHTML(300 levels) = %q, %v; want 2019-09-14", got, ok)
	}
	// The HTML parser refuses 100,000 levels; that is no date, not a crash.
	if got, ok := FromHTML(nested(100000), HTMLOptions{}); ok {
		t.Logf("FromHTML(100000 levels) = %q", got)
	}
}

func TestCentralEuropeOffset(t *testing.T) {
	tests := []struct {
		t    time.Time
		want int
	}{
		{time.Date(2021, 1, 10, 12, 0, 0, 0, time.UTC), 3600},
		{time.Date(2021, 7, 10, 12, 0, 0, 0, time.UTC), 7200},
		{time.Date(2021, 3, 28, 0, 59, 0, 0, time.UTC), 3600}, // last Sunday of March, before 01:00 UTC
		{time.Date(2021, 3, 28, 1, 0, 0, 0, time.UTC), 7200},
		{time.Date(2021, 10, 31, 1, 0, 0, 0, time.UTC), 3600},
	}
	for _, tt := range tests {
		if got := centralEuropeOffset(tt.t); got != tt.want {
			t.Errorf("centralEuropeOffset(%v) = %d, want %d", tt.t, got, tt.want)
		}
	}
}

func TestFromURL(t *testing.T) {
	fetched := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		url, want string
	}{
		{"https://news.example.org/2018/04/17/world/harbour-talks.html", "2018-04-17"},
		{"https://example.com/politics/2024-05-15-minister-visits-port", "2024-05-15"},
		{"https://example.com/archive/20230930/story", "2023-09-30"},
		{"example.com/2019/7/4/parade", "2019-07-04"},
		{"https://example.com/2018/04/", ""},                // month only
		{"https://example.com/story/2099/01/02/future", ""}, // after fetched
		{"https://example.com/1975/05/05/old", ""},          // before 1990
		{"https://example.com/2018/13/45/bad", ""},          // no such day
		{"https://2018.example.com/", ""},                   // host, not path
		{"", ""},
		{"not a url", ""},
	}
	for _, tc := range tests {
		got, ok := FromURL(tc.url, fetched)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("FromURL(%q) = %q, %v; want %q", tc.url, got, ok, tc.want)
		}
	}
}

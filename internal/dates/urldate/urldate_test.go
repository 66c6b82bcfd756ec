package urldate

import (
	"testing"
	"time"
)

func TestDay(t *testing.T) {
	ref := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for u, want := range map[string]string{
		"https://news.example.org/2018/04/17/world/harbour.html": "2018-04-17",
		"https://example.com/p/2024-05-15-ferry":                 "2024-05-15",
		"example.com/archive/20230930/x":                         "2023-09-30",
		"https://example.com/2018/13/45/2019/02/03/x":            "2019-02-03",
		"https://example.com/2018/04/":                           "",
		"https://example.com/2026/03/04/soon":                    "",
		"https://example.com/1989/12/31/old":                     "",
		"https://2018.example.com/":                              "",
		"https://example.com/2018-04/17/mixed":                   "",
		"":                                                       "",
	} {
		d, ok := Day(u, ref)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("Day(%q) = %q, want %q", u, got, want)
		}
	}
}

package dates

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	fetched := time.Date(2024, 5, 26, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		fetched time.Time
		want    string // "" means no date
	}{
		// Datelines seen on news pages (fictional text around them).
		{"13:53 - 15/05/2024 Wednesday", time.Time{}, "2024-05-15"},
		{"Oct.30 - 2023 6:15 PM CET", time.Time{}, "2023-10-30T18:15:00+01:00"},
		{"Published: 30 October 2023", time.Time{}, "2023-10-30"},
		{"October 30, 2023", time.Time{}, "2023-10-30"},
		{"October 30th, 2023 at 9:05 am EDT", time.Time{}, "2023-10-30T09:05:00-04:00"},
		{"2023-10-30T18:15:00+01:00", time.Time{}, "2023-10-30T18:15:00+01:00"},
		{"2023-10-30T17:15:00Z", time.Time{}, "2023-10-30T17:15:00Z"},
		{"2023-10-30 18:15:00", time.Time{}, "2023-10-30"},
		{"2023-10-30 18:15 CET", time.Time{}, "2023-10-30T18:15:00+01:00"},
		{"2023-10-30", time.Time{}, "2023-10-30"},
		{"30.10.2023", time.Time{}, "2023-10-30"},
		{"30.10.23, 08:10", time.Time{}, "2023-10-30"},
		{"Mon, 30 Oct 2023 18:15:00 GMT", time.Time{}, "2023-10-30T18:15:00Z"},
		{"Mon, 30 Oct 2023 18:15:00 +0100", time.Time{}, "2023-10-30T18:15:00+01:00"},
		{"Posted on 5 Mar 2021 | 14:02 UTC+2", time.Time{}, "2021-03-05T14:02:00+02:00"},
		{"Veröffentlicht am 3. März 2022, 10:41 Uhr", time.Time{}, "2022-03-03"},
		{"le 12 février 2020 à 18h30", time.Time{}, "2020-02-12"},
		{"30 de octubre de 2023", time.Time{}, "2023-10-30"},
		{"2023年10月30日 18:15", time.Time{}, "2023-10-30"},
		{"7 июня 2020, 14:05", time.Time{}, "2020-06-07"},
		{"21 вересня 2020", time.Time{}, "2020-09-21"},
		{"30 Kasım 2020 Pazartesi", time.Time{}, "2020-11-30"},
		{"12 maart 2021", time.Time{}, "2021-03-12"},
		{"7 Ιουνίου 2020", time.Time{}, "2020-06-07"},
		{"٧ يونيو ٢٠٢٠", time.Time{}, "2020-06-07"},
		{"२१.०९.२०२०", time.Time{}, "2020-09-21"},
		{"12 martie 2021", time.Time{}, "2021-03-12"},
		{"2020. június 7. 14:05", time.Time{}, "2020-06-07"},
		{"2020 June 7", time.Time{}, "2020-06-07"},
		{"2023/10/30", time.Time{}, "2023-10-30"},
		{"12/25/2022", time.Time{}, "2022-12-25"},
		{"05/06/2024", time.Time{}, "2024-06-05"}, // ambiguous: day first
		{"Thursday 4 January 2024 07.00 GMT", time.Time{}, "2024-01-04"},
		{"By Jane Roe | Updated 31 Oct 2023 | Published 30 Oct 2023", time.Time{}, "2023-10-30"},
		{"Updated 31 Oct 2023, first published 30 Oct 2023", time.Time{}, "2023-10-30"},
		{"Updated: 31.10.2023 / 30.10.2023", time.Time{}, "2023-10-30"},
		// Relative stamps need the fetch time.
		{"11 days ago", fetched, "2024-05-15"},
		{"11 days ago", time.Time{}, ""},
		{"Updated 2 hours ago", fetched, "2024-05-26T13:00:00Z"},
		{"an hour ago", fetched, "2024-05-26T14:00:00Z"},
		{"5h ago", fetched, "2024-05-26T10:00:00Z"},
		{"3 weeks ago", fetched, "2024-05-05"},
		{"vor 3 Tagen", fetched, "2024-05-23"},
		{"il y a 2 jours", fetched, "2024-05-24"},
		{"hace 1 día", fetched, "2024-05-25"},
		{"Yesterday, 14:30", fetched, "2024-05-25"},
		{"Yesterday", time.Time{}, ""},
		{"2 months ago", fetched, ""},
		{"Today", fetched, "2024-05-26"},
		{"She arrived yesterday and left today with the whole team", fetched, ""},
		// Absolute dates win over relative words.
		{"Yesterday, 25 May 2024", fetched, "2024-05-25"},
		// Implausible or not dates at all.
		{"12.05.1985", time.Time{}, ""},
		{"31/02/2023", time.Time{}, ""},
		{"1 January 2031", fetched, ""},
		{"version 10.0.19041", time.Time{}, ""},
		{"3.5 out of 5", time.Time{}, ""},
		{"Call 0800 123 4567", time.Time{}, ""},
		{"October 2023", time.Time{}, ""},
		{"2023", time.Time{}, ""},
		{"", time.Time{}, ""},
		{"ID 1234-56-78", time.Time{}, ""},
		// Long body sentences are not datelines...
		{"The ministry said on 30 October 2023 that the talks, which began in spring, would continue next week in Geneva.", time.Time{}, ""},
		// ...unless they open with the date.
		{"30 October 2023 - The ministry said the talks, which began in spring, would continue next week in Geneva.", time.Time{}, "2023-10-30"},
		{"Monday, 30 October 2023: the ministry said the talks, which began in spring, would continue next week.", time.Time{}, "2023-10-30"},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in, tt.fetched)
		if tt.want == "" {
			if ok {
				t.Errorf("Parse(%q) = %q, want no date", tt.in, got)
			}
			continue
		}
		if !ok || got != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestParseFutureRelativeToFetch(t *testing.T) {
	fetched := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	if got, ok := Parse("3 March 2016", fetched); ok {
		t.Errorf("Parse after fetch time = %q, want no date", got)
	}
	if got, ok := Parse("31 December 2014", fetched); !ok || got != "2014-12-31" {
		t.Errorf("Parse before fetch time = %q, %v; want 2014-12-31", got, ok)
	}
}

func TestParseOutputForms(t *testing.T) {
	for _, in := range []string{"30 Oct 2023 18:15 CET", "2023-10-30T18:15:00Z", "11 days ago", "30.10.2023"} {
		got, ok := Parse(in, time.Date(2023, 11, 10, 12, 0, 0, 0, time.UTC))
		if !ok {
			t.Fatalf("Parse(%q) found nothing", in)
		}
		if _, err := time.Parse("2006-01-02", got); err == nil {
			continue
		}
		if _, err := time.Parse(time.RFC3339, got); err != nil {
			t.Errorf("Parse(%q) = %q, neither a day nor RFC 3339", in, got)
		}
	}
}

func TestParseHugeInput(t *testing.T) {
	s := strings.Repeat("30.10.2023 ", 200000)
	if got, ok := Parse(s, time.Time{}); !ok || got != "2023-10-30" {
		t.Errorf("Parse(huge) = %q, %v; want 2023-10-30", got, ok)
	}
}

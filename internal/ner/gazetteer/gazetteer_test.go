package gazetteer

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		sent string
		want string // "start-end:kind" per span, space-separated
	}{
		{"Russian President Putin visited Moscow", "0-1:2 1-2:32 4-5:4"},
		{"the United States and the U.S. agree", "1-3:1 5-6:1"},
		{"ask us who is there", ""},
		{"the WHO and US officials", "1-2:16 3-4:1"},
		{"Shanghai Cooperation Organization members", "0-3:16"},
		{"Defense Minister Sergei Shoigu", "0-2:32"},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Match(strings.Fields(tt.sent)) {
			got = append(got, itoa(sp.Start)+"-"+itoa(sp.End)+":"+itoa(int(sp.Kind)))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Match(%q) = %q, want %q", tt.sent, g, tt.want)
		}
	}
	if Match(nil) != nil {
		t.Error("Match(nil) != nil")
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestLookups(t *testing.T) {
	tests := []struct {
		fn   func(string) (string, bool)
		name string
		in   string
		want string
	}{
		{CountryOf, "CountryOf", "Moscow", "Russia"},
		{CountryOf, "CountryOf", "Ukrainians", "Ukraine"},
		{CountryOf, "CountryOf", "britain", "United Kingdom"},
		{CountryOf, "CountryOf", "Lorvik", ""},
		{CountryName, "CountryName", "U.S.", "United States"},
		{CountryName, "CountryName", "us", ""},
		{DemonymCountry, "DemonymCountry", "Chinese", "China"},
		{CapitalCountry, "CapitalCountry", "Kyiv", "Ukraine"},
		{OrgName, "OrgName", "SCO", "Shanghai Cooperation Organization"},
		{OrgName, "OrgName", "is", ""},
		{OrgName, "OrgName", "nato", "North Atlantic Treaty Organization"},
		{SeatCountry, "SeatCountry", "Kremlin", "Russia"},
	}
	for _, tt := range tests {
		got, ok := tt.fn(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s(%q) = %q, %v; want %q", tt.name, tt.in, got, ok, tt.want)
		}
	}
	if !IsTitle("prime  minister") || IsTitle("banana") {
		t.Error("IsTitle wrong")
	}
	if !IsRole("Leader") || IsRole("Putin") {
		t.Error("IsRole wrong")
	}
	if Lookup("Saudi Arabia")&Country == 0 || Lookup("")&Country != 0 || Lookup("US")&Country == 0 {
		t.Error("Lookup wrong")
	}
}

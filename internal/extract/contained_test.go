package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// go-trafilatura makes a <div> of <br>-separated lines one paragraph of
// every line plus a paragraph per line after the first: the article came
// out nearly twice. Each line must be in the text once, the repeats listed
// as duplicates.
func TestExtractBrLinesOnce(t *testing.T) {
	var lines []string
	for i := 0; i < 8; i++ {
		lines = append(lines, fmt.Sprintf("Anna Lorvik met Tomas Hale in Kellin on day %d to discuss the ferry strike, the council said.", i))
	}
	page := "<html><head><title>Ferry strike</title></head><body><div id=\"content\"><h1>Ferry strike</h1><div class=\"story\">" +
		strings.Join(lines, "<br><br>") + "</div></div></body></html>"
	a, err := New(Options{}).Extract(context.Background(), core.Document{Source: "br.html", Format: core.FormatHTML, Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for i := range lines {
		if n := strings.Count(a.Text, fmt.Sprintf("day %d ", i)); n != 1 {
			t.Errorf("line %d: %d times in the text, want once:\n%s", i, n, a.Text)
		}
	}
	dups := 0
	for _, r := range a.Removed {
		if r.Reason == core.ReasonDuplicate {
			dups++
		}
	}
	if dups == 0 {
		t.Errorf("no duplicate listed in Removed: %+v", a.Removed)
	}
}

// dropContained compares blocks of 10 words or more only, and a page of one
// line repeated thousands of times stays linear (the probe cap).
func TestDropContained(t *testing.T) {
	long := "Anna Lorvik met Tomas Hale in Kellin on Tuesday to discuss the ferry strike."
	blocks := []block{
		{tag: "p", text: long + " " + "The council of Tessin voted against the plan for the harbour dredging."},
		{tag: "p", text: long},
		{tag: "li", text: "Ferry timetable for Kellin"},
		{tag: "li", text: "Ferry timetable for Kellin"},
		{tag: "p", text: "The council of Tessin voted against the plan for the harbour dredging, again."},
	}
	a := &core.Article{}
	got := dropContained(a, blocks)
	if len(got) != 4 || got[1].text != "Ferry timetable for Kellin" || len(a.Removed) != 1 || a.Removed[0].Text != long {
		t.Errorf("dropContained = %+v, removed %+v; want the second block dropped only", got, a.Removed)
	}
	many := make([]block, 20000)
	for i := range many {
		many[i] = block{tag: "p", text: fmt.Sprintf("%s Line %d.", long, i)}
	}
	if got := dropContained(&core.Article{}, many); len(got) != len(many) {
		t.Errorf("distinct lines: %d of %d kept", len(got), len(many))
	}
}

// FuzzDropContained: blocks split from any text keep their order, and every
// block dropped stands inside a block kept.
func FuzzDropContained(f *testing.F) {
	f.Add("Anna Lorvik met Tomas Hale in Kellin on day 1 to discuss the ferry strike. Anna Lorvik met Tomas Hale in Kellin on day 2 to discuss the ferry strike.|Anna Lorvik met Tomas Hale in Kellin on day 2 to discuss the ferry strike.")
	f.Add("a b c d e f g h i j k l m n o p|a b c d e f g h i j k l m n o p|x")
	f.Fuzz(func(t *testing.T, s string) {
		var blocks []block
		for _, p := range strings.Split(s, "|") {
			blocks = append(blocks, block{tag: "p", text: p})
		}
		a := &core.Article{}
		got := dropContained(a, append([]block(nil), blocks...))
		if len(got)+len(a.Removed) != len(blocks) {
			t.Fatalf("%d kept + %d removed != %d blocks", len(got), len(a.Removed), len(blocks))
		}
		j := 0
		for _, b := range blocks {
			if j < len(got) && got[j] == b {
				j++
			}
		}
		if j != len(got) {
			t.Fatalf("kept blocks out of order: %q from %q", got, blocks)
		}
		for _, r := range a.Removed {
			found := false
			for _, k := range got {
				if strings.Contains(k.text, r.Text) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("dropped %q stands in no kept block of %q", r.Text, got)
			}
		}
	})
}

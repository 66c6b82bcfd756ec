package textclean

import (
	"strings"
	"testing"
)

func TestRepairGlued(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"camel glue", "Talks were held betweenRomania and the delegation from the north.", "Talks were held between Romania and the delegation from the north."},
		{"name then function word", "The ministers met in Lisbon and then in Oslowho hosted the rest of the talks.", "The ministers met in Lisbon and then in Oslo who hosted the rest of the talks."},
		{"name then verb", "Leaders of the European Unionhave agreed on a common plan for the winter.", "Leaders of the European Union have agreed on a common plan for the winter."},
		{"lowercase pair", "The mayor was not presentciting a busy agenda at the town hall that week.", "The mayor was not present citing a busy agenda at the town hall that week."},
		{"comma glue", "Several governments,led by the coastal states, signed the accord.", "Several governments, led by the coastal states, signed the accord."},
		{"closing curly quote", "She warned of a “siege mentality”and left the room before the vote.", "She warned of a “siege mentality” and left the room before the vote."},
		{"opening curly quote", "The spokesman said“We will wait” before taking any questions.", "The spokesman said “We will wait” before taking any questions."},
		{"straight quotes", `He called it "very serious"and moved on to the next item on the list.`, `He called it "very serious" and moved on to the next item on the list.`},
		{"sentence glue", "The port reopened on Friday.The ferries resumed their routes at noon.", "The port reopened on Friday. The ferries resumed their routes at noon."},
		{"brands and names", "She bought an iPhone at McDonald's near the MacBook shop and watched YouTube with her PhD adviser.", ""},
		{"abbreviations and numbers", "The U.S. economy grew 3.5 percent, e.g. in retail, and 1,200 jobs were added at 10:30 a.m.", ""},
		{"addresses", "Write to press@example.org or see https://example.com/newsRoom?id=aB and www.Example.org today.", ""},
		{"known compounds", "Policymakers and lawmakers said the whistleblower went nowhere near the therapist or the cyberattack.", ""},
		{"compound-making parts", "The underperforming club had a weeklong rollout and a systemwide noncompete rule for the offseason.", ""},
		{"names ending in words", "Johnson, Washington, Poland, Bethany, Marchand and Archer met the team.", ""},
		{"identifiers", "Call getElementById or use macOS and iOS with eBay and jQuery on the site.", ""},
		{"non-English text", "Die Regierung hat anfallen warten und todos problemas sangat berat gesagt.", ""},
		{"possessive", "Putin’s remarks and Xi’s answer came after the leaders’ dinner.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := RepairGlued(tt.in); got != want {
				t.Errorf("RepairGlued(%q)\n got %q\nwant %q", tt.in, got, want)
			}
		})
	}
}

func TestRepairGluedOnlyInsertsSpaces(t *testing.T) {
	in := "Trade rose betweenRomania and Oslowho said governments,led by “friends”and allies were presentciting costs."
	got := RepairGlued(in)
	if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(in, " ", "") {
		t.Fatalf("RepairGlued changed more than spaces: %q", got)
	}
	if got == in {
		t.Fatalf("RepairGlued repaired nothing in %q", in)
	}
}

func TestRepairGluedUnchangedReturnsSameString(t *testing.T) {
	in := strings.Repeat("A plain sentence with nothing glued in it at all. ", 50)
	if got := RepairGlued(in); got != in {
		t.Fatalf("RepairGlued changed clean text: %q", got)
	}
}

package events

import (
	"github.com/storyline/storyline/internal/testshared"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in                 string
		actor, typ, target string
	}{
		{"President Anna Korvan expressed readiness to negotiate with Velsk on Monday.", "Anna Korvan", "express-intent", "Velsk"},
		{"Korvan accused Norland of sabotaging the talks.", "Korvan", "disapprove", "Norland"},
		{"Norland rejected the proposal from Velsk.", "Norland", "reject", "Velsk"},
		{"Brell appealed to Ostrava members to back the plan.", "Brell", "appeal", "Ostrava"},
		{"Tomas Brell set a deadline for Ostrava to respond.", "Tomas Brell", "demand", "Ostrava"},
		{"Russia attacked Kyiv with drones overnight.", "Russia", "assault", "Kyiv"},
		{"Moscow insists that Kyiv withdraw.", "Russia", "demand", "Kyiv"},
		{"The Kremlin rejected the offer from Washington.", "Russia", "reject", "Washington"},
		{"Russian forces shelled Kharkiv on Tuesday.", "Russia", "fight", "Kharkiv"},
		{"Protesters rallied outside the embassy in Berlin.", "Protesters", "protest", ""},
		{"Kyiv was attacked by Russia overnight.", "Russia", "assault", "Kyiv"},
		{"Velsk, which was illegally annexed by Norland, voted.", "Norland", "fight", "Velsk"},
		// armed forces attacking, no civilians named: conventional force (CAMEO 19)
		{"Ukrainian forces attacked the bridge.", "Ukraine", "fight", ""},
		{"Gunmen attacked a bus carrying pilgrims.", "Gunmen", "assault", ""},
		{"The rebels vowed to attack the capital.", "rebels", "threaten", ""},
		{"Residents protested against the new dam.", "Residents", "protest", ""},
		{"Rioters set fire to cars in the suburbs.", "Rioters", "protest", ""},
		{"Supporters of the jailed leader rallied in the capital.", "Supporters", "protest", ""},
		{"Norland expelled the Velsk ambassador.", "Norland", "sanction", "Velsk"},
		{"The dockworkers' union rejected the offer.", "union", "reject", ""},
		{"The opposition said it would boycott the election unless the commission resigned.", "opposition", "threaten", ""},
		{"Troops backed by tanks stormed the stronghold.", "Troops", "fight", ""},
		{"Norland did not agree to the plan of Velsk.", "Norland", "reject", "Velsk"},
	}
	for _, tt := range tests {
		evs := Find(tt.in, Options{})
		e, ok := Primary(evs)
		if !ok {
			t.Errorf("Find(%q): no event", tt.in)
			continue
		}
		if e.Actor != tt.actor || e.Type != tt.typ || e.Target != tt.target {
			t.Errorf("Find(%q) = %s/%s/%s, want %s/%s/%s", tt.in, e.Actor, e.Type, e.Target, tt.actor, tt.typ, tt.target)
		}
	}
}

func TestPlaceDate(t *testing.T) {
	e, ok := Primary(Find("Korvan met Brell in Astana on Oct. 30 to discuss the border.", Options{}))
	if !ok || e.Place != "Astana" || e.Date != "Oct. 30" || e.Type != "consult" {
		t.Errorf("got %+v", e)
	}
}

func repoShared(t testing.TB) string {
	return testshared.Dir(t)
}

// TestSeeds checks the seed expectations of the issue: structural checks on
// event types and actors, no seed text in the repository.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoShared(t), "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds absent; seed checks skipped")
	}
	var all []Event
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		evs := Find(string(b), Options{})
		if testing.Verbose() {
			for _, e := range evs {
				t.Logf("%s: %s -%s-> %s [%s] place=%s date=%s", filepath.Base(f), e.Actor, e.Type, e.Target, e.Trigger, e.Place, e.Date)
			}
		}
		all = append(all, evs...)
	}
	want := []struct{ actor, typ, target string }{
		{"Putin", "express-intent", ""},
		{"Putin", "disapprove", "United States"},
		{"Ukraine", "reject", ""},
		{"Xi", "appeal", ""},
		{"Trump", "demand", ""},
		{"Russia", "assault", "Ky"},
	}
	for _, w := range want {
		found := false
		for _, e := range all {
			if strings.Contains(e.Actor, w.actor) && e.Type == w.typ && strings.Contains(e.Target, w.target) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no seed event %s -%s-> %s*", w.actor, w.typ, w.target)
		}
	}
}

// date, which runs the expression only from just before the first hint,
// finds what the expression finds in the whole sentence.
func TestDateMatchesRE(t *testing.T) {
	for _, s := range []string{"on Tuesday the council met", "Sept. 4, 2031", "4 October 2031", "December 2030",
		"Mar 3", "no date here at all", "May 5", "Mark said on Monday", "xon Monday", "A15 January 2020",
		"Marvella, 12 March 2030, was quiet", "Moscow on Sunday", "Junta on June 3"} {
		if got, want := date(s), strings.TrimPrefix(dateRE.FindString(s), "on "); got != want {
			t.Errorf("date(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzDateMatchesRE(f *testing.F) {
	f.Add("The ferry sailed on Friday, Sept. 12, 2031.")
	f.Add("4 October")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := date(s), strings.TrimPrefix(dateRE.FindString(s), "on "); got != want {
			t.Errorf("date(%q) = %q, want %q", s, got, want)
		}
	})
}

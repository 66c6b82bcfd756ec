package events

import (
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// mentionsOf builds sorted mentions for the given surface forms (each
// found at every occurrence): "Name|TYPE|g" with g 'm', 'f' or '-'.
// triggerEvent runs Find on text, with the mentions specs give, and returns
// the last event whose trigger holds trigger. When none is wanted an event
// found is an error and nil comes back; when one is wanted, none is fatal.
func triggerEvent(t *testing.T, text string, specs []string, trigger string, want bool) *Event {
	t.Helper()
	evs := Find(text, Options{Mentions: mentionsOf(text, specs...)})
	var got *Event
	for i := range evs {
		if strings.Contains(evs[i].Trigger, trigger) {
			got = &evs[i]
		}
	}
	if !want {
		if got != nil {
			t.Errorf("%q: got event %s actor %q, want none", text, got.Type, got.Actor)
		}
		return nil
	}
	if got == nil {
		t.Fatalf("%q: no event on %q (events %+v)", text, trigger, evs)
	}
	return got
}

func mentionsOf(text string, specs ...string) []quotes.Mention {
	var ms []quotes.Mention
	for _, sp := range specs {
		f := strings.Split(sp, "|")
		var g byte
		if f[2] != "-" {
			g = f[2][0]
		}
		for off := 0; ; {
			i := strings.Index(text[off:], f[0])
			if i < 0 {
				break
			}
			ms = append(ms, quotes.Mention{Name: f[0], Type: core.EntityType(f[1]), Start: off + i, End: off + i + len(f[0]), Gender: g})
			off += i + len(f[0])
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// Sixth-session actor rules on fictional sentences: each case names the
// trigger word and the actor and target wanted for it ("" actor: no event).
func TestActorsSixth(t *testing.T) {
	cases := []struct {
		name, text string
		specs      []string
		trigger    string
		actor      string
		target     string
	}{
		{"she follows the entity layer's gender",
			"Ana Lind met Marko Vell in Norland on Monday. She accused the Velsk Ministry of lying.",
			[]string{"Ana Lind|PER|f", "Marko Vell|PER|m", "Norland|LOC|-", "Velsk Ministry|ORG|-"},
			"accused", "Ana Lind", "Velsk Ministry"},
		{"he is the subject of the sentence, not the object before the pronoun",
			"Marko Vell has invested in his ties with Mr. Dorn, whom he first visited in May.",
			[]string{"Marko Vell|PER|m", "Dorn|PER|m"},
			"visited", "Marko Vell", ""},
		{"a place that is no state does not act; the by-phrase of a noun does",
			"Brookfield was calm on Sunday after a week of riots by angry youths.",
			[]string{"Brookfield|LOC|-"},
			"riots", "youths", ""},
		{"an act named in a circumstance has no actor",
			"Dora Venn said twelve people were injured in the riots.",
			[]string{"Dora Venn|PER|f"},
			"riots", "", ""},
		{"a description names the organisation given before",
			"Velcor Bank froze the accounts on Monday. The bank later rejected the request of the owners.",
			[]string{"Velcor Bank|ORG|-"},
			"rejected", "Velcor Bank", ""},
		{"a speaker with a rank is no target",
			"Officers used a stun gun to subdue him, said Sgt. Ola Brenn.",
			[]string{"Ola Brenn|PER|f"},
			"subdue", "Officers", ""},
		{"a relative clause of a common noun: the noun acts, not a name",
			"Ivo Marr said it was not the rifle that killed the guard.",
			[]string{"Ivo Marr|PER|m"},
			"killed", "", ""},
		{"tagger noise does not act",
			"Another group of farmers marched on the ministry in Brookfield.",
			[]string{"Another|MISC|-", "Brookfield|LOC|-"},
			"marched", "farmers", ""},
		{"a city after a preposition is where, not whom",
			"Protesters poured into Brookfield streets on Sunday.",
			[]string{"Brookfield|LOC|-"},
			"poured", "Protesters", ""},
		{"a group modifying a noun act does it",
			"Brookfield was calm after the police killing of a teenager.",
			[]string{"Brookfield|LOC|-"},
			"killing", "police", ""},
		{"a group inside an aside does not act",
			"A gang of four thieves -- two of them disguised as guards -- stole the jewels of Velcor Bank.",
			[]string{"Velcor Bank|ORG|-"},
			"stole", "gang", "Velcor Bank"},
		{"a second predicate has the clause's subject",
			"Canada has delayed the tariffs on Mexico, Brazil and Chile until June and has reached agreements with Japan.",
			[]string{"Canada|LOC|-", "Mexico|LOC|-", "Brazil|LOC|-", "Chile|LOC|-", "Japan|LOC|-"},
			"reached", "Canada", "Japan"},
		{"a place that is no state is a target only outside a place phrase",
			"Rebels shelled Brookfield and marched into Dunmore on Sunday.",
			[]string{"Brookfield|LOC|-", "Dunmore|LOC|-"},
			"shelled", "Rebels", "Brookfield"},
		{"a state acts",
			"Russia attacked Kyiv overnight.",
			[]string{"Russia|LOC|-", "Kyiv|LOC|-"},
			"attacked", "Russia", "Kyiv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := triggerEvent(t, c.text, c.specs, c.trigger, c.actor != "")
			if got == nil {
				return
			}
			if got.Actor != c.actor || got.Target != c.target {
				t.Errorf("%q: actor %q target %q, want %q and %q", c.text, got.Actor, got.Target, c.actor, c.target)
			}
		})
	}
}

func TestNoiseAndPlaces(t *testing.T) {
	text := "First Brooklyn Moscow Kurds NATO Congressional"
	m := func(name string, typ core.EntityType) quotes.Mention {
		i := strings.Index(text, name)
		return quotes.Mention{Name: name, Type: typ, Start: i, End: i + len(name)}
	}
	cases := []struct {
		m                quotes.Mention
		noise, placeOnly bool
	}{
		{m("First", core.Organisation), true, false},
		{m("Congressional", core.Misc), true, false},
		{m("Kurds", core.Misc), false, false},
		{m("NATO", core.Organisation), false, false},
		{m("Brooklyn", core.Location), false, true},
		{m("Moscow", core.Location), false, false},
	}
	for _, c := range cases {
		if got := miscNoise(text, c.m); got != c.noise {
			t.Errorf("miscNoise(%q) = %v, want %v", c.m.Name, got, c.noise)
		}
		if got := placeOnly(text, c.m); got != c.placeOnly {
			t.Errorf("placeOnly(%q) = %v, want %v", c.m.Name, got, c.placeOnly)
		}
	}
}

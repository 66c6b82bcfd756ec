package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

// TestSenses checks the fifth session's rules (senses.go): other senses of
// trigger words, supposed and sought acts, and speakers who report an act
// of someone unnamed. Sentences are fictional; each rule has a case it
// must leave alone.
func TestSenses(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // "actor/type/target" it must find; "" for no event at all
	}{
		// a question is no appeal
		{"Anna Korvan asked Tomas Brell whether the talks were private.", ""},
		{"Tomas Brell was silent when asked about Velsk.", ""},
		{"Norland asked Velsk to release the sailors.", "Norland/appeal/Velsk"},
		// insisting on a claim is no demand; insisting on an act is
		{"Norland insisted the debt of Velsk had nothing to do with it.", ""},
		{"Norland insists that Velsk must pay the debt.", "Norland/demand/Velsk"},
		{"Norland insisted on a new vote in Velsk.", "Norland/demand/Velsk"},
		// agreeing with a view is no agreement
		{"Most officials in Norland agree that Velsk cannot win.", ""},
		{"Anna Korvan agreed.", ""},
		{"Norland agreed to resume talks with Velsk.", "Norland/agree/Velsk"},
		// seeking to do is trying
		{"Norland sought to influence the court of Velsk.", ""},
		// firing someone is no shooting
		{"Norland's football federation fired head coach Tomas Brell on Monday.", ""},
		{"Tomas Brell was fired by the Norland Broadcasting Company in March.", ""},
		{"Norland troops fired on the convoy in Velsk.", "Norland/fight/Velsk"}, // the side its forces serve (events8)
		{"Velskian troops opened fire on the village of Ostrava.", "Velskian troops/fight/Ostrava"},
		// showing is no demonstration
		{"Norland said the files demonstrated that Velsk had cheated.", ""},
		{"Thousands of students demonstrated in Ostrava on Sunday.", "students/protest/Ostrava"},
		// releasing a statement or memos frees nobody
		{"Velsk released a statement on the talks.", ""},
		{"Velsk released the two Norland sailors.", "Velsk/retreat/Norland"},
		// contests are no battles
		{"Norland is locked in a trade battle with Velsk.", ""},
		// a planned act is typed by the act; a plan to do something else is none
		{"The families of Velsk planned to apply for residence in Norland.", ""},
		// retaliation promised is a threat
		{"Norland has promised swift retaliation against Velsk.", "Norland/threaten/Velsk"},
		// a participle before a noun describes it
		{"The hotline will pave the way for improved ties between Norland and Velsk.", ""},
		// an act sought is not done: pushing for sanctions is a demand
		{"Norland used the report to push for sanctions on Velsk.", "Norland/demand/Velsk"},
		{"Norland pressed for sanctions on Velsk.", "Norland/demand/Velsk"},
		// an inverted "should" supposes
		{"Prices would rise should Norland decide to impose sanctions on Velsk.", ""},
		// honorifics do not end the clause
		{"Later Mr. Brell asked Mr. Korvan if the call was private.", ""},
		{"Prices would rise should Mr. Brell decide to impose sanctions on Velsk.", ""},
		// broken pledges, first aid, hacked servers
		{"Velsk has reneged on pledges to give up its missiles.", ""},
		{"A passer-by from Norland tried to provide first aid.", ""},
		{"Reporters in Norland read the party's hacked email servers.", ""},
		// wishes and abilities are not acts; a reported act stays
		{"Norland wanted to use the delay to buy time and ease sanctions.", ""},
		{"Velsk can also deny us our rights.", ""},
		{"Analysts in Norland wondered how Velsk would respond.", ""},
		{"Norland eased sanctions on Velsk.", "Norland/retreat/Velsk"},
		// a participle run describing a noun
		{"Norland helped many migrants seeking asylum in Velsk.", ""},
		{"Protesters demanding reform blocked the main road in Ostrava.", "Protesters/protest/Ostrava"},
		// no comment, no decline, no giving in, no bylines, no adjectives
		{"A lawyer for Norland declined to comment.", ""},
		{"Anna Korvan has been in declining health.", ""},
		{"Norland declined the invitation of Velsk.", "Norland/reject/Velsk"},
		{"Norland did not repeat the speech he gave in November in Velsk.", ""},
		{"Norland gave in to the demands of Velsk.", "Norland/concede/Velsk"},
		{"Anna Korvan contributed reporting from Ostrava.", ""},
		{"The law protects Norland's most threatened wildlife.", ""},
		{"Norland released a photograph of the summit.", ""},
		// games, ailments, views, memos seized on, imagination captured
		{"The Norland Lions defeated Velsk 65 - 53 in the semifinal.", ""},
		{"Velsk shot 35 percent and had 12 assists.", ""},
		{"Anna Korvan battled leukemia for years.", ""},
		{"Tomas Brell suffered a heart attack in Ostrava.", ""},
		{"The memos offer a rare look at the private life of Anna Korvan.", ""},
		{"Norland seized on the memos to attack Velsk.", "Norland/assault/Velsk"},
		{"Her films captured the imagination of Norland.", ""},
		{"The documents show Velsk demonstrated bad judgment.", ""},
		{"Anna Korvan asked not to be identified.", ""},
		// a labour strike is a protest
		{"Workers in Velsk staged a nationwide strike over pensions.", "Workers/protest/"},
		// a title does not hide a preposition; a relative pronoun ends the search
		{"Norland opened an assault on President Brell on Friday, filing a lawsuit against Velsk.", "Norland/disapprove/Velsk"},
		{"At the meeting in which Mr. Brell asked Mr. Korvan to end the inquiry, the men talked.", "Brell/appeal/"},
		// generic acts, sought shelter, apologies offered, informing, modifiers
		{"The navy of Norland is known for such deployments.", ""},
		{"Anna Korvan sought safety in a store in Ostrava.", ""},
		{"Norland offered an apology to Velsk.", "Norland/support/Velsk"},
		{"The committee had alerted Senator Anna Korvan before the vote.", ""},
		{"Tomas Brell said his family fled a gang that had attacked him.", "gang/assault/"},
		{"Tomas Brell would fight to keep the law of Norland.", ""},
		// a campaign rally is no protest; a rally against something is
		{"Tomas Brell spoke at a rally in Ostrava on Saturday.", ""},
		{"Thousands of workers held a rally against the reform in Ostrava.", "workers/protest/Ostrava"},
		// a place named as a feature does not act; a bloc does
		{"Velsk issued a plan, which the West had dismissed.", "West/reject/"},
		// a speaker reporting the act of someone unnamed is not its actor
		{"Ostrava Police say the disgruntled man burst into the office and opened fire.", ""},
		{"The governor of Velsk, Anna Korvan, told state television that the reserve units have been deployed.", "units/mobilize/"},
		{"The governor of Velsk, Anna Korvan, told state television that the medical teams have been deployed.", ""},
		{"Norland officials said that troops attacked the convoy near Velsk.", "troops/fight/Velsk"},
		// but the speaker's own side and judgements stay the speaker's
		{"Velsk's speaker said the country could close the strait at any time.", "Velsk/threaten/"},
		{"Norland said the peace plan of the mediators was \"unacceptable\".", "Norland/reject/"},
	} {
		evs := Find(c.text, Options{})
		var got []string
		for _, e := range evs {
			got = append(got, e.Actor+"/"+e.Type+"/"+e.Target)
		}
		if (c.want == "" && len(evs) > 0) || (c.want != "" && !slices.Contains(got, c.want)) {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSenseHelpers checks the word-level helpers directly, so a rule
// that stops firing is seen even when another rule hides it.
func TestSenseHelpers(t *testing.T) {
	words := func(s string) []string { return strings.Fields(s) }
	if low := words("kept many migrants seeking asylum"); !describesNoun(low, 3) {
		t.Errorf("describesNoun(%q, 3) = false", low)
	}
	if low := words("protesters demanding reform"); describesNoun(low, 1) {
		t.Errorf("describesNoun(%q, 1) = true, want false (a group acts)", low)
	}
	if low := words("wanted to use the delay to buy time and ease sanctions"); !wished(trigger{typ: "retreat"}, low, 9) {
		t.Errorf("wished(%q, 9) = false", low)
	}
	if low := words("tried to storm the parliament"); wished(trigger{typ: "protest"}, low, 2) {
		t.Errorf("wished(%q, 2) = true, want false (an attempt is reported)", low)
	}
	if low := words("asked mr . comey if the call was private"); !asksQuestion(low, 1) {
		t.Errorf("asksQuestion(%q, 1) = false", low)
	}
	text := "The navy patrolling the Gulf of Aden met Russia near North Lake Avenue."
	for _, c := range []struct {
		name string
		typ  core.EntityType
		want bool
	}{{"Gulf of Aden", core.Location, true}, {"North Lake Avenue", core.Location, true}, {"Russia", core.Location, false}, {"Gulf of Aden", core.Organisation, false}} {
		i := strings.Index(text, c.name)
		if got := noActor(text, quotes.Mention{Name: c.name, Type: c.typ, Start: i, End: i + len(c.name)}); got != c.want {
			t.Errorf("noActor(%q, %v) = %v, want %v", c.name, c.typ, got, c.want)
		}
	}
	if low := words("the d.n.c.'s hacked email servers"); !fronted(low, 2) {
		t.Errorf("fronted(%q, 2) = false", low)
	}
}

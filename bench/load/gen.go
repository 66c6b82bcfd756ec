package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

// The synthetic corpus is fictional: invented people, towns and bodies of
// an invented coast, recombined by a seeded generator, so every run stores
// the same articles.

var (
	people = []string{"Anna Lorvik", "Tomas Hale", "Irene Vasko", "Pavel Morrow", "Lena Okafor", "Jonas Brekke", "Mira Castell",
		"Oskar Lind", "Sana Idris", "Viktor Aalto", "Greta Nowak", "Elias Varga", "Nadia Ferro", "Rune Solberg", "Clara Ibsen"}
	places = []string{"Veldmark", "Ostrava Bay", "Kellin", "Marrowgate", "Tessin", "Harwick", "Lunde", "Port Avel", "Sorrel Point", "Brannock"}
	orgs   = []string{"Harbour Council", "Coastal Union", "Ferry Board", "Northern Assembly", "Pilots Guild", "Fisheries Office", "Port Authority", "Lighthouse Trust"}
	topics = []string{"ferry strike", "harbour dredging", "fishing quotas", "lighthouse repairs", "port tariffs", "storm damage",
		"pilot shortage", "wind farm", "tidal barrier", "grain shipments", "ice breakers", "coastal rail"}
	verbs   = []string{"warned", "promised", "argued", "insisted", "announced", "conceded", "repeated", "denied"}
	outlets = []string{"Veldmark Post", "Coastal Herald", "Harbour Ledger", "Tessin Daily", "Northern Wire", "Kellin Courier"}
	fillers = []string{
		"Officials met for several hours behind closed doors before speaking to reporters.",
		"The talks were the third round this year, and neither side expected a quick result.",
		"Residents gathered at the quay to hear the announcement, some carrying placards.",
		"Figures published last month showed traffic through the port falling for a second quarter.",
		"Several members of the assembly questioned whether the budget could cover the cost.",
		"A spokesperson declined to say when the next meeting would take place.",
		"Local businesses said the uncertainty had already cost them customers.",
		"The proposal will go to a vote before the end of the season.",
		"Engineers said the work would take at least two winters to finish.",
		"Union representatives said they would consult members before replying.",
	}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// sentenceTemplates are filled with an event's fields (%[1]s place, %[2]s
// organisation, %[3]s topic, %[4]s a person, %[5]d a number).
var sentenceTemplates = []string{
	"The %[2]s in %[1]s took up the %[3]s again on Tuesday.",
	"About %[5]d people gathered outside the %[2]s offices in %[1]s.",
	"%[4]s said the %[3]s could not wait for another season.",
	"Figures seen by reporters put the cost of the %[3]s at %[5]d million crowns.",
	"The %[2]s will vote on the %[3]s within %[5]d days, %[4]s said.",
	"In %[1]s, shop owners said the %[3]s had cost them customers for weeks.",
	"%[4]s met members of the %[2]s for %[5]d hours without an agreement.",
	"Critics of the %[2]s said the plan for the %[3]s came too late for %[1]s.",
	"A second meeting on the %[3]s is planned in %[1]s next week.",
	"Officials in %[1]s counted %[5]d complaints about the %[3]s since spring.",
}

// genArticles returns n synthetic articles with entities and quotes (with
// true offsets). Every eight consecutive articles report one event (the
// same place, body, topic and people within a few days), so the story
// layer has stories to find; the sentences are drawn and ordered at
// random, so articles are not near-duplicates of each other.
func genArticles(n int, seed uint64) []*core.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*core.Article, 0, n)
	var who, who2, where, org, topic string
	var day time.Time
	for i := 0; i < n; i++ {
		if i%8 == 0 {
			who, who2 = pick(r, people), pick(r, people)
			where, org, topic = pick(r, places), pick(r, orgs), pick(r, topics)
			day = base.AddDate(0, 0, r.IntN(1460))
		}
		title := fmt.Sprintf("%s: %s %s over %s", where, org, pick(r, []string{"split", "agrees", "stalls", "moves", "hesitates", "votes"}), topic)
		var b strings.Builder
		var quotes []core.Quote
		paras := 4 + r.IntN(5)
		for p := 0; p < paras; p++ {
			if p > 0 {
				b.WriteString("\n\n")
			}
			if p == 1 || p == 4 {
				q := fmt.Sprintf("We will not accept a deal on the %s that leaves %s behind", topic, where)
				if p == 4 {
					q = fmt.Sprintf("%d families in %s are waiting for an answer", 10+r.IntN(900), where)
				}
				b.WriteString("\"")
				start := b.Len()
				b.WriteString(q)
				end := b.Len()
				fmt.Fprintf(&b, ",\" %s %s. ", who, pick(r, verbs))
				quotes = append(quotes, core.Quote{Text: q, Speaker: who, Direct: true, Sentence: q, Start: start, End: end})
			}
			for k := 0; k < 2+r.IntN(3); k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				person := who
				if r.IntN(2) == 0 {
					person = who2
				}
				fmt.Fprintf(&b, pick(r, sentenceTemplates), where, org, topic, person, 2+r.IntN(5000))
				if r.IntN(3) == 0 {
					b.WriteString(" " + pick(r, fillers))
				}
			}
		}
		text := b.String()
		a := &core.Article{
			Source: fmt.Sprintf("synthetic/%05d.txt", i), Outlet: pick(r, outlets), Title: title,
			Published: day.AddDate(0, 0, r.IntN(4)).Format("2006-01-02"), Language: "en", Text: text,
			Entities: []core.Entity{
				{Name: who, Type: core.Person, Aliases: []string{who[strings.LastIndexByte(who, ' ')+1:]}, Mentions: 2},
				{Name: where, Type: core.Location, Mentions: 2},
				{Name: org, Type: core.Organisation, Mentions: 1},
			},
			Quotes: quotes,
		}
		if who2 != who {
			a.Entities = append(a.Entities, core.Entity{Name: who2, Type: core.Person, Mentions: 1})
		}
		a.Hash = extract.Hash(a.Title, a.Text+a.Source) // sources differ, so no two collide
		out = append(out, a)
	}
	return out
}

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

// genArticles returns n synthetic articles with entities and quotes (with
// true offsets), published over four years.
func genArticles(n int, seed uint64) []*core.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*core.Article, 0, n)
	for i := 0; i < n; i++ {
		who, who2 := pick(r, people), pick(r, people)
		where, org, topic := pick(r, places), pick(r, orgs), pick(r, topics)
		title := fmt.Sprintf("%s: %s %s over %s", where, org, pick(r, []string{"split", "agrees", "stalls", "moves"}), topic)
		var b strings.Builder
		var quotes []core.Quote
		paras := 5 + r.IntN(6)
		for p := 0; p < paras; p++ {
			if p > 0 {
				b.WriteString("\n\n")
			}
			switch p % 3 {
			case 0:
				fmt.Fprintf(&b, "The %s in %s took up the %s on %s. %s", org, where, topic,
					base.AddDate(0, 0, r.IntN(1400)).Format("Monday"), pick(r, fillers))
			case 1:
				q := fmt.Sprintf("We will not accept a deal on the %s that leaves %s behind", topic, where)
				b.WriteString("\"")
				start := b.Len()
				b.WriteString(q)
				end := b.Len()
				fmt.Fprintf(&b, ",\" %s %s. %s", who, pick(r, verbs), pick(r, fillers))
				quotes = append(quotes, core.Quote{Text: q, Speaker: who, Direct: true, Sentence: q, Start: start, End: end})
			default:
				fmt.Fprintf(&b, "%s, speaking for the %s, said talks with %s would continue. %s %s", who2, pick(r, orgs), who,
					pick(r, fillers), pick(r, fillers))
			}
		}
		text := b.String()
		a := &core.Article{
			Source: fmt.Sprintf("synthetic/%05d.txt", i), Outlet: pick(r, outlets), Title: title,
			Published: base.AddDate(0, 0, r.IntN(1460)).Format("2006-01-02"), Language: "en", Text: text,
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

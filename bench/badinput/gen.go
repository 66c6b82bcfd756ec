package main

import (
	"fmt"
	"strings"
)

// The inputs are generated here, fictional and deterministic: invented
// people and places of an invented coast, recombined so that each case's
// size grows linearly with its scale k (1, 2, 4, 8).

// doc is one JSON Lines record, as ingest and cluster read it.
type doc struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
	Date  string `json:"date,omitempty"`
	URL   string `json:"url,omitempty"`
}

// gencase is one kind of bad input; gen returns its records at scale k.
type gencase struct {
	name string
	what string
	gen  func(k int) []doc
}

var (
	gPeople = []string{"Anna Lorvik", "Tomas Hale", "Irene Vasko", "Pavel Morrow", "Lena Okafor", "Jonas Brekke", "Mira Castell", "Oskar Lind"}
	gPlaces = []string{"Veldmark", "Kellin", "Marrowgate", "Tessin", "Harwick", "Lunde", "Port Avel", "Brannock"}
	gTopics = []string{"ferry strike", "harbour dredging", "fishing quotas", "lighthouse repairs", "port tariffs", "storm damage"}
)

// sentence returns the i-th fictional news sentence (a quote every third).
func sentence(i int) string {
	p, q := gPeople[i%len(gPeople)], gPeople[(i/3+1)%len(gPeople)]
	pl, t := gPlaces[(i/2)%len(gPlaces)], gTopics[(i/5)%len(gTopics)]
	switch i % 6 {
	case 0:
		return fmt.Sprintf("%s met %s in %s on Tuesday to discuss the %s.", p, q, pl, t)
	case 1:
		return fmt.Sprintf("\"We will not accept the %s as it stands,\" %s said in %s.", t, p, pl)
	case 2:
		return fmt.Sprintf("The council of %s voted %d to %d against the plan for the %s.", pl, i%40, i%17, t)
	case 3:
		return fmt.Sprintf("%s accused %s of delaying the %s for %d weeks.", p, q, t, i%12+1)
	case 4:
		return fmt.Sprintf("%s said the %s would cost %s about %d million crowns.", q, t, pl, i%90+3)
	default:
		return fmt.Sprintf("Residents of %s protested outside the harbour office over the %s.", pl, t)
	}
}

// fill repeats gen(i) until the text reaches n bytes.
func fill(n int, gen func(i int) string, sep string) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(gen(i))
	}
	return b.String()
}

func one(name, title, text string) []doc {
	return []doc{{ID: name, Title: title, Text: text, Date: "2024-03-05", URL: "https://example.org/2024/03/05/" + name}}
}

const kb = 1 << 10

var cases = []gencase{
	{"nosentences", "whitespace, digits and punctuation only, 32 KB per step", func(k int) []doc {
		return one("nosentences", "", fill(32*kb*k, func(i int) string {
			return [...]string{"   \t", "?!.,;:", "--- *** ---", "12 34 56", "(((", "\"''\"", "…", "\u00a0\u200b"}[i%8]
		}, "\n"))
	}},
	{"bigpara", "one paragraph of sentences, 128 KB per step (8x: 1 MB)", func(k int) []doc {
		return one("bigpara", "Harbour talks", fill(128*kb*k, sentence, " "))
	}},
	{"nopunct", "one 'sentence' with no full stop, 16 KB per step", func(k int) []doc {
		return one("nopunct", "Harbour talks", fill(16*kb*k, func(i int) string {
			return strings.TrimSuffix(strings.ReplaceAll(sentence(i), "\"", ""), ".") + " and"
		}, " "))
	}},
	{"unbalanced", "quote marks opened and never closed, 16 KB per step", func(k int) []doc {
		return one("unbalanced", "Harbour talks", fill(16*kb*k, func(i int) string {
			p := gPeople[i%len(gPeople)]
			return [...]string{"\"We will not move, " + p + " said. ", "“The council failed", p + " said: \"the ferry", "'He lied,\" she said ”", "« Non »"}[i%5]
		}, " "))
	}},
	{"nested", "quotes nested three deep in each sentence, 16 KB per step", func(k int) []doc {
		return one("nested", "Harbour talks", fill(16*kb*k, func(i int) string {
			p, q := gPeople[i%len(gPeople)], gPeople[(i+3)%len(gPeople)]
			return fmt.Sprintf("\"%s told me 'the mayor said \"%s wrote 'stop the %s' to us\" yesterday' at noon,\" %s said.", q, p, gTopics[i%len(gTopics)], p)
		}, " "))
	}},
	{"allcaps", "the paragraph in capitals, 64 KB per step", func(k int) []doc {
		return one("allcaps", "HARBOUR TALKS FAIL", strings.ToUpper(fill(64*kb*k, sentence, "\n\n")))
	}},
	{"nonenglish", "German, Cyrillic and CJK lines, 64 KB per step", func(k int) []doc {
		return one("nonenglish", "Hafengespräche", fill(64*kb*k, func(i int) string {
			p := gPeople[i%len(gPeople)]
			return [...]string{
				"„Wir werden den Plan nicht annehmen“, sagte " + p + " am Dienstag in Veldmark.",
				"Министр " + p + " заявил, что переговоры в Келлине провалились.",
				p + "は火曜日に港の計画について「受け入れない」と述べた。",
				"Le maire de Tessin a déclaré : « Nous refusons ce projet. »",
			}[i%4]
		}, "\n\n"))
	}},
	{"repeatword", "one word repeated 12,500 times per step (8x: 100,000)", func(k int) []doc {
		return one("repeatword", "harbour", strings.TrimSpace(strings.Repeat("harbour ", 12500*k)))
	}},
	{"manylines", "one short line per word, 8,000 lines per step", func(k int) []doc {
		return one("manylines", "Harbour talks", fill(8000*k*8, func(i int) string {
			return [...]string{"Veldmark", "ferry", "said", "Anna Lorvik", "—", "3", "By Tomas Hale", "Share"}[i%8]
		}, "\n"))
	}},
	{"manynames", "a new invented person in every sentence, 32 KB per step", func(k int) []doc {
		return one("manynames", "Harbour talks", fill(32*kb*k, func(i int) string {
			return fmt.Sprintf("Councillor %s Vel%dson of %s said the %s was settled.", gPeople[i%len(gPeople)][:4], i, gPlaces[i%len(gPlaces)], gTopics[i%len(gTopics)])
		}, " "))
	}},
	{"emptytext", "records with a title and no text (or whitespace only), 100 per step", func(k int) []doc {
		var ds []doc
		for i := 0; i < 100*k; i++ {
			ds = append(ds, doc{ID: fmt.Sprint("e", i), Title: fmt.Sprintf("Harbour talks %d", i), Text: [...]string{"", " ", "\n\n", "\u200b"}[i%4], Date: "2024-03-05"})
		}
		return ds
	}},
	{"baddates", "short articles with no date, a future date, 1970, garbage; 100 per step", func(k int) []doc {
		var ds []doc
		for i := 0; i < 100*k; i++ {
			text := sentence(i) + " " + sentence(i+1) + " " + sentence(i+2)
			ds = append(ds, doc{ID: fmt.Sprint("d", i), Title: fmt.Sprintf("Harbour talks %d", i), Text: text,
				Date: [...]string{"", "2099-12-31", "1970-01-01", "0000-00-00", "yesterday", "1970-01-01T00:00:00Z", "2024-02-30"}[i%7],
				URL:  fmt.Sprintf("https://example.org/news/%d", i)})
		}
		return ds
	}},
	{"identical", "the same article 250 times per step (8x: 2,000)", func(k int) []doc {
		text := fill(3*kb, sentence, " ")
		var ds []doc
		for i := 0; i < 250*k; i++ {
			ds = append(ds, doc{ID: fmt.Sprint("i", i), Title: "Harbour talks fail", Text: text, Date: "2024-03-05", URL: fmt.Sprintf("https://example.org/2024/03/05/a%d", i)})
		}
		return ds
	}},
	{"nearidentical", "one article 125 times per step, one number changed each time", func(k int) []doc {
		text := fill(3*kb, sentence, " ")
		var ds []doc
		for i := 0; i < 125*k; i++ {
			ds = append(ds, doc{ID: fmt.Sprint("n", i), Title: "Harbour talks fail", Text: fmt.Sprintf("Officials counted %d boats in the harbour. %s", i, text),
				Date: fmt.Sprintf("2024-03-%02d", 1+i%28), URL: fmt.Sprintf("https://example.org/2024/03/05/n%d", i)})
		}
		return ds
	}},
}

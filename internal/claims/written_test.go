package claims

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// writtenTexts are fictional articles for the index of written forms:
// acronyms, names with inner capitals, lines of capitals, words with
// marks, runes whose lower case is longer or shorter, an invalid byte.
var writtenTexts = []string{
	"",
	"The Asheville Tea PAC said on Monday. Brenna McEnaney of the PAC spoke.\nMCENANEY SAYS NO\nLater McENANEY and mcenaney and McEnaney2 left.",
	"FERRY TALKS FAIL\nTRUMP SAYS NO TO TARIFFS\nIn Veldmark, the RSPB and the Rspb met; DeSantis and Desantis spoke, deSantis too.",
	"Quill's office: O'NEILL said O'Neill's aide and Smith-JONES met the KLM-Air board.\n\nLine three: the pac, PAC, PaC.",
	"Ärzte der ÖBB und die ÖBB-Führung: ÖBB sagt McÄrzte.\nZweite Zeile ÖBB",
	"İstanbul office of the PAC: McEnaney spoke.", // 'İ' lower-cases to one byte less
	"Ⱥrno PAC met İzmir McEnaney.",                             // one rune longer, one shorter: same length, shifted offsets
	"Ⱥrno PAC met McEnaney in İzmir.",                          // the same, offsets shifted in between
	"Ⱥrno\nPAC met McEnaney\nin İzmir.",                        // the same, on other lines
	"The PAC\xff met McEnaney.",                                // an invalid byte
	"The PAC\xff\xfe met İİİİ McEnaney.",                       // invalid bytes and shorter runes
	"No line ends here PAC",                                    // a word at the very end
	"\nPAC\n\nMcEnaney\n",                                      // words alone on lines
	"Tea PACs and the PAC's money; PAC2 and 2PAC, McEnaney's.", // a word inside a longer one
}

var writtenWords = []string{"Pac", "PAC", "Mcenaney", "McEnaney", "Trump", "Rspb", "Desantis", "O'neill", "Smith-jones",
	"Öbb", "Ärzte", "İstanbul", "Klm-air", "A", "Of", "Tea", "Pac2", "2pac", "Mcärzte", "Zeile", "Arno", "Ⱥrno"}

func TestArticleWrittenAsIsWrittenAs(t *testing.T) {
	for _, text := range writtenTexts {
		a := &article{text: text}
		for _, w := range writtenWords {
			if got, want := a.writtenAs(w), writtenAs(text, w); got != want {
				t.Errorf("article{%q}.writtenAs(%q) = %q, writtenAs gives %q", text, w, got, want)
			}
		}
	}
}

func TestArticleDisplayInIsDisplayIn(t *testing.T) {
	holders := []string{"asheville tea pac", "mcenaney", "brenna mcenaney", "rspb", "desantis", "o'neill", "öbb",
		"kestrel chamber of commerce", "trump", "the pac", "smith-jones"}
	sents := []string{"", "The PAC said so.", "Brenna Mcenaney said so.", "DESANTIS SAID SO"}
	for _, text := range writtenTexts {
		a := &article{text: text}
		for _, h := range holders {
			for _, s := range sents {
				if got, want := a.displayIn(h, s), displayIn(h, s, text); got != want {
					t.Errorf("article{%q}.displayIn(%q, %q) = %q, displayIn gives %q", text, h, s, got, want)
				}
			}
		}
	}
}

// longStatements is a fictional article of n sentences, a statement of a
// named speaker every third, and its quotes.
func longStatements(n int) (string, []core.Quote) {
	people := []string{"Anna McLorvik", "Tomas Hale", "Irene DeVasko", "Pavel Morrow"}
	var b strings.Builder
	var qs []core.Quote
	for i := 0; i < n; i++ {
		p := people[i%len(people)]
		if i%3 == 1 {
			said := fmt.Sprintf("“We will not accept the harbour tariffs of ward %d as they stand today,”", i)
			s := said + " " + p + " said."
			start := b.Len()
			qs = append(qs, core.Quote{Text: said, Speaker: p, Direct: true, Sentence: s, Start: start, End: start + len(said)})
			b.WriteString(s + " ")
			continue
		}
		fmt.Fprintf(&b, "%s met the Veldmark PAC on Tuesday about the ferry strike of ward %d. ", p, i)
	}
	return b.String(), qs
}

// BenchmarkStatementsLongArticle: a statement's display looked up the
// holder's casing in the whole article per word (quadratic); 1x is about
// 90 KB, 4x about 360 KB.
func BenchmarkStatementsLongArticle(b *testing.B) {
	e := NewExtractor(Options{})
	for _, k := range []int{1, 4} {
		text, qs := longStatements(1000 * k)
		b.Run(fmt.Sprintf("%dx", k), func(b *testing.B) {
			for b.Loop() {
				e.Extract("Harbour talks", text, qs)
			}
		})
	}
}

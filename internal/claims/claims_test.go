package claims

import (
	"github.com/storyline/storyline/internal/core"
	"strings"
	"testing"
	"time"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		keys []string
	}{
		// Paraphrases of one claim (fictional countries and people).
		{"Valdoria's readiness for peace negotiations was stressed by its president.", []string{"valdoria|ready|negotiations"}},
		{"Valdoria ready for talks with Ostmark", []string{"valdoria|ready|negotiations"}},
		{"The minister expressed Valdoria's preparedness for engaging in dialogues on the border.", []string{"valdoria|ready|negotiations"}},
		{"President Anna Kell emphasized Valdoria's willingness to negotiate.", []string{"valdoria|ready|negotiations"}},
		{"Valdoria is open to discussions about the dam.", []string{"valdoria|ready|negotiations"}},
		// A capital stands for its country.
		{"Moscow stands ready for negotiations, the envoy said.", []string{"russia|ready|negotiations"}},
		{"The Kremlin is willing to hold talks.", []string{"russia|ready|negotiations"}},
		// Negation is kept apart.
		{"Ostmark is not ready for talks.", []string{"ostmark|not-ready|negotiations"}},
		{"Ostmark rejected a ceasefire.", []string{"ostmark|refuse|ceasefire"}},
		// Names: the surname stands for the person.
		{"Foreign Minister Jon Tarel said he was prepared to resume talks.", []string{"tarel|ready|negotiations"}},
		// A dateline's place is where the story was filed, not a holder.
		{"NORTH HARBOUR BEACH, Val. — Foreign Minister Jon Tarel said he supports talks.", []string{"tarel|support|negotiations"}},
		{"HARBOUR BEACH, Val. — President Tarel began meetings with the leader of Ostmark on Tuesday by saying he supports talks.", []string{"tarel|support|negotiations"}},
		// A stance the writer puts in doubt keeps its key but is marked
		// questioned ("?" here); a doubt that affirms is a plain claim.
		{"The shelling fed skepticism about Tarel's willingness to engage in talks.", []string{"tarel|ready|negotiations?"}},
		{"Analysts voiced doubts over Valdoria's readiness for negotiations.", []string{"valdoria|ready|negotiations?"}},
		{"I have no doubt that Valdoria is ready for talks.", []string{"valdoria|ready|negotiations"}},
		{"Analysts voiced doubts over Valdoria's readiness for negotiations. Valdoria is ready for talks, its envoy said.", []string{"valdoria|ready|negotiations"}},
		// A pronoun the package cannot name is no holder; "he" is the main actor.
		{"Ostmark and its allies balked. They are not ready for talks.", nil},
		{"On Monday Tarel spoke at length and critics praised Tarel. He is ready for talks.", []string{"tarel|ready|negotiations"}},
		// "the authority" is the named authority; a quotation ends the search.
		{"The Kestrel Port Authority met on Monday. Its chief said the union's terms \"would ruin us\" and that the authority was ready for talks.", []string{"kestrel port authority|ready|negotiations"}},
		{"The Kestrel Port Authority is ready for talks.", []string{"kestrel port authority|ready|negotiations"}},
		{"Tarel called the plan \"a trap for Ostmark\" and the board was ready for talks.", nil},
		// Which agreement or membership is part of the key.
		{"Tarel's opposition to the Kessel deal angered Ostmark.", []string{"tarel|oppose|settlement:kessel"}},
		{"Kell supports the trade deal. Kell supports the peace deal.", []string{"kell|support|settlement:trade", "kell|support|settlement:peace"}},
		{"Tarel opposes Valdoria's NATO membership.", []string{"tarel|oppose|membership:nato"}},
		{"After talks with Ostmark, Anna Kell said she was open to a new agreement.", []string{"kell|ready|settlement:?"}},
		// Nouns need their preposition; other senses are no stance.
		{"The opposition leaders in Valdoria demanded that talks begin.", nil},
		{"Ostmark won the support of voters in the election.", nil},
		{"Ostmark needs broad support to win an election.", nil},
		{"Kell's supporters cheered the talks.", nil},
		{"Kell has made a great deal of her record.", nil},
		// The object heads the phrase after the stance.
		{"Kell is eager to get the report out before the election.", nil},
		{"Tarel refused to discuss the matter.", nil},
		{"Ostmark is less prepared to deal with floods.", nil},
		// Holders: pushed, possessed, after a preposition, a modifier.
		{"Tarel pushed fellow Ostmark senators to reject the Kessel deal.", []string{"tarel|oppose|settlement:kessel"}},
		{"Kell's former advisers backed the Kessel deal.", nil},
		{"Both made their support for Valdoria and opposition to the dam deal clear.", nil},
		{"Mr. Tarel said he'd support a ceasefire.", []string{"tarel|support|ceasefire"}},
		{"At the summit with Ostmark, Kell said she was ready for talks.", []string{"kell|ready|negotiations"}},
		{"On Sunday, Valdoria's envoy said it backed a ceasefire.", nil},
		{"The United States backed a ceasefire.", []string{"united states|support|ceasefire"}},
		// Paraphrases, and a verb after a comma shares the sentence's subject.
		{"Tarel has pledged calm, rebuffing calls for early elections.", []string{"tarel|refuse|election"}},
		{"On Monday Kell met Tarel, and later Kell spoke. But she has promised jobs, opposed the Kessel deal and spoke twice.", []string{"kell|oppose|settlement:kessel"}},
		{"They promised jobs, opposed the Kessel deal and spoke twice.", nil},
		{"Kell promised jobs, opposed the Kessel deal and spoke twice.", []string{"kell|oppose|settlement:kessel"}},
		{"Ostmark spurned the offer of talks.", []string{"ostmark|refuse|negotiations"}},
		{"Tarel says Anna Kell abandoned her support for the Kessel deal.", []string{"kell|support|settlement:kessel"}},
		{"Tarel says Anna Kell is lying about her support for the Kessel deal.", nil},
		{"Tarel accused Ostmark of refusing talks.", []string{"tarel|accuse|ostmark:refus"}},
		// Pledges and urgings: the verb after "to" says which way.
		{"Kell urged Ostmark senators to vote for the Kessel deal.", []string{"kell|demand|settlement:kessel"}},
		{"Tarel vowed to hold early elections.", []string{"tarel|support|election"}},
		{"Kell pledged to lift the sanctions on Ostmark.", []string{"kell|oppose|sanctions"}},
		{"Valdoria called on Ostmark to resume talks.", []string{"valdoria|demand|negotiations"}},
		{"Kell urged them not to sign the Kessel deal.", []string{"kell|oppose|settlement:kessel"}},
		{"Tarel pressed for a ceasefire.", []string{"tarel|demand|ceasefire"}},
		{"Valdoria promised to negotiate.", []string{"valdoria|ready|negotiations"}},
		{"Tarel rejected calls by opposition leaders to hold early elections.", []string{"tarel|refuse|election"}},
		{"Kell urged reporters to read the Kessel deal.", nil},
		{"Tarel promised to answer questions about the deal.", nil},
		{"Kell called the senators to discuss the Kessel deal.", nil},
		{"If Tarel vowed to hold elections, Kell would too.", nil},
		{"Kell supported staying in the Kessel deal.", []string{"kell|support|settlement:kessel"}},
		{"Tarel opposed leaving the Kessel deal.", []string{"tarel|support|settlement:kessel"}},
		{"Ostmark agreed to a ceasefire.", []string{"ostmark|support|ceasefire"}},
		{"Ostmark agreed to hold talks with Valdoria.", []string{"ostmark|ready|negotiations"}},
		// Fourteenth pass: which deal. An unnamed deal keys by its
		// sentence (":?" and a hash; see TestUnnamedDeals), a deal named
		// after "with" by its party, "the deal" by the article's last
		// named one.
		{"Valdoria supports a new agreement with Ostmark.", []string{"valdoria|support|settlement:ostmark"}},
		{"The Kessel nuclear deal was signed in May. Tarel has threatened to scrap the deal.", []string{"tarel|oppose|settlement:kessel"}},
		{"The Kessel debt deal was signed in May. Tarel has threatened to scrap the deal.", []string{"tarel|oppose|settlement:kessel"}},
		{"Tarel spoke in May. Tarel has threatened to scrap the deal.", []string{"tarel|oppose|settlement:?"}},
		{"Tarel has threatened to scrap the deal. The Kessel nuclear deal was signed in May.", []string{"tarel|oppose|settlement:kessel"}},
		{"Brel urged senators to vote for the Kessel deal. Kell called on them to pass a deal.", []string{"brel|demand|settlement:kessel", "kell|demand|settlement:?"}},
		// Eighth pass: threats, wants, undo nouns, "in favor of", pacts.
		{"Tarel has threatened to scrap the Kessel deal.", []string{"tarel|oppose|settlement:kessel"}},
		{"Valdoria threatens to impose new sanctions on Ostmark.", []string{"valdoria|support|sanctions"}},
		{"Ostmark threatened to retaliate against Valdoria.", nil},
		{"Kell said Valdoria wanted to open negotiations without preconditions.", []string{"valdoria|ready|negotiations"}},
		{"Tarel does not want to sign the Kessel deal.", []string{"tarel|not-support|settlement:kessel"}},
		{"Kell called for the lifting of the sanctions on Ostmark.", []string{"kell|oppose|sanctions"}},
		{"Tarel called for an immediate end to the truce.", []string{"tarel|oppose|ceasefire"}},
		{"Kell called for the resumption of talks.", []string{"kell|demand|negotiations"}},
		{"Tarel voted in favor of the Kessel deal.", []string{"tarel|support|settlement:kessel"}},
		{"Valdoria pledged support for the pact.", []string{"valdoria|support|settlement:?"}},
		{"Ostmark agreed to take part in talks in Kessel.", []string{"ostmark|ready|negotiations"}},
		{"Kell urged Tarel to stay in the Kessel deal.", []string{"kell|demand|settlement:kessel"}},
		{"Valdoria urged Ostmark to jettison the Kessel deal.", []string{"valdoria|oppose|settlement:kessel"}},
		{"The two leaders agreed to solidify the cease-fire.", nil},
		{"Valdoria backed the cease-fire.", []string{"valdoria|support|ceasefire"}},
		{"Ostmark has never refused talks.", []string{"ostmark|ready|negotiations"}},
		{"Ostmark has never refused the Kessel deal.", []string{"ostmark|not-refuse|settlement:kessel"}},
		{"Kell threatened to call off the Kessel deal.", []string{"kell|oppose|settlement:kessel"}},
		{"Kell did not threaten to call off the Kessel deal.", nil},
		// Bans and resignations name what or whom.
		{"Tarel called for a temporary ban on Zorvans entering Valdoria.", []string{"tarel|demand|ban:zorvan"}},
		{"Kell condemned the Zorvan ban.", []string{"kell|oppose|ban:zorvan"}},
		{"Kell supported a ban on all forms of fishing.", nil},
		{"Valdoria backed a test ban treaty.", []string{"valdoria|support|settlement:ban"}},
		{"The Kessel Union demanded the resignation of President Anna Kell.", []string{"kessel union|demand|resignation:kell"}},
		{"Tarel called for Kell's resignation.", []string{"tarel|demand|resignation:kell"}},
		{"Tarel called for a resignation.", nil},
		{"Jon Q. Tarel called for a ban on Zorvans.", []string{"tarel|demand|ban:zorvan"}},
		{"Tarel wants a ban on Zorvans and others supporting a ban on Kesselites.", []string{}},
		{"Kell is supporting a ban on Kesselites.", []string{"kell|support|ban:kesselite"}},
		// A lone adjective of a people before common nouns: the noun phrase
		// holds the stance, or the country when it is the state's voice.
		{"Tarel and other European leaders have urged Ostmark to remain in the Kessel deal.", []string{"european leaders|demand|settlement:kessel"}},
		{"Two weeks earlier, Dutch voters rejected the Kessel treaty.", []string{"dutch voters|refuse|settlement:kessel"}},
		{"The Dutch government rejected the Kessel deal.", []string{"netherlands|refuse|settlement:kessel"}},
		{"Tarel condemned the government's deal with the miners.", []string{"tarel|oppose|settlement:government"}},
		{"Valdoria will seek new sanctions on Ostmark.", []string{"valdoria|demand|sanctions"}},
		{"Kell is seeking election to the senate.", nil},
		{"Tarel criticized the Kessel deal.", []string{"tarel|oppose|settlement:kessel"}},
		{"U.S. President Jon Tarel criticized the 2015 deal.", []string{"tarel|oppose|settlement:?"}},
		{"Kell backed the Paris agreement.", []string{"kell|support|settlement:paris"}},
		{"Critics of the Kessel deal met Tarel.", nil},
		{"Valdoria and its allies will seek new U.N. sanctions.", []string{"valdoria|demand|sanctions"}},
		// Questions, conditions, denials are no statement of the holder.
		{"Is Valdoria ready for talks?", nil},
		{"If Valdoria is ready for talks, the war may end.", nil},
		{"Critics asked whether Valdoria was ready for talks.", nil},
		{"Ostmark denied that Valdoria was ready for talks.", []string{"ostmark|deny|readi+talk+valdoria"}}, // a denial (denial.go), no stance of Valdoria's
		// No object, no claim; "ready" alone is not a claim.
		{"Valdoria is ready.", nil},
		{"The report was ready on Monday and published at noon.", nil},
		{"", nil},
	}
	e := NewExtractor(Options{})
	for _, tt := range tests {
		got := e.Extract("", tt.text, nil)
		var keys []string
		for _, c := range got {
			k := c.Key
			if c.Questioned {
				k += "?"
			}
			keys = append(keys, k)
		}
		if len(keys) != len(tt.keys) {
			t.Errorf("%q: keys %v, want %v", tt.text, keys, tt.keys)
			continue
		}
		for i := range keys {
			if keys[i] != tt.keys[i] && !(strings.HasSuffix(tt.keys[i], ":?") && strings.HasPrefix(keys[i], tt.keys[i])) {
				t.Errorf("%q: keys %v, want %v", tt.text, keys, tt.keys)
			}
		}
	}
}

// TestUnnamedDeals: two articles' support for a deal neither names is
// no one claim; the same sentence in two articles is.
func TestUnnamedDeals(t *testing.T) {
	e := NewExtractor(Options{})
	a := e.Extract("", "Kell said she supports the deal.", nil)
	b := e.Extract("", "Kell told reporters she supports the deal.", nil)
	c := e.Extract("", "Kell said she supports the deal.", nil)
	if len(a) != 1 || len(b) != 1 || len(c) != 1 {
		t.Fatalf("claims %v / %v / %v, want one each", a, b, c)
	}
	if a[0].Key == b[0].Key || a[0].Key != c[0].Key {
		t.Errorf("keys %q, %q, %q: want the first two apart, the first and third one", a[0].Key, b[0].Key, c[0].Key)
	}
	if a[0].Text != "Kell — supports an agreement" {
		t.Errorf("text %q, want %q", a[0].Text, "Kell — supports an agreement")
	}
}

func TestPartner(t *testing.T) {
	cs := NewExtractor(Options{}).Extract("", "Valdoria is ready for talks with Ostmark on the dam.", nil)
	if len(cs) != 1 || cs[0].Partner != "ostmark" || cs[0].Key != "valdoria|ready|negotiations" {
		t.Fatalf("claims = %+v, want one valdoria|ready|negotiations with partner ostmark", cs)
	}
}

func TestDisplay(t *testing.T) {
	cs := NewExtractor(Options{}).Extract("Valdoria ready for talks", "", nil)
	if len(cs) != 1 || cs[0].Text != "Valdoria — ready for negotiations" {
		t.Fatalf("display: %+v", cs)
	}
	cs = NewExtractor(Options{}).Extract("", "Kell backed the Kessel deal. Tarel opposes Valdoria's NATO membership. Ostmark supports a trade agreement.", nil)
	want := []string{"Kell — supports the Kessel agreement", "Tarel — opposes NATO membership", "Ostmark — supports a trade agreement"}
	if len(cs) != len(want) {
		t.Fatalf("display: %+v, want %q", cs, want)
	}
	for i := range want {
		if cs[i].Text != want[i] {
			t.Errorf("display %d = %q, want %q", i, cs[i].Text, want[i])
		}
	}
}

func TestBook(t *testing.T) {
	e := NewExtractor(Options{})
	var b Book
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	b.Add("a2", day(5), e.Extract("", "Valdoria's readiness for peace negotiations was stressed.", nil))
	b.Add("a1", day(1), e.Extract("", "Valdoria ready for talks.", nil))
	b.Add("a3", time.Time{}, e.Extract("", "Valdoria is willing to negotiate.", nil))
	b.Add("x", day(2), e.Extract("", "Ostmark rejected a ceasefire.", nil))
	gs := b.Groups("valdoria")
	if len(gs) != 1 {
		t.Fatalf("groups: %d, want 1", len(gs))
	}
	g := gs[0]
	if len(g.Occurrences) != 3 || g.First.Article != "a1" || g.Latest.Article != "a3" {
		t.Errorf("group %s: %d occurrences, first %s, latest %s; want 3, a1, a3", g.Key, len(g.Occurrences), g.First.Article, g.Latest.Article)
	}
	if len(b.Groups("")) != 2 {
		t.Errorf("all groups: %d, want 2", len(b.Groups("")))
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Valdoria's readiness for peace negotiations")
	f.Add("his willingness to engage in talks")
	f.Add("'s ready for")
	f.Add("Ready for talks, Mr. ’s X’ we are open to a dialogue")
	f.Add("Mr. Tarel said he'd back the North Sea Fishing Agreement; I’ll oppose it?")
	f.Add("opposition to Kessel's NATO membership and support for")
	f.Add("Jon Q. Tarel threatened to call off the ban on Zorvans; Dutch voters in favor of")
	f.Add("others supporting the resignation of A. B. C. Kell's and calls for the lifting of")
	f.Add("Varro denied the allegations. Critics accused Ostmark of A warned of")
	f.Add("Tarel accused Ostmark of being. He vowed the club would; Seoul embassies warned of a deep")
	f.Add("a platform that calls for a $15 minimum wage and the tariff exemption; Wall")
	f.Add("Tarel Calls On Varro To Resign. Varro urged Dorn to step; demanded Wang's release of")
	f.Add("Tarel's endorsement of Sen. Varro Wednesday; he will not back Dorn, condemned what Ostmark's")
	f.Add("Varro blamed Ostmark and its allies once again for; rejected Khan's; called for the release of")
	e := NewExtractor(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range e.Extract(s, s, nil) {
			if c.Key == "" || c.Holder == "" || c.Object == "" {
				t.Fatalf("incomplete claim %+v", c)
			}
		}
	})
}

func TestExtractQuoteSentences(t *testing.T) {
	// A quote of several sentences: each claim keeps its own sentence, and
	// "We" takes the speaker while "They" stays unnamed.
	q := core.Quote{Speaker: "Jon Tarel", Text: "Ostmark does not help. They are not ready for talks. We have never refused to negotiate."}
	got := NewExtractor(Options{}).Extract("", "", []core.Quote{q})
	// A denied refusal of talks reads as readiness for them.
	if len(got) != 1 || got[0].Key != "tarel|ready|negotiations" || got[0].Sentence != "We have never refused to negotiate." {
		t.Errorf("claims = %+v, want one tarel|ready|negotiations from the last sentence", got)
	}
}

func TestOnBehalfOf(t *testing.T) {
	cs := NewExtractor(Options{}).Extract("", "President Anna Kell emphasized her readiness for talks with Ostmark.", nil)
	if len(cs) != 1 || cs[0].Key != "kell|ready|negotiations" {
		t.Fatalf("claims = %+v, want one kell|ready|negotiations", cs)
	}
	c := cs[0].OnBehalfOf("Valdoria")
	if c.Key != "valdoria|ready|negotiations" || c.Holder != "valdoria" || c.Text != "Valdoria — ready for negotiations" || c.Sentence != cs[0].Sentence {
		t.Errorf("OnBehalfOf(Valdoria) = %+v", c)
	}
	if c := cs[0].OnBehalfOf(""); c.Key != cs[0].Key {
		t.Errorf("OnBehalfOf(\"\") changed the claim: %+v", c)
	}
	if got := Canon("Vladimir Putin"); got != "putin" {
		t.Errorf("Canon(Vladimir Putin) = %q", got)
	}
	if got := Canon("Chilean President Anna Kell"); got != "kell" {
		t.Errorf("Canon(Chilean President Anna Kell) = %q, want kell (any demonym before a title)", got)
	}
	if got := Canon("Scottish Labour Party"); got != "scottish labour party" {
		t.Errorf("Canon(Scottish Labour Party) = %q: a demonym is part of an organisation's name", got)
	}
	if got := Canon("the Kremlin"); got != "russia" {
		t.Errorf("Canon(the Kremlin) = %q", got)
	}
}

// A ban is shown as the sentence names it: "a ban on Zorvans", "the Zorvan
// ban", never "a ban on Zorvan".
func TestBanDisplay(t *testing.T) {
	for _, c := range []struct{ show, want string }{
		{"Zorvans", "a ban on Zorvans"},
		{"Zorvan", "the Zorvan ban"},
		{"Zorvan refugees", "a ban on Zorvan refugees"},
	} {
		if got := qualified("ban", c.show); got != c.want {
			t.Errorf("qualified(ban, %q) = %q, want %q", c.show, got, c.want)
		}
	}
}

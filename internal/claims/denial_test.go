package claims

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// extractKeys are the keys of every claim Extract reads in text (deny
// claims and any other).
func extractKeys(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, c := range NewExtractor(Options{}).Extract("", text, nil) {
		out = append(out, c.Key)
	}
	return out
}

// denyKeys is the keys of the deny claims extracted from text.
func denyKeys(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, k := range extractKeys(t, text) {
		if strings.Contains(k, "|deny|") {
			out = append(out, k)
		}
	}
	return out
}

// expectOneDeny checks that each sentence gives one deny claim, the key it
// maps to.
func expectOneDeny(t *testing.T, want map[string]string) {
	t.Helper()
	for s, w := range want {
		deny := denyKeys(t, s)
		if len(deny) != 1 || deny[0] != w {
			t.Errorf("%q: deny claims %v, want [%s]", s, deny, w)
		}
	}
}

// denyAndSays reports whether Extract reads in sentence s, with its quote
// q, a deny claim of denier and a statement of sayer ("" for any holder).
func denyAndSays(s string, q core.Quote, denier, sayer string) (deny, says bool) {
	for _, c := range NewExtractor(Options{}).Extract("", s, []core.Quote{q}) {
		deny = deny || c.Stance == "deny" && (denier == "" || c.Holder == denier)
		says = says || c.Statement && (sayer == "" || c.Holder == sayer)
	}
	return deny, says
}

// expectNoDeny checks that no sentence gives a deny claim.
func expectNoDeny(t *testing.T, sentences []string) {
	t.Helper()
	for _, s := range sentences {
		if got := denyKeys(t, s); len(got) != 0 {
			t.Errorf("%q: got deny claims %v", s, got)
		}
	}
}

// TestDenialWordings: a denial of a thing said is a deny claim of the
// denier keyed by what is denied, whatever the wording, and no claim of the
// accuser or statement of the denier.
func TestDenialWordings(t *testing.T) {
	want := "ostmark|deny|involv+strike"
	for _, s := range []string{
		"Ostmark denied that it was involved in the strike.",
		"Ostmark has denied any involvement in the strike.",
		"Ostmark rejected claims that it was involved in the strike.",
		"Ostmark dismissed reports that it was involved in the strike.",
		"Ostmark called reports that it was involved in the strike baseless.",
		"Ostmark on Tuesday denied reports in the Valdorian press that it was involved in the strike.",
		"Ostmark said there was no truth to reports that it was involved in the strike.",
	} {
		got := extractKeys(t, s)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", s, got, want)
		}
	}
}

// TestDenialClauses: a denied clause ("denied ever V-ing", "denied that",
// "denied he was") is keyed by its content stems, a negation kept; a denial
// of a thing to someone, a passive, a negated denial, a pronoun or a common
// noun as the denier give no deny claim.
func TestDenialClauses(t *testing.T) {
	for s, want := range map[string]string{
		"Tarel denied ever threatening the harbour workers.":              "tarel|deny|harbour+threaten+worker",
		"Tarel has denied that the ferry company had not paid its crews.": "tarel|deny|compani+crew+ferri+not-paid",
		"Kell denied he was a member of the smuggling ring.":              "kell|deny|member+ring+smuggl",
	} {
		got := extractKeys(t, s)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want [%s]", s, got, want)
		}
	}
	expectNoDeny(t, []string{
		"The harbour board denied him a licence to operate the ferry.",
		"Kell said the request was denied by the harbour board.",
		"Tarel did not deny that the ferry company had paid its crews late.",
		"Kell met Tarel on Monday. He has denied that the ferry company had paid its crews late.",
		"The harbour pilots denied that the ferry company had paid its crews late.",
		"The Valdorian harbour pilot flatly denied that the ferry company had paid its crews late.",
	})
}

// TestNotButJoin: "not X but Y" without a comma states Y; the Y statement
// joins the same words said without the contrast, and never the X said
// plainly.
func TestNotButJoin(t *testing.T) {
	e := NewExtractor(Options{})
	const contrast = "The harbour talks at Brannholm were not a failure but a first step toward a ferry settlement"
	testJoin(t, e, "The harbour talks at Brannholm were a first step toward a ferry settlement", "Anna Lorvik", contrast, true)
	testJoin(t, e, "The harbour talks at Brannholm were a failure for the ferry settlement", "Anna Lorvik", contrast, false)
}

// TestNotButStance: the stance after "but" in "not X but Y" is not negated.
func TestNotButStance(t *testing.T) {
	checkKeys(t, []keyCase{
		{"not X but ready", "Valdoria is not hostile but ready for talks.", []string{"valdoria|ready|negotiations"}},
		{"not ready but", "Valdoria is not ready for talks but open to a truce.", []string{"valdoria|not-ready|negotiations", "valdoria|ready|ceasefire"}},
	})
}

// TestDenialInQuote: "there is no truth to reports that ..." in a quote is
// the speaker's denial.
func TestDenialInQuote(t *testing.T) {
	q := core.Quote{Text: "“There is no truth to reports that we were involved in the strike,”", Speaker: "Ostmark",
		Direct: true, Sentence: "“There is no truth to reports that we were involved in the strike,” Ostmark said."}
	var keys []string
	for _, c := range NewExtractor(Options{}).Extract("", q.Sentence, []core.Quote{q}) {
		if c.Stance == "deny" {
			keys = append(keys, c.Key)
		}
	}
	if len(keys) != 1 || keys[0] != "ostmark|deny|involv+strike" {
		t.Errorf("deny keys %v, want [ostmark|deny|involv+strike]", keys)
	}
}

// TestJoinNeverDenialAssertion: a denial and the denier's own statement of
// the same words never share a group, whichever comes first.
func TestJoinNeverDenialAssertion(t *testing.T) {
	e := NewExtractor(Options{})
	deny := e.Extract("", "Ostmark denied that its harbour patrols had fired on the Valdorian ferry near Brannholm.", nil)
	q := core.Quote{Text: "“Our harbour patrols fired on the Valdorian ferry near Brannholm,”", Speaker: "Ostmark", Direct: true,
		Sentence: "“Our harbour patrols fired on the Valdorian ferry near Brannholm,” Ostmark said."}
	says := e.Extract("", "", []core.Quote{q})
	if len(deny) != 1 || deny[0].Stance != "deny" || len(says) != 1 || !says[0].Statement {
		t.Fatalf("claims: deny %+v, says %+v", deny, says)
	}
	for _, order := range [][2][]Claim{{deny, says}, {says, deny}} {
		var m MemMemory
		ctx := context.Background()
		a, err := Join(ctx, &m, "1", append([]Claim(nil), order[0]...))
		if err != nil {
			t.Fatal(err)
		}
		b, err := Join(ctx, &m, "2", append([]Claim(nil), order[1]...))
		if err != nil {
			t.Fatal(err)
		}
		if a[0].Key == b[0].Key {
			t.Errorf("denial and assertion joined: %s", a[0].Key)
		}
	}
}

// TestDenialNotGranted: a permission refused ("denied landing rights to")
// and "denied nothing about" are no denial of a thing said.
func TestDenialNotGranted(t *testing.T) {
	expectNoDeny(t, []string{
		"Ostmark denied landing rights to Valdorian ferries.",
		"Ostmark denied docking permits to the Valdorian ferries at Brannholm.",
		"Ostmark denied nothing about the harbour strike at Brannholm.",
	})
	// a gerund clause stays a denial
	if got := extractKeys(t, "Ostmark denied funding the harbour strike at Brannholm."); len(got) != 1 || got[0] != "ostmark|deny|brannholm+fund+harbour+strike" {
		t.Errorf("gerund denial: got %v", got)
	}
}

// TestHolderModifiedNoun: a name before a noun of people ("Tarel aides",
// "Tarel campaign staff", "the Tarel family") modifies the ones who speak:
// no claim of the name; "Tarel and his lawyers" keeps Tarel.
func TestHolderModifiedNoun(t *testing.T) {
	expectNoDeny(t, []string{
		"Ostmark aides denied the allegations.",
		"Kell allies denied that the minister had met the envoy.",
	})
	for label, s := range map[string]string{
		"Tarel advisers":   "Tarel advisers accused Varro of stalling the talks.",
		"The Tarel family": "Rick Tarel met the envoy in May. The Tarel family backs the deal.",
	} {
		for _, k := range extractKeys(t, s) {
			if strings.HasPrefix(k, "tarel|") {
				t.Errorf("%s: got %s", label, k)
			}
		}
	}
	expectNoDeny(t, []string{
		"Rick Tarel met the envoy. Claims that Tarel funded the strike were denied by Tarel aides.",
		"Rick Tarel met the envoy. Tarel campaign staff rejected the allegations.",
	})
	expectOneDeny(t, map[string]string{
		"Kremlin spokesman denied the allegations.":               "russia|deny|allegations",
		"Rick Tarel and his lawyers have denied the allegations.": "tarel|deny|allegations",
	})
}

// TestStatementBesideDenial: a sentence that reports a statement and then
// a denial keeps both; a quote after the denial word is what is denied.
func TestStatementBesideDenial(t *testing.T) {
	s := "Rick Tarel said that the port of Edrin is ready to reopen next week, but denied the bribery allegations."
	q := core.Quote{Text: "that the port of Edrin is ready to reopen next week", Speaker: "Rick Tarel", Sentence: s}
	if deny, says := denyAndSays(s, q, "", "tarel"); !deny || !says {
		t.Errorf("%q: deny claim %v, statement %v; want both", s, deny, says)
	}
	// a name that begins like a word of denial is no denial word
	for _, name := range []string{"Denise Tarel", "Rick Falsetti", "Anna Rejectal", "Dismissa Varro"} {
		s := name + " said that the port of Edrin is ready to reopen next week, but denied the bribery allegations."
		q := core.Quote{Text: "that the port of Edrin is ready to reopen next week", Speaker: name, Sentence: s}
		if deny, says := denyAndSays(s, q, "", ""); !deny || !says {
			t.Errorf("%q: deny claim %v, statement %v; want both", s, deny, says)
		}
	}
	s2 := "Rick Tarel denied that the port of Edrin will reopen next week for the smuggling ring."
	q2 := core.Quote{Text: "the port of Edrin will reopen next week for the smuggling ring", Speaker: "Rick Tarel", Sentence: s2}
	for _, c := range NewExtractor(Options{}).Extract("", s2, []core.Quote{q2}) {
		if c.Statement {
			t.Errorf("%q: the denied clause made a statement %s", s2, c.Key)
		}
	}
}

// TestShownInFull: a holder named by surname is shown as the article's
// person entity names her, as her quotes are; the key keeps the surname.
func TestShownInFull(t *testing.T) {
	a := &core.Article{
		Text: "Clara Benn spoke in Port Edrin on Monday. Benn denied the allegations of bribery.",
		Entities: []core.Entity{{Name: "Clara Benn", Type: core.Person, Aliases: []string{"Benn"}},
			{Name: "Port Edrin", Type: core.Location}},
	}
	cs := NewExtractor(Options{}).ExtractArticle(a)
	if len(cs) != 1 || cs[0].Key != "benn|deny|allegations:briberi" && !strings.HasPrefix(cs[0].Key, "benn|deny|") {
		t.Fatalf("claims %v, want one deny claim of benn", cs)
	}
	if !strings.HasPrefix(cs[0].Text, "Clara Benn — denies") {
		t.Errorf("shown %q, want it to open with Clara Benn", cs[0].Text)
	}
}

// TestDenialFronted: a participle of denial that opens the sentence is
// the denial of the subject named after its comma ("Denying ..., Tarel
// said"), whose statement after it stays a statement; a possessor, a
// pronoun or a common noun there holds none.
func TestDenialFronted(t *testing.T) {
	expectOneDeny(t, map[string]string{
		"Denying he was involved in the smuggling ring, Tarel said the port would reopen.":   "tarel|deny|involv+ring+smuggl",
		"Rejecting the bribery allegations, the Valdorian Party vowed to fight on.":          "valdorian party|deny|allegations:briberi",
		"Dismissing reports that the port was closed, Anna Kell said the ferries would run.": "kell|deny|close+port",
	})
	expectNoDeny(t, []string{
		"Denying the bribery allegations, Tarel's lawyer said the port would reopen.",
		"Denying the bribery allegations, officials said the port would reopen.",
		"Denying the bribery allegations in Port Edrin, which Tarel visited, reporters waited.",
	})
	s := "Denying he was involved in the smuggling ring, Rick Tarel said that the port of Edrin is ready to reopen next week."
	q := core.Quote{Text: "that the port of Edrin is ready to reopen next week", Speaker: "Rick Tarel", Sentence: s}
	if deny, says := denyAndSays(s, q, "tarel", "tarel"); !deny || !says {
		t.Errorf("%q: deny claim %v, statement %v; want both", s, deny, says)
	}
}

// TestHeadlineCase: a title-case headline is read with the words no
// entity names lower-cased ("Tarel Denies Bribery Allegations" is Tarel's
// denial, keyed as the text's "denied the bribery allegations"); the
// claim keeps the headline as written for its sentence.
func TestHeadlineCase(t *testing.T) {
	ents := []core.Entity{{Name: "Rick Tarel", Type: core.Person}, {Name: "Anna Kell", Type: core.Person}}
	for title, want := range map[string]string{
		"Tarel Denies Bribery Allegations": "tarel|deny|allegations:briberi",
		"Kell Warns Of Port Closure":       "kell|warn|closur",
		"Minister Says Talks Will Resume":  "",
	} {
		var got []string
		for _, c := range NewExtractor(Options{}).extract(title, "The port of Edrin will reopen next week, officials said.", nil, ents) {
			got = append(got, c.Key)
			if c.Sentence != title {
				t.Errorf("%q: sentence %q, want the headline as written", title, c.Sentence)
			}
		}
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: claims %v, want [%s]", title, got, want)
		}
	}
}

// TestPronounNoPerson: "he" with no person named before it is no medium
// ("VBC said ..."), no place and no body the article types so; the one
// person who speaks still is.
func TestPronounNoPerson(t *testing.T) {
	text := "VBC reported on Monday that the port of Edrin would close. VBC said the ferries would stop for a week. The port reopened on Friday. He denied the bribery allegations."
	for _, ents := range [][]core.Entity{nil, {{Name: "VBC", Type: core.Organisation}, {Name: "Port of Edrin", Type: core.Location}}} {
		for _, c := range NewExtractor(Options{}).extract("Port of Edrin to close", text, nil, ents) {
			if c.Stance == "deny" {
				t.Errorf("ents %v: deny claim %s, want none (no person named)", ents, c.Key)
			}
		}
	}
	text = "Rick Tarel said on Monday that the port of Edrin would close for a week. The port reopened on Friday. He denied the bribery allegations."
	var got []string
	for _, c := range NewExtractor(Options{}).extract("Port of Edrin to close", text, nil, []core.Entity{{Name: "Rick Tarel", Type: core.Person}}) {
		if c.Stance == "deny" {
			got = append(got, c.Key)
		}
	}
	if len(got) != 1 || got[0] != "tarel|deny|allegations:briberi" {
		t.Errorf("deny claims %v, want [tarel|deny|allegations:briberi]", got)
	}
}

// denialCase is one sentence of TestDenialSentences: the deny claim key it
// gives, or "" for none.
type denialCase struct{ test, sentence, want string }

// denialCases are the sentences read for deny claims alone, grouped by the
// rule they check (a subtest of TestDenialSentences each).
var denialCases = []denialCase{
	// ObjectFirst: a denial whose charge comes before the verb ("a
	// charge Ostmark has denied", "..., which Tarel denies", "claims ... were
	// denied by Ostmark") is the denier's claim keyed by what the charge says.
	{"ObjectFirst", "Valdoria accused Ostmark of funding the harbour strike, a charge Ostmark has denied.", "ostmark|deny|fund+harbour+strike"},
	{"ObjectFirst", "The ferry firm faces allegations that it funded the harbour strike, which Ostmark has denied through its lawyers.", "ostmark|deny|fund+harbour+strike"},
	{"ObjectFirst", "Claims that Ostmark funded the harbour strike were denied by Ostmark.", "ostmark|deny|fund+harbour+strike"},
	{"ObjectFirst", "Kell said there was no evidence of collusion with the Valdorian pilots, which Tarel vehemently denies.", "tarel|deny|collus+pilot+valdorian"},
	{"ObjectFirst", "Valdoria accused Tarel Vance of bribing the harbour pilots, which he denied.", "vance|deny|bribe+harbour+pilot"},
	{"ObjectFirst", "Kell said Tarel supported a ban on fishing in the past, which he denied.", ""},                    // what he denied is no thing named
	{"ObjectFirst", "The ferry firm faces allegations that it funded the strike, which Ostmark has not denied.", ""},   // negated
	{"ObjectFirst", "The ferry firm faces allegations that it funded the strike, which the harbour board denies.", ""}, // unnamed denier
	// Denier: who denies a denied clause or a charge: a "he"/"she"
	// named in the sentence before it (never the previous sentence's subject
	// nor a country), the opening name of ", but denied", the name a relative
	// "who"/"which" stands for, and "denied Kell's claims".
	{"Denier", "Tarel Vance, who ran the port for a decade, said on Monday that he would stay, though he has denied that the ferry company paid its crews late.", "vance|deny|compani+crew+ferri+late+paid"},
	{"Denier", "Tarel admitted firing at the ferry, but denied shooting at the harbour officers.", "tarel|deny|harbour+offic+shoot"},
	{"Denier", "Tarel, who denies the charges, left Brannholm on Monday.", "tarel|deny|allegations"},
	{"Denier", "Ostmark has denied Kell's claims, saying they were false.", "ostmark|deny|allegations"},
	{"Denier", "Tarel Vance met the press on Monday. He denied that the ferry company had paid its crews late.", ""},
	{"Denier", "The former Valdorian senator said it was a mistake, but she denied that she had mishandled the harbour files.", ""},
	{"Denier", "The former U.S. senator said it was a mistake, but she denied that she had mishandled the harbour files.", ""},
	// CountedCharges: "denied both allegations" answers the charges
	// named before as "denied the allegations" does; a count of motions or
	// permits is no denial.
	{"CountedCharges", "Lena Varro was charged with bribery and fraud in May. Varro has denied both allegations.", "varro|deny|allegations"},
	{"CountedCharges", "Rick Tarel rejected all the charges on Friday.", "tarel|deny|allegations"},
	{"CountedCharges", "Ostmark denied the two accusations made by the opposition.", "ostmark|deny|allegations"},
	{"CountedCharges", "Judge Anna Kell denied both motions.", ""},
	{"CountedCharges", "The council denied all three permits.", ""},
	// PronounAccused: "he"/"she" denying with no name before it in
	// the sentence is the one person the article charges whom the pronoun
	// fits; with two charged, or none, the pronoun names no denier surely.
	{"PronounAccused", "Valdorian prosecutors charged Rick Tarel with fraud on Monday. The hearing lasted an hour. He denied the charges.", "tarel|deny|allegations"},
	{"PronounAccused", "Lena Varro, who is accused of bribery, appeared in court. Reporters waited outside. She denied the allegations.", "varro|deny|allegations"},
	{"PronounAccused", "Rick Tarel was arrested in Port Edrin. The police gave no details. He denied involvement in the smuggling ring.", "tarel|deny|involv+ring+smuggl"},
	{"PronounAccused", "Police arrested Tom Hale and Dan Brook on Friday. The men were held overnight. He denied the charges.", ""},
	// ClauseSubject: a relative clause between the denier and the
	// verb ("Tarel, who did not answer calls, has denied"), or "always" after
	// "he", leaves the denier the sentence's subject.
	{"ClauseSubject", "Rick Tarel, who did not respond to a request for comment, has denied that he was writing a book about the port.", "tarel|deny|book+port+write"},
	{"ClauseSubject", "The Valdorian Party, which has one seat in parliament, has denied involvement in the unrest.", "valdorian party|deny|involv+unrest"},
	{"ClauseSubject", "Prosecutors charged Rick Tarel with fraud in May. The trial opens in June. He has always denied the allegations.", "tarel|deny|allegations"},
	{"ClauseSubject", "In Port Edrin, which lies on the coast, officials denied the allegations.", ""},
	// Medium: a medium named in "in a VBC interview" is where a
	// denial was made, not who made it nor what is denied; "he" stands for
	// the previous sentence's subject, not for the medium it names first.
	{"Medium", "As recently as an October VBC interview, Rick Tarel said the port was safe. He later denied his opposition to the ferry deal in a separate VBC interview.", "tarel|deny|deal+ferri+opposit"},
	{"Medium", "Rick Tarel spoke at the port on Monday. He later denied his opposition in a VBC interview.", "tarel|deny|opposit"},
	{"Medium", "He later denied the allegations in a VBC interview.", ""},
	{"Medium", "The port reopened on Monday. He later denied his opposition in a separate VBC interview.", ""},
	// Wrongdoing: "wrongdoing" is a thing denied, not a gerund
	// opening a clause; "denied shooting at" still is one.
	{"Wrongdoing", "Rick Tarel denied any wrongdoing.", "tarel|deny|wrongdo"},
	{"Wrongdoing", "Rick Tarel has denied wrongdoing.", "tarel|deny|wrongdo"},
	{"Wrongdoing", "Ostmark denied any wrongdoing in the ferry strike.", "ostmark|deny|ferri+strike+wrongdo"},
	{"Wrongdoing", "Ostmark denied the shooting of the harbour officers.", "ostmark|deny|harbour+offic+shoot"},
	{"Wrongdoing", "Tarel denied shooting at the harbour officers on Monday.", "tarel|deny|harbour+offic+shoot"},
	// PhrasedHead: "role", "part" and "knowledge" name a thing
	// denied only with the phrase after them; "any role in X" is keyed as
	// "involvement in X".
	{"PhrasedHead", "Ostmark denied any role in the ferry strike.", "ostmark|deny|ferri+involv+strike"},
	{"PhrasedHead", "Ostmark has vigorously denied any part in the ferry strike.", "ostmark|deny|ferri+involv+strike"},
	{"PhrasedHead", "Ostmark denied involvement in the ferry strike.", "ostmark|deny|ferri+involv+strike"},
	{"PhrasedHead", "Tarel admitted his own role in the cover-up, but always denied advance knowledge of the harbour break-in.", "tarel|deny|break+harbour+knowledg"},
	{"PhrasedHead", "Ostmark denied any improper role.", ""},
	{"PhrasedHead", "Ostmark denied a role.", ""},
	// OnePredicate: a denied clause of a pronoun, "to be" and one
	// predicate word is keyed by that word ("involv" groups with "denied any
	// involvement"); a clause of one content word that is no such predicate
	// ("denied it happened") still gives none.
	{"OnePredicate", "Denying he was involved, Tarel said the port would reopen.", "tarel|deny|involv"},
	{"OnePredicate", "Rick Tarel denied that he was involved.", "tarel|deny|involv"},
	{"OnePredicate", "Anna Kell has denied she was a smuggler.", "kell|deny|smuggler"},
	{"OnePredicate", "Rick Tarel denied it happened.", ""},
	{"OnePredicate", "Rick Tarel denied that he was there.", ""},
	// Aside: an aside between the denier and the verb ("Tarel, for
	// his part, has denied") leaves the denier the verb's subject.
	{"Aside", "Rick Tarel, for his part, has denied the bribery allegations.", "tarel|deny|allegations:briberi"},
	{"Aside", "Anna Kell, in a statement, denied the bribery allegations.", "kell|deny|allegations:briberi"},
	{"Aside", "Tarel, for his part, denied that he was involved.", "tarel|deny|involv"},
	// NameSubject: a name of up to three words and a finite verb after
	// the denial verb are a denied clause, keyed as with "that".
	{"NameSubject", "Mara Quill denied Varro met the smugglers at the harbour.", "quill|deny|harbour+met+smuggler+varro"},
	{"NameSubject", "Mara Quill denied that Varro met the smugglers at the harbour.", "quill|deny|harbour+met+smuggler+varro"},
	{"NameSubject", "Rick Tarel denied Anna Kell had invited the smugglers to the harbour.", "tarel|deny|anna+harbour+invit+kell+smuggler"},
	{"NameSubject", "Rick Tarel denied Anna Kell invited the smugglers to the harbour.", "tarel|deny|anna+harbour+invit+kell+smuggler"},
	{"NameSubject", "The court denied Varro bail on Monday.", ""},
	// ChargeModifier: an "-ing" word before a charge word qualifies the
	// charge ("denies smuggling allegations" is "the smuggling
	// allegations"), no denied gerund clause.
	{"ChargeModifier", "Anna Kell denies smuggling allegations.", "kell|deny|allegations:smuggl"},
	{"ChargeModifier", "Anna Kell denied the smuggling allegations against her.", "kell|deny|allegations:smuggl"},
	{"ChargeModifier", "Anna Kell denied cheating charges on Monday.", "kell|deny|allegations:cheat"},
	{"ChargeModifier", "Anna Kell denied smuggling weapons through the harbour.", "kell|deny|harbour+smuggl+weapon"},
}

// TestDenialSentences checks each of denialCases: one deny claim, the key
// it names, or none.
func TestDenialSentences(t *testing.T) {
	var names []string
	byTest := map[string][]denialCase{}
	for _, c := range denialCases {
		if byTest[c.test] == nil {
			names = append(names, c.test)
		}
		byTest[c.test] = append(byTest[c.test], c)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			for _, c := range byTest[name] {
				if c.want == "" {
					expectNoDeny(t, []string{c.sentence})
				} else {
					expectOneDeny(t, map[string]string{c.sentence: c.want})
				}
			}
		})
	}
}

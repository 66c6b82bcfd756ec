package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/claims"
	"github.com/storyline/storyline/internal/testshared"
)

func TestClaimVerdictsParse(t *testing.T) {
	v, err := parseClaimVerdicts(claimsRealJudged)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.occ) < 30 || len(v.groups) < 3 {
		t.Fatalf("committed verdicts: %d occurrence keys, %d groups; want the judged samples", len(v.occ), len(v.groups))
	}
	bad := []string{
		"O\tdoc#1\tabc\tx",         // unknown verdict
		"O\tdoc#1\tabc",            // missing field
		"G\tk\tm\t2\t3",            // more same than members
		"G\tk\tm\t1\t1",            // a group of one
		"X\tsomething\telse\there", // unknown kind
		"R\tdoc#1\tx",              // unknown want verdict
		"P\tdoc#2\tdoc#1\ty",       // keys not sorted
		"P\tdoc#1\tdoc#2\tf",       // unknown pair verdict
	}
	for _, line := range bad {
		if _, err := parseClaimVerdicts(line + "\n"); err == nil {
			t.Errorf("parseClaimVerdicts(%q): no error", line)
		}
	}
}

func TestClaimPairs(t *testing.T) {
	oc := func(doc, sent, holder, key string, statement bool) RealClaim {
		return RealClaim{Key: doc + "#" + sent, Doc: doc, Claim: claims.Claim{Key: key, Holder: holder, Object: key, Statement: statement}}
	}
	occ := []RealClaim{
		oc("a", "1", "tarel", "tarel|says|ostmark+talk", true),
		oc("b", "1", "tarel", "tarel|says|ostmark+ready", true),  // shares "ostmark": a candidate
		oc("b", "2", "tarel", "tarel|says|weather+sunny", true),  // shares no stem: no candidate
		oc("c", "1", "tarel", "tarel|says|ostmark+talk", true),   // joined with a#1: listed only when judged
		oc("c", "2", "tarel", "tarel|oppose|sanctions", false),   // stance beside statement: no candidate
		oc("c", "3", "vell", "vell|says|ostmark+ready", true),    // another holder
		oc("d", "1", "tarel", "tarel|oppose|sanctions+x", false), // two stance claims: a candidate
	}
	verdicts := map[string]byte{"a#1 b#1": 'y', "a#1 c#1": 'y', "b#1 c#1": 'n'}
	ps, s := claimPairs(occ, verdicts)
	var got []string
	for _, p := range ps {
		got = append(got, p.A.Key+" "+p.B.Key+" "+string(verdictChar(p.Verdict)))
	}
	want := []string{"a#1 b#1 y", "a#1 c#1 y", "b#1 c#1 n", "c#2 d#1 ?"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("claimPairs = %q, want %q", got, want)
	}
	if s != (PairScore{Judged: 3, Same: 2, Joined: 1}) || s.Apart() != 0.5 {
		t.Errorf("claimPairs score = %+v (apart %.2f), want 3 judged, 2 same, 1 joined (apart 0.50)", s, s.Apart())
	}
}

// verdictChar is v, '?' when 0.
func verdictChar(v byte) byte {
	if v == 0 {
		return '?'
	}
	return v
}

func TestScoreClaims(t *testing.T) {
	oc := func(doc, key string, v byte) RealClaim {
		return RealClaim{Key: doc + "#s", Doc: doc, Claim: claims.Claim{Key: key}, Verdict: v}
	}
	a := oc("seed/000_x", "r|ready|negotiations", 'y')
	b := oc("seed/002_x", "r|ready|negotiations", 'h')
	c := oc("seed/004_x", "r|ready|negotiations", 0)
	d := oc("polnear/p", "q|support|settlement", 's')
	tests := []struct {
		name   string
		occ    []RealClaim
		groups []RealGroup
		want   ClaimsScore
	}{
		{"occurrences", []RealClaim{a, b, c, d}, nil,
			ClaimsScore{Occurrences: 4, Judged: 3, Right: 1, Wrong: map[byte]int{'h': 1, 's': 1}}},
		{"groups", nil, []RealGroup{
			{Group: &claims.Group{Key: "r|ready|negotiations"}, Members: []RealClaim{a, b, c}, Same: 2},
			{Group: &claims.Group{Key: "q|x|y"}, Members: []RealClaim{d, d}, Same: 2},
			{Group: &claims.Group{Key: "z|x|y"}, Members: []RealClaim{d, d}, Same: -1},
		}, ClaimsScore{Wrong: map[byte]int{}, Groups: 3, GroupsJudged: 2, GroupsPure: 1, Members: 5, Same: 4, SeedsHeld: true}},
	}
	for _, tt := range tests {
		got := ScoreClaims(tt.occ, tt.groups)
		if got.Occurrences != tt.want.Occurrences || got.Judged != tt.want.Judged || got.Right != tt.want.Right ||
			got.Groups != tt.want.Groups || got.GroupsJudged != tt.want.GroupsJudged || got.GroupsPure != tt.want.GroupsPure ||
			got.Members != tt.want.Members || got.Same != tt.want.Same || got.SeedsHeld != tt.want.SeedsHeld ||
			len(got.Wrong) != len(tt.want.Wrong) || got.Wrong['h'] != tt.want.Wrong['h'] || got.Wrong['s'] != tt.want.Wrong['s'] {
			t.Errorf("%s: ScoreClaims = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestRealClaimsSample runs both samples when ../shared is present: keys
// are unique per claim, the samples share no document, the held-out one
// holds no seed, and the seeds' "ready for negotiations" group holds.
func TestRealClaimsSample(t *testing.T) {
	if testing.Short() {
		t.Skip("real claims sample: slow (analyze on ~900 documents)")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	ctx := context.Background()
	every := 1
	if claimsRaceEnabled {
		every = 8 // the race detector: the seeds and one document in eight of the tuning sample
	}
	occ, groups, err := RealClaims(ctx, ClaimsSampleOptions{Shared: shared, Every: every})
	if err != nil {
		t.Fatal(err)
	}
	want := 15
	if claimsRaceEnabled {
		want = 8 // one document in eight
	}
	if len(occ) < want {
		t.Fatalf("RealClaims: %d occurrences, want a sample of at least %d", len(occ), want)
	}
	if s := ScoreClaims(occ, groups); !s.SeedsHeld {
		t.Errorf("no group holds seeds 000, 002 and 004")
	}
	docs := map[string]bool{}
	seen := map[string]bool{}
	for _, c := range occ {
		docs[c.Doc] = true
		k := c.Key + " " + c.Claim.Key
		if seen[k] {
			t.Errorf("duplicate occurrence %s", k)
		}
		seen[k] = true
	}
	if claimsRaceEnabled {
		return
	}
	held, _, err := RealClaims(ctx, ClaimsSampleOptions{Shared: shared, Held: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range held {
		if docs[c.Doc] || strings.HasPrefix(c.Doc, "seed/") {
			t.Errorf("held-out claims sample holds %s, a document of the tuning sample", c.Doc)
		}
	}
	for _, c := range held {
		docs[c.Doc] = true
	}
	held2, _, err := RealClaims(ctx, ClaimsSampleOptions{Shared: shared, Held2: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(held2) < 5 {
		t.Errorf("second held-out claims sample: %d occurrences, want at least 5", len(held2))
	}
	for _, c := range held2 {
		if docs[c.Doc] || strings.HasPrefix(c.Doc, "seed/") {
			t.Errorf("second held-out claims sample holds %s, a document of another sample", c.Doc)
		}
	}
	for _, c := range held2 {
		docs[c.Doc] = true
	}
	held3, _, err := RealClaims(ctx, ClaimsSampleOptions{Shared: shared, Held3: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(held3) < 5 {
		t.Errorf("third held-out claims sample: %d occurrences, want at least 5", len(held3))
	}
	for _, c := range held3 {
		if docs[c.Doc] || strings.HasPrefix(c.Doc, "seed/") {
			t.Errorf("third held-out claims sample holds %s, a document of another sample", c.Doc)
		}
	}
}

func TestConllDocs(t *testing.T) {
	tok := func(s string) string { return strings.Join(strings.Fields(s), " X X X\n") + " X X X\n\n" }
	src := tok("Zorvan rejects plan .") + tok("Mira Tellen") + tok("VELLORA 1996-08-22") +
		tok(`The council said it " would not " back Zorvan 's plan ( again ) .`) +
		tok("Second headline here") + tok("OSTRIA 1996-08-23") + tok("Body text , 5 % more .")
	got := conllDocs(src)
	want := []string{
		"Zorvan rejects plan.\nMira Tellen\nVELLORA 1996-08-22\nThe council said it \"would not\" back Zorvan's plan (again).\n",
		"Second headline here\nOSTRIA 1996-08-23\nBody text, 5% more.\n",
	}
	if len(got) != len(want) {
		t.Fatalf("conllDocs: %d documents %q, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("document %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func FuzzConllDocs(f *testing.F) {
	f.Add("EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nBRUSSELS NNP B-NP B-LOC\n1996-08-22 CD I-NP O\n")
	f.Add("-DOCSTART- -X- O O\n\n\" \" O O\n( ( O O\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, src string) {
		n := 0
		for _, d := range conllDocs(src) {
			if strings.TrimSpace(d) == "" {
				t.Errorf("empty document from %q", src)
			}
			n += len(strings.Fields(d))
		}
		if n > len(strings.Fields(src)) {
			t.Errorf("more words out (%d) than in", n)
		}
	})
}

func TestScoreRecall(t *testing.T) {
	y := RealClaim{Verdict: 'y'}
	f := RealClaim{Verdict: 'f'}
	u := RealClaim{}
	tests := []struct {
		name  string
		drawn []RecallSentence
		want  RecallScore
	}{
		{"empty", nil, RecallScore{}},
		{"found and missed", []RecallSentence{
			{Want: 'w', Claims: []RealClaim{f, y}},
			{Want: 'w', Claims: []RealClaim{f}},
			{Want: 'w'},
			{Want: 'n', Claims: []RealClaim{u}},
			{},
		}, RecallScore{Sentences: 5, Judged: 4, Want: 3, Found: 1, Unjudged: 1}},
	}
	for _, tt := range tests {
		if got := ScoreRecall(tt.drawn); got != tt.want {
			t.Errorf("%s: ScoreRecall = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestHasRecallCue(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The minister denied the report.", true},
		{"Ostmark accused Valdoria of stalling.", true},
		{"\"Warnings\" came late.", true},
		{"The harbour reopened on Tuesday.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasRecallCue(tt.s); got != tt.want {
			t.Errorf("hasRecallCue(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

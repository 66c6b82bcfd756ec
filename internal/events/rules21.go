package events

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/sentence"
)

// participleModifier reports a one-word mention opening the sentence that
// is the -ing form of a trigger verb followed by a lower-case word, with
// no comma before the trigger at byte head ("Striking dockworkers
// clashed", "Protesting farmers blocked"): the resolver took a participle
// modifying the subject for a name. "Beijing" is no verb form; "Carrying
// placards, the crowd rallied" opens a clause and is left to the rest.
func participleModifier(text string, toks []sentence.Token, m quotes.Mention, s sentence.Sentence, head int) bool {
	if m.Start != s.Start || head <= m.End || strings.ContainsAny(text[m.Start:m.End], " -") {
		return false
	}
	if !strings.HasSuffix(text[m.Start:m.End], "ing") || strings.Contains(text[m.End:head], ",") {
		return false // checked before lower-casing, which allocates
	}
	if w := strings.ToLower(text[m.Start:m.End]); len(theLexicon().byHead[w]) == 0 {
		return false
	}
	if _, ok := quotes.State(text[m.Start:m.End]); ok {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if i >= len(toks) {
		return false
	}
	n := toks[i].Text
	return isWord(n) && n == strings.ToLower(n) && !preps[n] && !auxiliaries[n] && !determiners[n] && !nounDeterminers[n] && !pronounHeads[n]
}

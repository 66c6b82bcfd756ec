package eval

// The tenth held novelty sample (held10, twenty-third session, after the
// test runs): the tenth to twelfth documents in document order of an ECB+
// train/dev story (subtopic; never the test split) with at least
// noveltyHeld9MinDocs documents that held9 does not keep, run as a story of
// their own. No other sample reads past a story's ninth document and held9
// reads only the stories it keeps, so none of these documents was drawn or
// judged before. One story in noveltyHeld10StoryKeep of the rest is kept by
// a new salted hash of its name, and one sentence in noveltyHeld10SentKeep
// of every later document by a new salted hash of its key. The rule was
// written before any sentence was judged and does not depend on the
// detector. Verdicts are in testdata/novelty_real_judged.tsv under their own
// comment line.

import "strings"

// Rule and salts of the held10 sample.
const (
	noveltyHeld10StorySalt = "novelty-held10-story-23:"
	noveltyHeld10SentSalt  = "novelty-held10-sent-23:"
	// noveltyHeld10StoryKeep keeps one in this many of the stories held9
	// does not keep.
	noveltyHeld10StoryKeep = 2
	// noveltyHeld10SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld10SentKeep = 6
	// noveltyHeld10Prefix begins the name of a held10 story.
	noveltyHeld10Prefix = "ecb-held10/"
)

// noveltyHeld10Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held10: long enough for held9, not kept by it.
func noveltyHeld10Keep(name string, n int) bool {
	return n >= noveltyHeld9MinDocs && !noveltyHeld9Keep(name, n) &&
		seededHashOf(noveltyHeld10StorySalt, name)%noveltyHeld10StoryKeep == 0
}

// isHeld10Story reports whether a sample story name is a held10 one.
func isHeld10Story(name string) bool { return strings.HasPrefix(name, noveltyHeld10Prefix) }

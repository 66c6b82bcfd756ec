package eval

// The eighth held novelty sample (held8, twenty-first session, after the
// test runs): the seventh to ninth documents in document order of an ECB+
// train/dev story (subtopic; never the test split) with at least
// noveltyHeld8MinDocs documents, run as a story of their own. No other
// sample reads past a story's sixth document, so none of these documents
// was drawn or judged before. One story in noveltyHeld8StoryKeep is kept by
// a new salted hash of its name, and one sentence in noveltyHeld8SentKeep of
// every later document by a new salted hash of its key. The rule was
// written before any sentence was judged and does not depend on the
// detector. Verdicts are in testdata/novelty_real_judged.tsv under their own
// comment line.

import "strings"

// Rule and salts of the held8 sample.
const (
	noveltyHeld8StorySalt = "novelty-held8-story-21b:"
	noveltyHeld8SentSalt  = "novelty-held8-sent-21b:"
	// noveltyHeld8First is the number of documents skipped: the first
	// six, which the other samples read.
	noveltyHeld8First = 2 * noveltyMaxDocs
	// noveltyHeld8MinDocs is the fewest documents a held8 story has: the
	// six skipped and three run.
	noveltyHeld8MinDocs = noveltyHeld8First + noveltyMaxDocs
	// noveltyHeld8StoryKeep keeps one in this many stories.
	noveltyHeld8StoryKeep = 6
	// noveltyHeld8SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld8SentKeep = 3
	// noveltyHeld8Prefix begins the name of a held8 story.
	noveltyHeld8Prefix = "ecb-held8/"
)

// noveltyHeld8Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held8.
func noveltyHeld8Keep(name string, n int) bool {
	return n >= noveltyHeld8MinDocs && seededHashOf(noveltyHeld8StorySalt, name)%noveltyHeld8StoryKeep == 0
}

// isHeld8Story reports whether a sample story name is a held8 one.
func isHeld8Story(name string) bool { return strings.HasPrefix(name, noveltyHeld8Prefix) }

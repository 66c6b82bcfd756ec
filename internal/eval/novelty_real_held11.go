package eval

// The eleventh held novelty sample (held11, twenty-fourth session, after
// the test runs): the seventh to ninth documents in document order of an
// ECB+ train/dev story (subtopic; never the test split) with at least
// noveltyHeld8MinDocs documents that held8 does not keep, run as a story of
// their own. Only held8 reads a story's seventh to ninth documents (the
// tune, held and held3 .. held5 samples read the first three, held6 and
// held7 the fourth to sixth, held9 and held10 the tenth to twelfth), and it
// reads only the stories it keeps, so none of these documents was drawn or
// judged before. One story in noveltyHeld11StoryKeep of the rest is kept by
// a new salted hash of its name, and one sentence in noveltyHeld11SentKeep
// of every later document by a new salted hash of its key. The rule was
// written before any sentence was judged and does not depend on the
// detector. Verdicts are in testdata/novelty_real_judged.tsv under their own
// comment line.

import "strings"

// Rule and salts of the held11 sample.
const (
	noveltyHeld11StorySalt = "novelty-held11-story-24:"
	noveltyHeld11SentSalt  = "novelty-held11-sent-24:"
	// noveltyHeld11StoryKeep keeps one in this many of the stories held8
	// does not keep.
	noveltyHeld11StoryKeep = 8
	// noveltyHeld11SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld11SentKeep = 6
	// noveltyHeld11Prefix begins the name of a held11 story.
	noveltyHeld11Prefix = "ecb-held11/"
)

// noveltyHeld11Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held11: long enough for held8, not kept by it.
func noveltyHeld11Keep(name string, n int) bool {
	return n >= noveltyHeld8MinDocs && !noveltyHeld8Keep(name, n) &&
		seededHashOf(noveltyHeld11StorySalt, name)%noveltyHeld11StoryKeep == 0
}

// isHeld11Story reports whether a sample story name is a held11 one.
func isHeld11Story(name string) bool { return strings.HasPrefix(name, noveltyHeld11Prefix) }

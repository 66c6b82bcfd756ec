package eval

// The twelfth held novelty sample (held12, twenty-fifth session, after the
// test runs): the seventh to ninth documents in document order of an ECB+
// train/dev story (subtopic; never the test split) with at least
// noveltyHeld8MinDocs documents that neither held8 nor held11 keeps, run as
// a story of their own. Only held8 and held11 read a story's seventh to
// ninth documents, and only of the stories they keep, so none of these
// documents was drawn or judged before. One story in noveltyHeld12StoryKeep
// of the rest is kept by a new salted hash of its name, and one sentence in
// noveltyHeld12SentKeep of every later document by a new salted hash of its
// key. The rule was written before any sentence was judged and does not
// depend on the detector. Verdicts are in testdata/novelty_real_judged.tsv
// under their own comment line.

import "strings"

// Rule and salts of the held12 sample.
const (
	noveltyHeld12StorySalt = "novelty-held12-story-25:"
	noveltyHeld12SentSalt  = "novelty-held12-sent-25:"
	// noveltyHeld12StoryKeep keeps one in this many of the stories neither
	// held8 nor held11 keeps.
	noveltyHeld12StoryKeep = 4
	// noveltyHeld12SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld12SentKeep = 6
	// noveltyHeld12Prefix begins the name of a held12 story.
	noveltyHeld12Prefix = "ecb-held12/"
)

// noveltyHeld12Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held12: long enough for held8, kept by neither held8
// nor held11.
func noveltyHeld12Keep(name string, n int) bool {
	return n >= noveltyHeld8MinDocs && !noveltyHeld8Keep(name, n) && !noveltyHeld11Keep(name, n) &&
		seededHashOf(noveltyHeld12StorySalt, name)%noveltyHeld12StoryKeep == 0
}

// isHeld12Story reports whether a sample story name is a held12 one.
func isHeld12Story(name string) bool { return strings.HasPrefix(name, noveltyHeld12Prefix) }

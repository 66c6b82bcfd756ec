package eval

// The sixth held novelty sample (held6, twentieth session): every ECB+
// train/dev story (subtopic; never the test split) has been read by a
// sample, but only its first noveltyMaxDocs documents. held6 takes the
// next ones: the fourth to sixth documents in document order of a story
// with at least noveltyHeld6MinDocs documents, run as a story of their
// own (so no held6 sentence was ever drawn or judged). One story in
// noveltyHeld6StoryKeep is kept by a new salted hash of its name, and one
// sentence in noveltyHeld6SentKeep of every later document by a new
// salted hash of its key. The rule was written before any sentence was
// judged and does not depend on the detector. Verdicts are in
// testdata/novelty_real_judged.tsv under their own comment line.

import "strings"

// Rule and salts of the held6 sample.
const (
	noveltyHeld6StorySalt = "novelty-held6-story-20:"
	noveltyHeld6SentSalt  = "novelty-held6-sent-20:"
	// noveltyHeld6StoryKeep keeps one in this many stories.
	noveltyHeld6StoryKeep = 6
	// noveltyHeld6SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld6SentKeep = 4
	// noveltyHeld6MinDocs is the fewest documents a story needs.
	noveltyHeld6MinDocs = 2 * noveltyMaxDocs
	// noveltyHeld6Prefix begins the name of a held6 story.
	noveltyHeld6Prefix = "ecb-held6/"
)

// noveltyHeld6Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held6.
func noveltyHeld6Keep(name string, n int) bool {
	return n >= noveltyHeld6MinDocs && seededHashOf(noveltyHeld6StorySalt, name)%noveltyHeld6StoryKeep == 0
}

// isHeld6Story reports whether a sample story name is a held6 one.
func isHeld6Story(name string) bool { return strings.HasPrefix(name, noveltyHeld6Prefix) }

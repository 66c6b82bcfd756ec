package eval

// The seventh held novelty sample (held7, twenty-first session): like held6,
// the fourth to sixth documents in document order of an ECB+ train/dev
// story (subtopic; never the test split) with at least noveltyHeld6MinDocs
// documents, run as a story of their own, but only the stories held6 does
// not keep; one story in noveltyHeld7StoryKeep of those is kept by a new
// salted hash of its name, and one sentence in noveltyHeld7SentKeep of
// every later document by a new salted hash of its key. No held7 sentence
// was drawn or judged before. The rule was written before any sentence was
// judged and does not depend on the detector. Verdicts are in
// testdata/novelty_real_judged.tsv under their own comment line.

import "strings"

// Rule and salts of the held7 sample.
const (
	noveltyHeld7StorySalt = "novelty-held7-story-21:"
	noveltyHeld7SentSalt  = "novelty-held7-sent-21:"
	// noveltyHeld7StoryKeep keeps one in this many stories.
	noveltyHeld7StoryKeep = 5
	// noveltyHeld7SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld7SentKeep = 5
	// noveltyHeld7Prefix begins the name of a held7 story.
	noveltyHeld7Prefix = "ecb-held7/"
)

// noveltyHeld7Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held7.
func noveltyHeld7Keep(name string, n int) bool {
	return n >= noveltyHeld6MinDocs && !noveltyHeld6Keep(name, n) &&
		seededHashOf(noveltyHeld7StorySalt, name)%noveltyHeld7StoryKeep == 0
}

// isHeld7Story reports whether a sample story name is a held7 one.
func isHeld7Story(name string) bool { return strings.HasPrefix(name, noveltyHeld7Prefix) }

package eval

// The fourth held novelty sample (held4, nineteenth session): the ECB+
// train/dev stories (story = subtopic, three or more documents, the first
// noveltyMaxDocs by document number; never the test split) that no other
// novelty sample reads: not the tuning or held half (their
// noveltyStorySalt hash is not kept) and not held3 (its salt does not keep
// them). One of them in noveltyHeld4StoryKeep is kept by a new salted hash
// of its name, and one sentence in noveltyHeld4SentKeep of every later
// document by a new salted hash of its key. The rule was written before
// any sentence was judged and does not depend on the detector. Verdicts
// are in testdata/novelty_real_judged.tsv under their own comment line.

import "strings"

// Salts and moduli of the held4 sample.
const (
	noveltyHeld4StorySalt = "novelty-held4-story-19:"
	noveltyHeld4SentSalt  = "novelty-held4-sent-19:"
	// noveltyHeld4StoryKeep keeps one in this many unread ECB+ stories.
	noveltyHeld4StoryKeep = 2
	// noveltyHeld4SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld4SentKeep = 8
	// noveltyHeld4Prefix begins the name of a held4 story.
	noveltyHeld4Prefix = "ecb-held4/"
)

// noveltyHeld4Keep reports whether the ECB+ story (subtopic) name is one
// of held4: read by no other novelty sample, and kept by held4's salt.
func noveltyHeld4Keep(name string) bool {
	return seededHashOf(noveltyStorySalt, name)%noveltyStoryKeep != 0 &&
		!noveltyHeld3Keep(name) &&
		seededHashOf(noveltyHeld4StorySalt, name)%noveltyHeld4StoryKeep == 0
}

// isHeld4Story reports whether a sample story name is a held4 one.
func isHeld4Story(name string) bool { return strings.HasPrefix(name, noveltyHeld4Prefix) }

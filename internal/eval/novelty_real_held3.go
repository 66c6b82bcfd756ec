package eval

// The third held novelty sample (held3, thirteenth session): the ECB+
// train/dev stories (story = subtopic, three or more documents, the first
// noveltyMaxDocs by document number; never the test split) that neither
// the tuning nor the held half reads, i.e. those whose noveltyStorySalt
// hash is not kept. One of them in noveltyHeld3StoryKeep is kept by a new
// salted hash of its name, and one sentence in noveltyHeld3SentKeep of
// every later document by a new salted hash of its key. The rule was
// written before any sentence was judged and does not depend on the
// detector. Verdicts are in testdata/novelty_real_judged.tsv under their
// own comment line; the keys are those of the other ECB+ samples (document
// id "#" hash) and never clash with them, the documents being others.

import (
	"strings"
)

// Salts and moduli of the held3 sample.
const (
	noveltyHeld3StorySalt = "novelty-held3-story-13:"
	noveltyHeld3SentSalt  = "novelty-held3-sent-13:"
	// noveltyHeld3StoryKeep keeps one in this many unread ECB+ stories.
	noveltyHeld3StoryKeep = 3
	// noveltyHeld3SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld3SentKeep = 3
	// noveltyHeld3Prefix begins the name of a held3 story.
	noveltyHeld3Prefix = "ecb-held3/"
)

// noveltyHeld3Keep reports whether the ECB+ story (subtopic) name is one
// of held3: read by no other novelty sample, and kept by held3's salt.
func noveltyHeld3Keep(name string) bool {
	return seededHashOf(noveltyStorySalt, name)%noveltyStoryKeep != 0 &&
		seededHashOf(noveltyHeld3StorySalt, name)%noveltyHeld3StoryKeep == 0
}

// isHeld3Story reports whether a sample story name is a held3 one.
func isHeld3Story(name string) bool { return strings.HasPrefix(name, noveltyHeld3Prefix) }

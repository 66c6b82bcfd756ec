package eval

// The fifth held novelty sample (held5, twentieth session): the ECB+
// train/dev stories (story = subtopic, three or more documents, the first
// noveltyMaxDocs by document number; never the test split) that no other
// novelty sample reads: not the tuning or held half (their
// noveltyStorySalt hash is not kept), not held3 and not held4 (their salts
// do not keep them): all the rest. One sentence in noveltyHeld5SentKeep of
// every later document is kept by a new salted hash of its key. The rule
// was written before any sentence was judged and does not depend on the
// detector. Verdicts are in testdata/novelty_real_judged.tsv under their
// own comment line.

import "strings"

// Salt and modulus of the held5 sample.
const (
	noveltyHeld5SentSalt = "novelty-held5-sent-20:"
	// noveltyHeld5SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld5SentKeep = 4
	// noveltyHeld5Prefix begins the name of a held5 story.
	noveltyHeld5Prefix = "ecb-held5/"
)

// noveltyHeld5Keep reports whether the ECB+ story (subtopic) name is one
// of held5: read by no other novelty sample.
func noveltyHeld5Keep(name string) bool {
	return seededHashOf(noveltyStorySalt, name)%noveltyStoryKeep != 0 &&
		!noveltyHeld3Keep(name) && !noveltyHeld4Keep(name)
}

// isHeld5Story reports whether a sample story name is a held5 one.
func isHeld5Story(name string) bool { return strings.HasPrefix(name, noveltyHeld5Prefix) }

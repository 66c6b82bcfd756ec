package eval

// The ninth held novelty sample (held9, twenty-second session): the tenth
// to twelfth documents in document order of an ECB+ train/dev story
// (subtopic; never the test split) with at least noveltyHeld9MinDocs
// documents, run as a story of their own. No other sample reads past a
// story's ninth document, so none of these documents was drawn or judged
// before. One story in noveltyHeld9StoryKeep is kept by a new salted hash
// of its name, and one sentence in noveltyHeld9SentKeep of every later
// document by a new salted hash of its key. The rule was written before
// any sentence was judged and does not depend on the detector. Verdicts
// are in testdata/novelty_real_judged.tsv under their own comment line.

import "strings"

// Rule and salts of the held9 sample.
const (
	noveltyHeld9StorySalt = "novelty-held9-story-22:"
	noveltyHeld9SentSalt  = "novelty-held9-sent-22:"
	// noveltyHeld9First is the number of documents skipped: the first
	// nine, which the other samples read.
	noveltyHeld9First = 3 * noveltyMaxDocs
	// noveltyHeld9MinDocs is the fewest documents a held9 story has: the
	// nine skipped and three run.
	noveltyHeld9MinDocs = noveltyHeld9First + noveltyMaxDocs
	// noveltyHeld9StoryKeep keeps one in this many stories.
	noveltyHeld9StoryKeep = 4
	// noveltyHeld9SentKeep keeps one in this many sentences of later
	// documents.
	noveltyHeld9SentKeep = 6
	// noveltyHeld9Prefix begins the name of a held9 story.
	noveltyHeld9Prefix = "ecb-held9/"
)

// noveltyHeld9Keep reports whether the ECB+ story (subtopic) name with n
// documents is one of held9.
func noveltyHeld9Keep(name string, n int) bool {
	return n >= noveltyHeld9MinDocs && seededHashOf(noveltyHeld9StorySalt, name)%noveltyHeld9StoryKeep == 0
}

// isHeld9Story reports whether a sample story name is a held9 one.
func isHeld9Story(name string) bool { return strings.HasPrefix(name, noveltyHeld9Prefix) }

package quotes

// mannerForms are past-tense verbs of the manner of speaking that credit a
// quotation only when they stand right after it ("“…!” Lind thundered",
// "“Expedite,” he commanded"). They are not in verbs.txt: that list feeds
// the learned tagger's features (features.go, clusters.go) and every rule
// that looks for a reporting verb anywhere in a sentence, where "the crowd
// roared" or "the engine growled" are no speech.
var mannerForms = set("thundered", "commanded", "bellowed", "roared", "growled", "snarled",
	"muttered", "murmured", "grumbled", "gushed", "sighed", "chuckled", "laughed",
	"marvelled", "marveled", "screamed", "fumed", "ordered", "scolded", "teased",
	"stammered", "sniffed", "hissed", "barked")

// mannerSpeech reports whether w is one of mannerForms (lower case: the
// verb follows its subject).
func mannerSpeech(w string) bool { return mannerForms[w] }

package eval

// The ninth held-out real-news sample of events (eleventh session, events
// pass 14): see RealSampleOptions.Held9. Like the eighth it draws ECB+
// train/dev, MEANTIME, CoNLL-2003 train and PolNeAR train/dev documents,
// each in none of the earlier samples, by an id hash seeded "held9:"; no
// test document of any corpus is read.

// held9Seed seeds the hashes that draw the ninth held-out sample; the
// moduli are its ECB+, MEANTIME, CoNLL-2003 and PolNeAR ones.
const (
	held9Seed     = "held9:"
	held9ECB      = 14
	held9MEANTIME = 1
	held9CoNLL    = 48
	held9PolNeAR  = 24
)

// held9Moduli are the ninth sample's moduli by corpus.
var held9Moduli = map[string]uint32{"ecbplus": held9ECB, "meantime": held9MEANTIME, "conll": held9CoNLL, "polnear": held9PolNeAR}

// held9Drawn reports whether the document id of corpus name (ecbplus,
// meantime, conll or polnear) is drawn by the ninth sample's seeded hash;
// for conll and polnear it also excludes the eighth sample's documents
// (the caller excludes the earlier ECB+ and MEANTIME samples).
func held9Drawn(name, id string) bool {
	if (name == "conll" || name == "polnear") && held8Drawn(name, id) {
		return false
	}
	return drawnBy(held9Seed, held9Moduli, name, id)
}

// held9Docs reads the ninth sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles (none of the eighth's), sorted by id.
func held9Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held9Drawn)
}

package eval

// The tenth held-out real-news sample of events (twelfth session, events
// pass 15): see RealSampleOptions.Held10. Like the ninth it draws ECB+
// train/dev, MEANTIME, CoNLL-2003 train and PolNeAR train/dev documents,
// each in none of the earlier samples, by an id hash seeded "held10:"; no
// test document of any corpus is read.

// held10Seed seeds the hashes that draw the tenth held-out sample; the
// moduli are its ECB+, MEANTIME, CoNLL-2003 and PolNeAR ones.
const (
	held10Seed     = "held10:"
	held10ECB      = 14
	held10MEANTIME = 1
	held10CoNLL    = 24
	held10PolNeAR  = 48
)

// held10Moduli are the tenth sample's moduli by corpus.
var held10Moduli = map[string]uint32{"ecbplus": held10ECB, "meantime": held10MEANTIME, "conll": held10CoNLL, "polnear": held10PolNeAR}

// held10Drawn reports whether the document id of corpus name (ecbplus,
// meantime, conll or polnear) is drawn by the tenth sample's seeded hash;
// for conll and polnear it also excludes the eighth and ninth samples'
// documents (the caller excludes the earlier ECB+ and MEANTIME samples).
func held10Drawn(name, id string) bool {
	if (name == "conll" || name == "polnear") && (held8Drawn(name, id) || held9Drawn(name, id)) {
		return false
	}
	return drawnBy(held10Seed, held10Moduli, name, id)
}

// held10Docs reads the tenth sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles (none of the eighth's or ninth's), sorted
// by id.
func held10Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held10Drawn)
}

package eval

// The thirteenth held-out real-news sample of events (sixteenth session,
// events pass 19): see RealSampleOptions.Held13. Like the twelfth it draws
// ECB+ train/dev, CoNLL-2003 train and PolNeAR train/dev documents (MEANTIME
// has none left), each in none of the earlier samples, by an id hash seeded
// "held13:"; no test document of any corpus is read.

// held13Seed seeds the hashes that draw the thirteenth held-out sample; the
// moduli are its ECB+, CoNLL-2003 and PolNeAR ones.
const (
	held13Seed    = "held13:"
	held13ECB     = 8
	held13CoNLL   = 14
	held13PolNeAR = 28
)

// held13Moduli are the thirteenth sample's moduli by corpus.
var held13Moduli = map[string]uint32{"ecbplus": held13ECB, "conll": held13CoNLL, "polnear": held13PolNeAR}

// held13Drawn reports whether the document id of corpus name (ecbplus,
// conll or polnear) is drawn by the thirteenth sample's seeded hash; for
// conll and polnear it also excludes the eighth to twelfth samples'
// documents (the caller excludes the earlier ECB+ samples). No MEANTIME
// document is drawn.
func held13Drawn(name, id string) bool {
	if name == "meantime" {
		return false
	}
	if (name == "conll" || name == "polnear") && (held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id) || held11Drawn(name, id) || held12Drawn(name, id)) {
		return false
	}
	return drawnBy(held13Seed, held13Moduli, name, id)
}

// held13Docs reads the thirteenth sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles (none of the eighth's to twelfth's),
// sorted by id.
func held13Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held13Drawn)
}

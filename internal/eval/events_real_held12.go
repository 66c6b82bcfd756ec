package eval

// The twelfth held-out real-news sample of events (fifteenth session,
// events pass 18): see RealSampleOptions.Held12. Like the eleventh it draws
// ECB+ train/dev, CoNLL-2003 train and PolNeAR train/dev documents (MEANTIME
// has none left), each in none of the earlier samples, by an id hash seeded
// "held12:"; no test document of any corpus is read.

// held12Seed seeds the hashes that draw the twelfth held-out sample; the
// moduli are its ECB+, CoNLL-2003 and PolNeAR ones (MEANTIME: the eleventh
// took every document left).
const (
	held12Seed    = "held12:"
	held12ECB     = 14
	held12CoNLL   = 24
	held12PolNeAR = 48
)

// held12Moduli are the twelfth sample's moduli by corpus.
var held12Moduli = map[string]uint32{"ecbplus": held12ECB, "conll": held12CoNLL, "polnear": held12PolNeAR}

// held12Drawn reports whether the document id of corpus name (ecbplus,
// conll or polnear) is drawn by the twelfth sample's seeded hash; for
// conll and polnear it also excludes the eighth to eleventh samples'
// documents (the caller excludes the earlier ECB+ samples). No MEANTIME
// document is drawn.
func held12Drawn(name, id string) bool {
	if name == "meantime" {
		return false
	}
	if (name == "conll" || name == "polnear") && (held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id) || held11Drawn(name, id)) {
		return false
	}
	return drawnBy(held12Seed, held12Moduli, name, id)
}

// held12Docs reads the twelfth sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles (none of the eighth's to eleventh's),
// sorted by id.
func held12Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held12Drawn)
}

package eval

// The eleventh held-out real-news sample of events (fourteenth session,
// events pass 17): see RealSampleOptions.Held11. Like the tenth it draws
// ECB+ train/dev, CoNLL-2003 train and PolNeAR train/dev documents (MEANTIME
// has none left), each in none of the earlier samples, by an id hash seeded
// "held11:"; no test document of any corpus is read.

// held11Seed seeds the hashes that draw the eleventh held-out sample; the
// moduli are its ECB+, MEANTIME, CoNLL-2003 and PolNeAR ones.
const (
	held11Seed     = "held11:"
	held11ECB      = 14
	held11MEANTIME = 1
	held11CoNLL    = 24
	held11PolNeAR  = 48
)

// held11Moduli are the eleventh sample's moduli by corpus.
var held11Moduli = map[string]uint32{"ecbplus": held11ECB, "meantime": held11MEANTIME, "conll": held11CoNLL, "polnear": held11PolNeAR}

// held11Drawn reports whether the document id of corpus name (ecbplus,
// meantime, conll or polnear) is drawn by the eleventh sample's seeded
// hash; for conll and polnear it also excludes the eighth, ninth and
// tenth samples' documents (the caller excludes the earlier ECB+ and
// MEANTIME samples).
func held11Drawn(name, id string) bool {
	if (name == "conll" || name == "polnear") && (held8Drawn(name, id) || held9Drawn(name, id) || held10Drawn(name, id)) {
		return false
	}
	return drawnBy(held11Seed, held11Moduli, name, id)
}

// held11Docs reads the eleventh sample's CoNLL-2003 train documents and
// PolNeAR train and dev articles (none of the eighth's, ninth's or
// tenth's), sorted by id.
func held11Docs(shared string) ([]realDoc, error) {
	return conllPolnearDocs(shared, held11Drawn)
}

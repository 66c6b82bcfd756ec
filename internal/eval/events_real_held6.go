package eval

// The sixth held-out real-news sample of events (eighth session, events
// pass 11): see RealSampleOptions.Held6.

// held6Seed seeds the hashes that draw the sixth held-out sample;
// held6ECB, held6WCL and held6MEANTIME are its ECB+, NewsWCL50 and
// MEANTIME moduli.
const (
	held6Seed     = "held6:"
	held6ECB      = 9
	held6WCL      = 1
	held6MEANTIME = 4
)

// held6Drawn reports whether the document id of corpus name (ecbplus,
// newswcl50 or meantime) is drawn by the sixth sample's seeded hash; the
// caller excludes the documents of the earlier samples.
func held6Drawn(name, id string) bool {
	return drawnBy(held6Seed, held6Moduli, name, id)
}

// held6Moduli are the sixth sample's moduli by corpus.
var held6Moduli = map[string]uint32{"ecbplus": held6ECB, "newswcl50": held6WCL, "meantime": held6MEANTIME}

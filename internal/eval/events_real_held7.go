package eval

// The seventh held-out real-news sample of events (ninth session, events
// pass 12): see RealSampleOptions.Held7.

// held7Seed seeds the hashes that draw the seventh held-out sample;
// held7ECB and held7MEANTIME are its ECB+ and MEANTIME moduli (no
// NewsWCL50 document is left: the sixth sample took them all).
const (
	held7Seed     = "held7:"
	held7ECB      = 7
	held7MEANTIME = 4
)

// held7Drawn reports whether the document id of corpus name (ecbplus or
// meantime) is drawn by the seventh sample's seeded hash; the caller
// excludes the documents of the earlier samples.
func held7Drawn(name, id string) bool {
	return drawnBy(held7Seed, held7Moduli, name, id)
}

// held7Moduli are the seventh sample's moduli by corpus.
var held7Moduli = map[string]uint32{"ecbplus": held7ECB, "meantime": held7MEANTIME}

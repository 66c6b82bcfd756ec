package eval

import "fmt"

// RealSampleTexts returns the texts of the documents of every judged
// real-news sample (real, real-held, real-held2 ... real-held13; never a
// test document), read from shared (the ../shared folder): the reference
// texts of the PLOVER dev leave-out estimate (events.LeaveOut), where a
// trigger line firing on real news is not one written for dev records.
func RealSampleTexts(shared string) ([]string, error) {
	samples := []RealSampleOptions{{}, {Held: true}, {Held2: true}, {Held3: true}, {Held4: true}, {Held5: true},
		{Held6: true}, {Held7: true}, {Held8: true}, {Held9: true}, {Held10: true}, {Held11: true}, {Held12: true}, {Held13: true}}
	seen := map[string]bool{}
	var out []string
	for _, o := range samples {
		o.Shared = shared
		docs, err := realDocs(o.withDefaults())
		if err != nil {
			return nil, fmt.Errorf("real-news sample texts: %w", err)
		}
		for _, d := range docs {
			if !seen[d.id] {
				seen[d.id] = true
				out = append(out, d.text)
			}
		}
	}
	return out, nil
}

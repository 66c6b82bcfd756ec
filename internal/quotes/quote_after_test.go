package quotes

import (
	"strings"
	"testing"
)

// TestQuoteAfterReported: a quotation opening its sentence with no
// attribution of its own, right after a sentence of reported speech, is
// that speaker's; one after a sentence with no reported speech stays
// unattributed.
func TestQuoteAfterReported(t *testing.T) {
	for _, c := range []struct{ text, quote, want string }{
		{"The port may be slow to act while the navy negotiates with Velsk, Mayor Ana Lind said. \"The other factor is cost. I don't think that ought to outweigh the law.\"",
			"The other factor is cost", "Ana Lind"},
		{"The climber was still alive when rescuers reached him, pilot Tom Roe told the Velsk Herald on Sunday.\n\n\"He was very badly hurt and he was very cold.\"",
			"He was very badly hurt", "Tom Roe"},
		{"The harbor froze over in January and the ferries stopped. \"Nothing moved for a month.\"",
			"Nothing moved", ""},
	} {
		found := false
		for _, q := range Find(c.text, Options{}) {
			if q.Direct && strings.Contains(q.Text, c.quote) {
				found = true
				if q.Speaker != c.want {
					t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no quotation %q in %+v", c.quote, Find(c.text, Options{}))
		}
	}
}

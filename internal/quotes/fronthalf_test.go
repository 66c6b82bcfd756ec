package quotes

import (
	"strings"
	"testing"
)

// An attribution set off by commas inside an unquoted sentence ("The old
// pier, Mayor Ana Roe said, will close in May") reports the whole
// sentence: the words before it are content too (frontHalf), and on the
// analyze path the name inside the unit is its source, not a bare name
// the content is about (noStatement, parentheticalSource).
func TestParentheticalAttributionTakesFrontHalf(t *testing.T) {
	text := "Ferry news from Velsk\n\nThe old pier, Mayor Ana Roe said, will close in May.\n"
	for _, exclusive := range []bool{true, false} {
		var got *Quote
		units := Find(text, Options{Exclusive: exclusive})
		for i, q := range units {
			if strings.Contains(q.Text, "will close in May") {
				got = &units[i]
			}
		}
		if got == nil {
			t.Errorf("exclusive=%v: no unit for the statement: %+v", exclusive, units)
			continue
		}
		if !strings.HasPrefix(got.Text, "The old pier") {
			t.Errorf("exclusive=%v: unit %q, want it to open with the words before the attribution", exclusive, got.Text)
		}
		if got.Speaker != "Ana Roe" {
			t.Errorf("exclusive=%v: speaker %q, want Ana Roe", exclusive, got.Speaker)
		}
	}
}

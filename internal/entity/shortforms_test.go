package entity

import "testing"

// TestShortFormsJoin checks that a body named with the place it serves
// and its short form, and a port town and its name without "Port", are
// one entity in an article, whichever comes first, and that a one-word
// body, a country and a person stay apart.
func TestShortFormsJoin(t *testing.T) {
	for _, tc := range []struct{ marked, name, alias string }{
		{"The flaw in the [Revenue Service|ORG] portal was fixed, the [Revenue Service of Vellmar|ORG] said.", "Revenue Service of Vellmar", "Revenue Service"},
		{"The [Revenue Service of Vellmar|ORG] said the [Revenue Service|ORG] portal was fixed.", "Revenue Service of Vellmar", "Revenue Service"},
		{"Ships queued outside [Port Kell|LOC] on Monday. Trade through [Kell|LOC] fell.", "Port Kell", "Kell"},
	} {
		text, ms := mentionsOf(t, tc.marked)
		r := Resolve(text, ms)
		_, e := entityNamed(r, tc.name)
		if e == nil || len(e.Aliases) != 1 || e.Aliases[0] != tc.alias {
			t.Errorf("%q: %q = %+v, want alias %q", tc.marked, tc.name, e, tc.alias)
		}
	}
	for _, tc := range []struct{ marked, a, b string }{
		{"The [Bank of Vellmar|ORG] and the [Bank|ORG] said so.", "Bank of Vellmar", "Bank"},
		{"Ships left [Port Sudan|LOC] for [Sudan|LOC] on Monday.", "Port Sudan", "Sudan"},
	} {
		text, ms := mentionsOf(t, tc.marked)
		r := Resolve(text, ms)
		if _, e := entityNamed(r, tc.b); e == nil {
			t.Errorf("%q: %q joined %q, want apart", tc.marked, tc.b, tc.a)
		}
	}
}

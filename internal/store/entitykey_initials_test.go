package store

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// A name with middle initials joins the same name without them, but not
// when another article already joined it with other initials: "Arvo K.
// Lind" and "Arvo T. Lind" are two people (a father and a son), and
// "Arvo H.K. Lind" has initials, not a middle name.
func TestOtherInitialsStayApart(t *testing.T) {
	per := func(name string) core.Entity { return core.Entity{Name: name, Type: core.Person, Mentions: 2} }
	st := storeOneByOne(t, entityArticle("a", per("Arvo Lind")), entityArticle("b", per("Arvo K. Lind")),
		entityArticle("c", per("Arvo T. Lind")), entityArticle("d", per("Arvo H.K. Lind")))
	got := entityArticles(t, st)
	if len(got) != 3 || got["Arvo Lind"] != 2 {
		t.Errorf("entities %v, want Arvo Lind in 2 articles (with Arvo K. Lind), Arvo T. Lind and Arvo H.K. Lind apart", got)
	}
	if got := withoutMiddle("Arvo H.K. Lind"); got != "" {
		t.Errorf("withoutMiddle(%q) = %q, want none (initials)", "Arvo H.K. Lind", got)
	}
}

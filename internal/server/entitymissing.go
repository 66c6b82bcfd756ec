package server

import (
	"net/http"
	"strconv"

	"github.com/storyline/storyline/internal/wire"
)

// missingEntity is the not-found page of an entity name: the stored names
// the name matched (store.Speakers: "Voss" matches Hanna Voss and Piet
// Voss) or, when none, those near it (store.NearNames), each linked.
type missingEntity struct {
	Intro string
	Names []string // at most maxMissingNames
	More  int      // names matched past them
	Typed string   // the name as asked for, for the link to /entities?name=
}

// maxMissingNames bounds the names the not-found page lists ("the" matched
// 51 names).
const maxMissingNames = 20

// entityMissing answers /entities/NAME when no entity has NAME as its name
// or an alias. A name the name words of exactly one stored entity hold (a
// surname: "Voss" for Hanna Voss) leads to that entity's page, as
// `quotes --speaker Voss` finds her quotes; several are listed to choose
// from, and a mistyped name gets the stored names near it, as the lists'
// hints give them. The page said only "No entity is called "Voss"."
// /api/entities/NAME gives the same as "hint" with its 404.
func (s *Server) entityMissing(w http.ResponseWriter, r *http.Request, name string) {
	names, err := s.st.Speakers(r.Context(), name)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := missingEntity{}
	switch {
	case len(names) == 1 && names[0] != name:
		target := entityPath(names[0])
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
		return
	case len(names) > 1:
		d.Intro, d.Names = wire.Given("", name)[1:]+" matched "+wire.Count(len(names), "name")+":", names
	default:
		near, err := s.st.NearNames(r.Context(), name)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		if len(near) > 0 {
			d.Intro, d.Names = "Near it:", near
		}
	}
	if len(d.Names) > maxMissingNames {
		d.Names, d.More = d.Names[:maxMissingNames], len(d.Names)-maxMissingNames
	}
	d.Typed = name
	s.render(w, r, "error", http.StatusNotFound, pageData{Title: http.StatusText(http.StatusNotFound), Error: "No entity is called " + strconv.Quote(name) + ".", Data: d})
}

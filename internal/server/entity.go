package server

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

// entityView is everything the entity page and endpoint show.
type entityView struct {
	Entity      store.StoredEntity
	Quotes      []store.StoredQuote // the newest maxEntityQuotes, in time order
	QuoteTotal  int
	QuoteMonths []store.FacetCount // all the entity's quotes per month
	Articles    []*core.Article
	CoOccurring []store.FacetCount
	Months      []store.FacetCount // articles per month
	// Others are the entities stored under the same name with another
	// type (the place "Orvan" and an organisation "Orvan"): the name's
	// articles, months and companions, read by name, count them too.
	Others []store.StoredEntity
}

// maxEntityQuotes bounds the quotes an entity page or answer carries; the
// counts per month cover them all.
const maxEntityQuotes = 1000

// maxEntityArticles bounds the articles an entity page or answer lists (the
// newest published); /articles?entity=NAME lists them all.
const maxEntityArticles = 50

// lookupEntity finds the entity whose name or alias is name (any case).
func (s *Server) lookupEntity(r *http.Request, name string) (*entityView, error) {
	// The whole name or alias first (the alias index): a substring search
	// cut at 50 missed "IST" among a hundred names holding "ist", so the
	// entities list linked a page that said no entity had the name. The
	// substring search stays for a case the index does not fold ("émile").
	ents, err := s.st.Entities(r.Context(), store.EntityFilter{Name: name, Exact: true, Limit: 50})
	if err == nil && len(ents) == 0 {
		ents, err = s.st.Entities(r.Context(), store.EntityFilter{Name: name, Limit: 50})
	}
	if err != nil {
		return nil, err
	}
	var found *store.StoredEntity
	for i, e := range ents {
		if strings.EqualFold(e.Name, name) {
			found = &ents[i]
			break
		}
		for _, al := range e.Aliases {
			if found == nil && strings.EqualFold(al, name) {
				found = &ents[i]
			}
		}
	}
	if found == nil {
		return nil, fmt.Errorf("entity %q: %w", name, core.ErrNotFound)
	}
	v := &entityView{Entity: *found}
	for _, e := range ents {
		if e.ID != found.ID && strings.EqualFold(e.Name, found.Name) {
			v.Others = append(v.Others, e)
		}
	}
	if v.Quotes, err = s.st.Quotes(r.Context(), store.QuoteFilter{Speaker: found.Name, Limit: maxEntityQuotes, Newest: true}); err != nil {
		return nil, err
	}
	// In time order, the quotes of undated articles after the dated ones.
	slices.Reverse(v.Quotes)
	slices.SortStableFunc(v.Quotes, func(a, b store.StoredQuote) int {
		switch {
		case (a.Published == "") == (b.Published == ""):
			return 0
		case a.Published == "":
			return 1
		}
		return -1
	})
	if v.QuoteMonths, err = s.st.QuoteMonths(r.Context(), found.Name); err != nil {
		return nil, err
	}
	for _, m := range v.QuoteMonths {
		v.QuoteTotal += m.Count
	}
	v.QuoteTotal = max(v.QuoteTotal, len(v.Quotes)) // undated quotes have no month
	// The newest publication first, as /articles?entity= lists them (the
	// last stored first read like a shuffled list on a store filled out of
	// order).
	if v.Articles, err = s.st.Articles(r.Context(), store.ArticleFilter{Entity: found.Name, Limit: maxEntityArticles, ByPublished: true}); err != nil {
		return nil, err
	}
	res, err := s.st.Search(r.Context(), store.SearchQuery{Entity: found.Name, Facets: true, Limit: 1})
	if err != nil {
		return nil, err
	}
	for _, f := range res.Facets.Entities {
		if !strings.EqualFold(f.Value, found.Name) {
			v.CoOccurring = append(v.CoOccurring, f)
		}
	}
	v.Months = res.Facets.Months
	return v, nil
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	v, err := s.lookupEntity(r, r.PathValue("name"))
	if errors.Is(err, core.ErrNotFound) {
		// What the name matched or the names near it, as the lists'
		// "hint" (entityMissing).
		hint, herr := wire.NameHintFor(r.Context(), s.st, r.PathValue("name"))
		if herr != nil {
			s.storeError(w, r, herr)
			return
		}
		s.json(w, r, http.StatusNotFound, map[string]string{"error": err.Error(), "hint": hint})
		return
	}
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		wire.Entity
		Quotes      []wire.Quote          `json:"quotes"`
		QuoteTotal  int                   `json:"quote_total"`
		QuoteMonths []wire.Facet          `json:"quote_months"`
		Articles    []wire.ArticleSummary `json:"articles"`
		CoOccurring []wire.Facet          `json:"co_occurring"`
		Months      []wire.Facet          `json:"months"`
	}{Entity: wire.FromEntity(v.Entity.Entity, v.Entity.Articles), Quotes: []wire.Quote{}, QuoteTotal: v.QuoteTotal, QuoteMonths: wire.FromFacets(v.QuoteMonths),
		Articles: []wire.ArticleSummary{}, CoOccurring: wire.FromFacets(v.CoOccurring), Months: wire.FromFacets(v.Months)}
	for _, q := range v.Quotes {
		out.Quotes = append(out.Quotes, wire.FromStoredQuote(q))
	}
	for _, a := range v.Articles {
		out.Articles = append(out.Articles, wire.FromSummary(a))
	}
	s.json(w, r, http.StatusOK, out)
}

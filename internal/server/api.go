package server

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

// routes registers the API and the pages.
func (s *Server) routes() {
	s.api("/api/articles", methods{http.MethodGet: s.apiArticles, http.MethodPost: s.apiIngest})
	s.api("/api/articles/{id}", methods{http.MethodGet: s.apiArticle, http.MethodDelete: s.apiDelete})
	s.api("/api/articles/{id}/new", methods{http.MethodGet: s.apiArticleNew})
	s.api("/api/articles/{id}/reanalyze", methods{http.MethodPost: s.apiReanalyze})
	s.api("/api/entities", methods{http.MethodGet: s.apiEntities})
	s.api("/api/entities/{name}", methods{http.MethodGet: s.apiEntity})
	s.api("/api/quotes", methods{http.MethodGet: s.apiQuotes})
	s.api("/api/events", methods{http.MethodGet: s.apiEvents})
	s.api("/api/search", methods{http.MethodGet: s.apiSearch})
	s.api("/api/stats", methods{http.MethodGet: s.apiStats})
	s.api("/api/openapi.json", methods{http.MethodGet: s.apiOpenAPI})
	s.api("/api/stories", methods{http.MethodGet: s.apiStories})
	s.api("/api/stories/{id}", methods{http.MethodGet: s.apiStory})
	s.api("/api/storylines", methods{http.MethodGet: s.apiStorylines})
	s.api("/api/storylines/{id}", methods{http.MethodGet: s.apiStoryline})
	s.api("/api/claims", methods{http.MethodGet: s.apiClaims})
	s.api("/api/settle", methods{http.MethodPost: s.apiSettle})
	s.api("/api/briefs", methods{http.MethodGet: s.notYet("briefs are not built yet"), http.MethodPost: s.notYet("briefs are not built yet")})
	s.api("/api/briefs/{id}", methods{http.MethodGet: s.notYet("briefs are not built yet")})
	s.api("/api/verify", methods{http.MethodPost: s.notYet("verify is not built yet")})
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	s.pageRoutes()
}

type methods map[string]http.HandlerFunc

// api registers pattern with a JSON 405 (and an Allow header) for methods
// it does not serve. GET handlers also answer HEAD.
func (s *Server) api(pattern string, m methods) {
	var allow []string
	for k := range m {
		allow = append(allow, k)
	}
	if _, ok := m[http.MethodGet]; ok {
		allow = append(allow, http.MethodHead)
	}
	sort.Strings(allow)
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		method := r.Method
		if method == http.MethodHead {
			method = http.MethodGet
		}
		h, ok := m[method]
		if !ok {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			s.error(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+strings.Join(allow, ", "))
			return
		}
		h(w, r)
	})
}

// error writes {"error": reason} for API paths and an HTML error page for
// the others.
func (s *Server) error(w http.ResponseWriter, r *http.Request, status int, reason string) {
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		s.errorPage(w, r, status, reason)
		return
	}
	s.json(w, r, status, map[string]string{"error": reason})
}

func (s *Server) json(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.fault(r, err)
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	writeCached(w, r, status, "application/json; charset=utf-8", append(b, '\n'))
}

// storeError maps a store error to a response: 404 for core.ErrNotFound
// (naming what was asked for, as the store's error does: "story 99: not
// found"), 400 for store.ErrBadQuery and store.ErrUnknownEventType,
// 499-style silence for a gone client, else 500.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, core.ErrNotFound):
		s.error(w, r, http.StatusNotFound, err.Error())
	case errors.Is(err, store.ErrBadQuery):
		s.error(w, r, http.StatusBadRequest, strings.TrimPrefix(err.Error(), "bad search query: "))
	case errors.Is(err, store.ErrUnknownEventType):
		s.error(w, r, http.StatusBadRequest, err.Error())
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
	default:
		s.fault(r, err)
		s.error(w, r, http.StatusInternalServerError, "internal error")
	}
}

func (s *Server) notYet(reason string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, http.StatusNotImplemented, reason)
	}
}

// badRequest is a query-parameter error; its message is the reason.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return &badRequest{fmt.Sprintf(format, args...)} }

// parseDay reads a YYYY-MM-DD parameter; "" is the zero time.
func parseDay(v url.Values, name string) (time.Time, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, badf("%s: want a date like 2024-05-31, got %q", name, s)
	}
	return t, nil
}

func parseLimit(v url.Values, def, maxN int) (int, error) {
	s := v.Get("limit")
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxN {
		return 0, badf("limit: want a number from 1 to %d, got %q", maxN, s)
	}
	return n, nil
}

// Cursors are opaque to clients: base64url of "a:<id>" (articles, the
// last ID shown) or "s:<offset>" (search hits).
func encodeCursor(kind string, n int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + strconv.FormatInt(n, 10)))
}

func decodeCursor(s, kind string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, badf("cursor: not a cursor this server issued")
	}
	rest, ok := strings.CutPrefix(string(b), kind+":")
	n, err := strconv.ParseInt(rest, 10, 64)
	if !ok || err != nil || n < 0 {
		return 0, badf("cursor: not a cursor this server issued")
	}
	return n, nil
}

// articleFilter reads the article list filters shared by the API and pages.
func articleFilter(v url.Values) (store.ArticleFilter, error) {
	f := store.ArticleFilter{Source: v.Get("source"), Language: v.Get("language"), Entity: v.Get("entity")}
	var err error
	if f.From, err = parseDay(v, "from"); err != nil {
		return f, err
	}
	if f.To, err = parseDay(v, "to"); err != nil {
		return f, err
	}
	if f.Limit, err = parseLimit(v, 50, 200); err != nil {
		return f, err
	}
	switch v.Get("sort") {
	case "", "published":
		f.ByPublished = true
	case "stored":
	default:
		return f, badf("sort: want published (the newest publication first) or stored (the last stored first), got %q", v.Get("sort"))
	}
	// A cursor carries its list's order: "p:" one of the list by
	// publication, "a:" (the only kind before) one of the stored order.
	if c := v.Get("cursor"); c != "" {
		if f.BeforeID, err = decodeCursor(c, "a"); err == nil {
			f.ByPublished = false
		} else if f.After, err = decodeListCursor(c, "p"); err != nil {
			return f, err
		} else {
			f.ByPublished = true
		}
	}
	return f, nil
}

// nextArticles cuts arts (read with one more than limit) to limit and
// returns the cursor of the next page in f's order ("" at the end).
func nextArticles(arts []*core.Article, f store.ArticleFilter, limit int) ([]*core.Article, string) {
	if len(arts) <= limit {
		return arts, ""
	}
	arts = arts[:limit]
	last := arts[len(arts)-1]
	if f.ByPublished {
		return arts, encodeListCursor("p", store.ArticleCursor(last))
	}
	return arts, encodeCursor("a", last.ID)
}

// listArticles runs f and returns one page plus the next cursor ("" at the end).
func (s *Server) listArticles(r *http.Request, f store.ArticleFilter) ([]*core.Article, string, error) {
	want := f.Limit
	f.Limit++ // one more tells whether there is a next page
	arts, err := s.st.Articles(r.Context(), f)
	if err != nil {
		return nil, "", err
	}
	arts, next := nextArticles(arts, f, want)
	return arts, next, nil
}

// storyArticles lists a story's articles through the store's own filter
// (ArticleFilter.Stories, merged stories resolved), as the CLI's
// `articles --story` does, so the two agree on every filter and order. An
// empty page asks the store whether the story exists, for a 404 naming it.
func (s *Server) storyArticles(r *http.Request, story int64, f store.ArticleFilter) ([]*core.Article, string, error) {
	if f.Entity != "" {
		return nil, "", badf("story and entity cannot be combined; use /api/search?story=ID&entity=NAME")
	}
	f.Stories = []int64{story}
	arts, next, err := s.listArticles(r, f)
	if err != nil || len(arts) > 0 {
		return arts, next, err
	}
	if _, err := s.st.Story(r.Context(), story); err != nil {
		return nil, "", err
	}
	return arts, next, nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	storyID, err := queryInt(r.URL.Query(), "story")
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	var arts []*core.Article
	var next string
	if storyID != 0 {
		arts, next, err = s.storyArticles(r, storyID, f)
	} else {
		arts, next, err = s.listArticles(r, f)
	}
	var br *badRequest
	if errors.As(err, &br) {
		s.error(w, r, http.StatusBadRequest, br.msg)
		return
	}
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	matched, err := s.speakersMatched(r.Context(), f.Entity)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	hint, err := s.nameHint(r.Context(), f.Entity, len(arts) == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Articles []wire.ArticleSummary `json:"articles"`
		Matched  []string              `json:"matched,omitempty"`
		Hint     string                `json:"hint,omitempty"`
		Next     *string               `json:"next"`
	}{Articles: []wire.ArticleSummary{}, Matched: matched, Hint: hint, Next: nullable(next)}
	for _, a := range arts {
		out.Articles = append(out.Articles, wire.FromSummary(a))
	}
	s.json(w, r, http.StatusOK, out)
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badf("id: want a positive number, got %q", r.PathValue("id"))
	}
	return id, nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, wire.FromArticle(a))
}

// apiArticleNew gives what an article adds to its storyline
// (wire.ArticleNew, as `storyline new --json ID`): its new sentences, or
// every sentence with all=true, and the earlier articles it was judged
// against.
func (s *Server) apiArticleNew(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	all, err := queryBool(r.URL.Query(), "all")
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	e, err := store.EarlierInStoryline(r.Context(), s.st, a)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, wire.FromNew(a, e, all))
}

// apiDelete deletes one article (a write: same-origin, and the token when
// the server has one).
func (s *Server) apiDelete(w http.ResponseWriter, r *http.Request) {
	id, ok := s.writeTarget(w, r)
	if !ok {
		return // already answered
	}
	if err := s.st.Delete(r.Context(), id); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, map[string]int64{"deleted": id})
}

// writeTarget authorises a write to the article named in the path and
// returns its ID; when it returns false the request is already answered.
func (s *Server) writeTarget(w http.ResponseWriter, r *http.Request) (int64, bool) {
	if ok, _ := s.authorizeWrite(w, r); !ok {
		return 0, false
	}
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return 0, false
	}
	return id, true
}

// apiReanalyze runs the server's stages again on one stored article and
// stores what they find in place of the old analysis (store.Reannotator),
// answering the article as stored now. Protected like delete.
func (s *Server) apiReanalyze(w http.ResponseWriter, r *http.Request) {
	id, ok := s.writeTarget(w, r)
	if !ok {
		return // already answered
	}
	re, ok := s.st.(store.Reannotator)
	if !ok || len(s.opts.Stages) == 0 {
		s.error(w, r, http.StatusNotImplemented, "this server cannot re-analyse articles")
		return
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	for _, st := range s.opts.Stages {
		if err := st.Process(r.Context(), a); err != nil {
			s.error(w, r, http.StatusUnprocessableEntity, fmt.Sprintf("article %d: %v", id, err))
			return
		}
	}
	if err := re.Reannotate(r.Context(), a); err != nil {
		s.storeError(w, r, err)
		return
	}
	if a, err = s.st.Article(r.Context(), id); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, wire.FromArticle(a))
}

// apiSettle ends a load for the story layer (store.Settler): stories the
// evidence shows to be one merge. Protected like ingest.
func (s *Server) apiSettle(w http.ResponseWriter, r *http.Request) {
	if ok, _ := s.authorizeWrite(w, r); !ok {
		return // already answered
	}
	st, ok := s.st.(store.Settler)
	if !ok {
		s.error(w, r, http.StatusNotImplemented, "this store cannot settle")
		return
	}
	n, err := st.Settle(r.Context())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, map[string]int{"moved": n})
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, 100, 1000)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	typ := core.EntityType(strings.ToUpper(v.Get("type")))
	switch typ {
	case "", core.Person, core.Organisation, core.Location, core.Misc:
	default:
		s.error(w, r, http.StatusBadRequest, fmt.Sprintf("type: want PER, ORG, LOC or MISC, got %q", v.Get("type")))
		return
	}
	ents, err := s.st.Entities(r.Context(), store.EntityFilter{Type: typ, Name: v.Get("name"), Limit: limit + 1})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	ents, more := cutAt(ents, limit)
	hint, err := s.nameHint(r.Context(), v.Get("name"), len(ents) == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Entities []wire.Entity `json:"entities"`
		Hint     string        `json:"hint,omitempty"`
		More     bool          `json:"more"`
	}{[]wire.Entity{}, hint, more}
	for _, e := range ents {
		out.Entities = append(out.Entities, wire.FromEntity(e.Entity, e.Articles))
	}
	s.json(w, r, http.StatusOK, out)
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, 200, 1000)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	f := store.QuoteFilter{Speaker: v.Get("speaker"), About: v.Get("about"), Limit: limit}
	if f.From, err = parseDay(v, "from"); err == nil {
		f.To, err = parseDay(v, "to")
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if f.Newest, err = newestFirst(v); err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if f.ArticleID, err = queryInt(v, "article"); err == nil {
		if f.Story, err = queryInt(v, "story"); err == nil {
			f.Storyline, err = queryInt(v, "storyline")
		}
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if f.After, err = decodeListCursor(v.Get("cursor"), "q"); err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	group, err := queryBool(v, "group")
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	qs, next, err := s.pageOfQuotes(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	matched, err := s.speakersMatched(r.Context(), f.Speaker)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	hint, err := s.nameHint(r.Context(), f.Speaker, len(qs) == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Quotes     []wire.Quote     `json:"quotes"`
		Statements []wire.Statement `json:"statements,omitempty"`
		Speakers   []string         `json:"speakers,omitempty"`
		Hint       string           `json:"hint,omitempty"`
		Next       *string          `json:"next"`
	}{Quotes: []wire.Quote{}, Speakers: matched, Hint: hint, Next: nullable(next)}
	for _, q := range qs {
		out.Quotes = append(out.Quotes, wire.FromStoredQuote(q))
	}
	if group {
		out.Statements = []wire.Statement{}
		for _, g := range store.GroupQuotes(qs) {
			out.Statements = append(out.Statements, wire.FromQuoteGroup(g))
		}
	}
	s.json(w, r, http.StatusOK, out)
}

// apiEvents lists events across the store: who did what to whom, and when.
// Events the confidence model thinks more likely not reported (below
// core.SureEvent) are left out unless min_confidence says otherwise
// (min_confidence=0 gives every event).
func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, 200, 1000)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	f := store.EventFilter{Actor: v.Get("actor"), Target: v.Get("target"), Limit: limit, MinConfidence: core.SureEvent}
	if f.Type, err = store.EventType(v.Get("type")); err != nil {
		s.json(w, r, http.StatusBadRequest, struct {
			Error string   `json:"error"`
			Types []string `json:"types"`
		}{err.Error(), core.EventTypes()})
		return
	}
	if f.From, err = parseDay(v, "from"); err == nil {
		f.To, err = parseDay(v, "to")
	}
	if err == nil {
		f.ArticleID, err = queryInt(v, "article")
	}
	if err == nil {
		f.Story, err = queryInt(v, "story")
	}
	if err == nil {
		f.Storyline, err = queryInt(v, "storyline")
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if c := v.Get("min_confidence"); c != "" {
		x, err := strconv.ParseFloat(c, 64)
		if err != nil || x < 0 || x > 1 {
			s.error(w, r, http.StatusBadRequest, "min_confidence: want a number from 0 to 1")
			return
		}
		f.MinConfidence = x
	}
	if f.Newest, err = newestFirst(v); err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if f.After, err = decodeListCursor(v.Get("cursor"), "e"); err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	evs, next, err := s.pageOfEvents(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Events  []wire.StoredEvent `json:"events"`
		Next    *string            `json:"next"`
		Actors  []string           `json:"actors,omitempty"`
		Targets []string           `json:"targets,omitempty"`
		Hint    string             `json:"hint,omitempty"`
	}{Events: []wire.StoredEvent{}, Next: nullable(next)}
	for _, e := range evs {
		out.Events = append(out.Events, wire.FromStoredEvent(e))
	}
	if out.Actors, out.Targets, out.Hint, err = s.eventNames(r.Context(), f, len(evs) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, out)
}

// newestFirst reads the order parameter: oldest (the default) or newest.
func newestFirst(v url.Values) (bool, error) {
	switch v.Get("order") {
	case "", "oldest":
		return false, nil
	case "newest":
		return true, nil
	}
	return false, errors.New("order: want oldest or newest")
}

// searchQuery reads the search parameters shared by the API and the page.
func searchQuery(v url.Values, defLimit int) (store.SearchQuery, error) {
	q := store.SearchQuery{Text: v.Get("q"), Entity: v.Get("entity"), Source: v.Get("source"), Language: v.Get("language"), Facets: true}
	var err error
	if q.From, err = parseDay(v, "from"); err != nil {
		return q, err
	}
	if q.To, err = parseDay(v, "to"); err != nil {
		return q, err
	}
	if q.Limit, err = parseLimit(v, defLimit, 100); err != nil {
		return q, err
	}
	off, err := decodeCursor(v.Get("cursor"), "s")
	if err != nil {
		return q, err
	}
	if off > 100000 {
		return q, badf("cursor: too deep; narrow the search instead")
	}
	q.Offset = int(off)
	if q.Story, err = queryInt(v, "story"); err != nil {
		return q, err
	}
	return q, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query(), 20)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	res, err := s.st.Search(r.Context(), q)
	if errors.Is(err, store.ErrBadQuery) && q.Text != "" {
		// Name the query, as the CLI's search does: a client sending many
		// queries must see which one could not be run.
		s.error(w, r, http.StatusBadRequest, "q="+q.Text+": "+strings.TrimPrefix(err.Error(), "bad search query: "))
		return
	}
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	matched, err := s.speakersMatched(r.Context(), q.Entity)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	hint, err := s.nameHint(r.Context(), q.Entity, res.Total == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		wire.SearchResult
		Matched []string `json:"matched,omitempty"`
		Hint    string   `json:"hint,omitempty"`
		Next    *string  `json:"next"`
	}{SearchResult: wire.FromSearch(res, q.Facets), Matched: matched, Hint: hint}
	if end := q.Offset + len(res.Hits); end < res.Total {
		out.Next = nullable(encodeCursor("s", int64(end)))
	}
	s.json(w, r, http.StatusOK, out)
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, map[string]int{"articles": st.Articles, "entities": st.Entities, "quotes": st.Quotes, "events": st.Events})
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	writeCached(w, r, http.StatusOK, "application/json; charset=utf-8", openAPI)
}

// cutAt cuts a ranked list read with one row more than limit back to limit
// and tells whether there was more ("more" in the API's ranked lists, which
// have no cursor: a client asks again with a higher limit or a narrower
// filter, instead of taking the first page for all there is).
func cutAt[T any](rows []T, limit int) ([]T, bool) {
	if len(rows) > limit {
		return rows[:limit], true
	}
	return rows, false
}

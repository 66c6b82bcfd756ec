package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// assetVersion is a hash of the static files: asset URLs carry it, so they
// can be cached for a year and still change with the binary.
var assetVersion = func() string {
	h := sha256.New()
	fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := staticFS.ReadFile(p)
			h.Write([]byte(p))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:10]
}()

var funcs = template.FuncMap{
	"card":        card,
	"label":       label,
	"marked":      marked,
	"entityPath":  entityPath,
	"claimParts":  claimParts,
	"plural":      plural,
	"asset":       func(name string) string { return "/static/" + name + "?v=" + assetVersion },
	"sourceKey":   store.SourceKey,
	"param":       withParam,
	"add":         func(a, b int) int { return a + b },
	"sub":         func(a, b int) int { return a - b },
	"monthParams": monthParams,
	"webURL":      webURL,
	"half":        func(x, w float64) float64 { return x + w/2 },
	"when":        when,
	"day":         func(s string) string { return s[:min(len(s), 10)] }, // YYYY-MM-DD of a date or timestamp
	"sourceLabel": sourceLabel,
	"shortPath":   shortPath,
	"confidence":  func(c float64) string { return fmt.Sprintf("%.0f%%", 100*c) },
	"eventTypes":  core.EventTypes,
	"noneFound":   noneFound,
	"given":       wire.Given,
	"givenBare":   wire.GivenBare,
	"givenDays":   wire.GivenDays,
	"atLeast":     atLeast,
	"undatedWhy":  wire.UndatedWhy,
	"asSentence":  wire.AsSentence,
	"linkStories": linkStories,

	// cutOccurrences: a claim's occurrences as the claims list shows them
	// (wire.Cut), all of them on one claim's page (?key=).
	"cutOccurrences": func(occ []store.ClaimOccurrence, key string) wire.CutOccurrences { return wire.Cut(occ, key != "") },
}

// storyRef is a story named by number in the story layer's note
// ("closest story 12 scores 0.52", "storyline linked with story 12").
var storyRef = regexp.MustCompile(`\bstory (\d+)\b`)

// linkStories escapes the story layer's note on an article page and links
// each story it names by number to that story's page: the note named
// stories the reader had no way to reach.
func linkStories(note string) template.HTML {
	return template.HTML(storyRef.ReplaceAllString(template.HTMLEscapeString(note), `<a href="/stories/$1">story $1</a>`))
}

// noneFound is an empty list's line on a page: wire.NoneFound (what the
// CLI prints) as a sentence, "No claims held by “Nobdy”, in story 9.", so a
// mistyped name or a narrow filter is not read as an empty store. Filters
// are the phrases of given, givenBare, givenDays and atLeast ("" when not
// given).
func noneFound(what string, filters ...string) string {
	return wire.AsSentence(wire.NoneFound(what, filters...))
}

// atLeast is wire.AtLeast for a count a page reads from its query ("" when
// it is not a number above 1).
func atLeast(n, word string) string {
	i, _ := strconv.Atoi(strings.TrimSpace(n))
	return wire.AtLeast(i, word)
}

// webURL is the address of an article's page when it has one: its URL, or
// a source that is an http(s) URL; "" otherwise.
func webURL(a *core.Article) string {
	for _, s := range []string{a.URL, a.Source} {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return s
		}
	}
	return ""
}

// when formats a publication date for readers: "26 Feb 2026" for a day,
// "26 Feb 2026, 14:30" for an RFC 3339 time (in its own zone); anything
// else as it is.
func when(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 Jan 2006, 15:04")
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2 Jan 2006")
	}
	return s
}

// sourceLabel names where an article came from in a list: its outlet, a
// URL's host, or a file's name.
func sourceLabel(source, outlet string) string {
	if outlet != "" {
		return outlet
	}
	k := store.SourceKey(source, "")
	if strings.Contains(source, "://") {
		return k
	}
	base := path.Base(strings.ReplaceAll(source, "\\", "/"))
	if i := strings.LastIndexAny(base, ":#"); i > 0 {
		base = base[:i]
	}
	return base
}

// shortPath shows an absolute file path by its last two elements
// (".../examples/text"); anything else as it is.
func shortPath(s string) string {
	if !strings.HasPrefix(s, "/") {
		return s
	}
	parts := strings.Split(strings.TrimRight(s, "/"), "/")
	if len(parts) <= 3 {
		return s
	}
	return "…/" + strings.Join(parts[len(parts)-2:], "/")
}

// monthParams is the query of a month facet: from its first to its last day.
func monthParams(v url.Values, month string) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return withParam(v, "", "")
	}
	q := withParam(v, "from", t.Format("2006-01-02"))
	c, _ := url.ParseQuery(strings.TrimPrefix(q, "?"))
	return withParam(c, "to", t.AddDate(0, 1, -1).Format("2006-01-02"))
}

// pages holds one template set per page: the layout plus that page.
var pages = func() map[string]*template.Template {
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html"))
	out := map[string]*template.Template{}
	names, _ := fs.Glob(templateFS, "templates/*.html")
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" {
			continue
		}
		out[strings.TrimSuffix(base, ".html")] = template.Must(template.Must(layout.Clone()).ParseFS(templateFS, n))
	}
	return out
}()

// grownPage cuts a ranked list read with one row more than limit (lists
// with no cursor: entities, claims, storylines) to limit rows. cut says
// whether rows were left out; more is then this page with a higher limit
// (three times, at most maxFeedLimit), "" once it cannot grow.
func grownPage[T any](list []T, limit int, v url.Values) (rows []T, cut bool, more string) {
	if len(list) <= limit {
		return list, false, ""
	}
	if limit < maxFeedLimit {
		more = withParam(v, "limit", strconv.Itoa(min(3*limit, maxFeedLimit)))
	}
	return list[:limit], true, more
}

// withParam returns "?query" of v with key set to value (removed when
// value is empty) and the cursor dropped: the link for a facet or filter.
func withParam(v url.Values, key, value string) string {
	c := url.Values{}
	for k, vs := range v {
		if k != "cursor" {
			c[k] = vs
		}
	}
	if value == "" {
		c.Del(key)
	} else {
		c.Set(key, value)
	}
	return "?" + c.Encode()
}

// pageData is what every page template gets.
type pageData struct {
	Title  string
	Nav    string // current section
	Query  url.Values
	Status int
	Error  string
	Data   any
	// Labels name the page's untitled articles (untitledLabels), for
	// label and card.
	Labels map[int64]string
}

// label names article id for a reader, as every page does
// (store.ArticleLabel): its title, else its label in labels (the first
// line of its text), else "Article N".
func label(id int64, title string, labels map[int64]string) string {
	if title != "" {
		return title
	}
	if l, ok := labels[id]; ok {
		return l
	}
	return store.ArticleLabel(id, "", "")
}

// cardView is an article card with its label.
type cardView struct {
	*core.Article
	Label string
}

func card(a *core.Article, labels map[int64]string) cardView {
	return cardView{Article: a, Label: label(a.ID, a.Title, labels)}
}

// untitledLabels labels the untitled articles of arts
// (store.UntitledLabels: one query for the beginnings of their texts; none
// when all have titles). A failure leaves the "Article N" fallback, not a
// broken page.
func (s *Server) untitledLabels(ctx context.Context, arts []*core.Article) map[int64]string {
	labels, err := store.UntitledLabels(ctx, s.st, arts)
	if err != nil {
		return nil
	}
	return labels
}

func (s *Server) pageRoutes() {
	s.mux.HandleFunc("GET /{$}", s.homePage)
	s.mux.HandleFunc("GET /articles", s.articlesPage)
	s.mux.HandleFunc("GET /articles/{id}", s.articlePage)
	s.mux.HandleFunc("GET /entities", s.entitiesPage)
	s.mux.HandleFunc("GET /entities/{name}", s.entityPage)
	s.mux.HandleFunc("GET /search", s.searchPage)
	s.mux.HandleFunc("GET /stories/{id}", s.storyPage)
	s.mux.HandleFunc("GET /storylines", s.storylinesPage)
	s.mux.HandleFunc("GET /storylines/{id}", s.storylinePage)
	s.mux.HandleFunc("GET /claims", s.claimsPage)
	s.mux.HandleFunc("GET /quotes", s.quotesPage)
	s.mux.HandleFunc("GET /events", s.eventsPage)
	s.mux.HandleFunc("GET /ingest", s.ingestPage)
	s.mux.HandleFunc("POST /ingest", s.ingestForm)
	s.mux.HandleFunc("GET /static/", s.static)
	// Addresses a reader reaches by cutting an ID off a page's address
	// (/stories/12 -> /stories) or by a trailing slash: the list they name,
	// not a 404. The latest stories are the home page.
	for from, to := range map[string]string{
		"/stories": "/", "/stories/{$}": "/", "/articles/{$}": "/articles", "/entities/{$}": "/entities",
		"/storylines/{$}": "/storylines", "/claims/{$}": "/claims", "/quotes/{$}": "/quotes", "/events/{$}": "/events",
	} {
		s.mux.HandleFunc("GET "+from, func(w http.ResponseWriter, r *http.Request) {
			u := to
			if r.URL.RawQuery != "" {
				u += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, u, http.StatusFound)
		})
	}
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/icon.svg?v="+assetVersion, http.StatusMovedPermanently)
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.errorPage(w, r, http.StatusMethodNotAllowed, "This page cannot be "+r.Method+"ed.")
			return
		}
		s.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, status int, d pageData) {
	t, ok := pages[name]
	if !ok {
		s.fault(r, errors.New("no template "+name))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if d.Query == nil {
		d.Query = r.URL.Query()
	}
	d.Status = status
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := t.ExecuteTemplate(buf, "layout.html", d); err != nil {
		s.fault(r, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeCached(w, r, status, "text/html; charset=utf-8", buf.Bytes())
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, reason string) {
	s.render(w, r, "error", status, pageData{Title: http.StatusText(status), Error: reason})
}

// pageError shows err as a page: 400 for bad parameters, else as storeError.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	var br *badRequest
	if errors.As(err, &br) {
		s.errorPage(w, r, http.StatusBadRequest, br.msg)
		return
	}
	s.storeError(w, r, err)
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	b, err := staticFS.ReadFile(name)
	if err != nil || strings.Contains(name, "..") {
		s.errorPage(w, r, http.StatusNotFound, "No such file.")
		return
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	if r.URL.Query().Get("v") == assetVersion {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	w.Header().Set("Content-Type", ct)
	w.Write(b)
}

type homeData struct {
	Stats    store.Stats
	Stories  []store.StoryInfo
	Articles []*core.Article
	Entities []store.StoredEntity
	// MoreStories is the address of this page with more stories when the
	// list filled its limit: the home page is the only list of stories.
	MoreStories string
}

// homeStories is how many stories the home page lists by default, and
// maxHomeStories the most ?stories= may ask for.
const homeStories, maxHomeStories = 30, 500

func (s *Server) homePage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var d homeData
	var err error
	if d.Stats, err = s.st.Stats(ctx); err != nil {
		s.storeError(w, r, err)
		return
	}
	// The story list reads the stories' summary columns (schema 3) through
	// an index in list order: cheap enough to run on every request.
	limit := homeStories
	if v := r.URL.Query().Get("stories"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxHomeStories {
			s.errorPage(w, r, http.StatusBadRequest, fmt.Sprintf("stories: want a number from 1 to %d, got %q", maxHomeStories, v))
			return
		}
	}
	if d.Stories, err = s.st.Stories(ctx, store.StoryFilter{Limit: limit}); err != nil {
		s.storeError(w, r, err)
		return
	}
	if len(d.Stories) >= limit && limit < maxHomeStories {
		d.MoreStories = "/?stories=" + strconv.Itoa(min(3*limit, maxHomeStories)) + "#stories"
	}
	n := 30
	if len(d.Stories) > 0 {
		n = 8 // the stories lead; a few latest articles beside them
	}
	if d.Articles, err = s.st.Articles(ctx, store.ArticleFilter{Limit: n}); err != nil {
		s.storeError(w, r, err)
		return
	}
	// Who and where: people, organisations and places, not MISC names.
	ents, err := s.st.Entities(ctx, store.EntityFilter{Limit: 48})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	for _, e := range ents {
		if e.Type != core.Misc && len(d.Entities) < 24 {
			d.Entities = append(d.Entities, e)
		}
	}
	s.render(w, r, "home", http.StatusOK, pageData{Title: "Latest coverage", Nav: "home", Data: d, Labels: s.untitledLabels(ctx, d.Articles)})
}

type articlesData struct {
	Articles []*core.Article
	Next     string
	Hint     string   // for an empty list, what ?entity= matched or the names near it (wire.NameHint)
	Matched  []string // the stored names ?entity= matched, when more than one (a surname)
}

func (s *Server) articlesPage(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var d articlesData
	if d.Articles, d.Next, err = s.listArticles(r, f); err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Matched, err = s.speakersMatched(r.Context(), f.Entity); err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Hint, err = s.nameHint(r.Context(), f.Entity, len(d.Articles) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, "articles", http.StatusOK, pageData{Title: "Articles", Nav: "articles", Data: d, Labels: s.untitledLabels(r.Context(), d.Articles)})
}

type articleData struct {
	A         *core.Article
	Body      []paraView
	Speaker   []speakerQuotes
	Story     *store.StoryInfo
	MarkClass string // "new" or "seen": what the marked sentences are
	Marked    int    // how many sentences are marked
	// Judged: its sentences were judged against its storyline's earlier
	// articles (the page says so; `storyline new ID` lists them, a query
	// over the storyline's stories this page does not make); AllNew and
	// NoneNew say when no sentence is marked because every one or none
	// is new.
	Judged, AllNew, NoneNew bool
	// Events are the article's events at or above the server's
	// EventConfidence (or of unknown confidence), Weak the rest.
	Events, Weak []core.Event
}

type speakerQuotes struct {
	Speaker string
	Quotes  []core.Quote
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.errorPage(w, r, http.StatusNotFound, "There is no article "+strconv.Quote(r.PathValue("id"))+".")
		return
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.missing(w, r, err, "article", id)
		return
	}
	d := articleData{A: a, Body: articleBody(a)}
	for _, e := range a.Events {
		if e.Weak(s.opts.EventConfidence) {
			d.Weak = append(d.Weak, e)
		} else {
			d.Events = append(d.Events, e)
		}
	}
	_, d.MarkClass, d.Marked = noveltySpans(a)
	if a.Storyline != 0 && len(a.Sentences) > 0 {
		d.Judged = true
		if d.MarkClass == "" {
			judged, fresh := 0, 0
			for _, s := range a.Sentences {
				if s.Text != "" && s.Reason != core.ReasonTooShort {
					judged++
					if s.New {
						fresh++
					}
				}
			}
			d.AllNew, d.NoneNew = judged > 0 && fresh == judged, judged > 0 && fresh == 0
		}
	}
	if a.Story != 0 {
		if st, err := s.st.StoryInfo(r.Context(), a.Story); err == nil {
			d.Story = &st
		} else if !errors.Is(err, core.ErrNotFound) {
			s.storeError(w, r, err)
			return
		}
	}
	idx := map[string]int{}
	for _, q := range a.Quotes {
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(d.Speaker)
			idx[q.Speaker] = i
			d.Speaker = append(d.Speaker, speakerQuotes{Speaker: q.Speaker})
		}
		d.Speaker[i].Quotes = append(d.Speaker[i].Quotes, q)
	}
	s.render(w, r, "article", http.StatusOK, pageData{Title: store.ArticleLabel(a.ID, a.Title, a.Text), Nav: "articles", Data: d})
}

func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	typ := core.EntityType(strings.ToUpper(v.Get("type")))
	switch typ {
	case "", core.Person, core.Organisation, core.Location, core.Misc:
	default:
		s.errorPage(w, r, http.StatusBadRequest, fmt.Sprintf("type: want PER, ORG, LOC or MISC, got %q.", v.Get("type")))
		return
	}
	limit, err := parseLimit(v, 200, 500)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ents, err := s.st.Entities(r.Context(), store.EntityFilter{Type: typ, Name: v.Get("name"), Limit: limit + 1})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// Ranked by mentions, entities have no cursor: the page grows to 500,
	// past that the reader narrows by name or type.
	var d entitiesData
	d.Entities, d.Cut, d.More = grownPage(ents, limit, v)
	if d.Hint, err = s.nameHint(r.Context(), v.Get("name"), len(ents) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, "entities", http.StatusOK, pageData{Title: "People, organisations and places", Nav: "entities", Data: d})
}

// entitiesData is the entities page: the most mentioned, whether more
// matched (Cut), and this page with a higher limit while it may grow.
type entitiesData struct {
	Entities []store.StoredEntity
	Cut      bool
	More     string
	Hint     string // for an empty list, what ?name= matched or the names near it (wire.NameHint)
}

type entityPageData struct {
	*entityView
	QuoteChart   *chartView
	ArticleChart *chartView
	Shown        []store.StoredQuote // the latest quotes, in time order
	Said         []saidView          // Shown with a statement several articles repeat listed once
	About        string              // the words Shown is narrowed to ("" for all)
	// Did are the latest events the entity is the doer of, at or above
	// the server's EventConfidence, in time order (undated last).
	Did []store.StoredEvent
}

// maxEventsShown bounds the events on an entity page.
const maxEventsShown = 20

// saidView is one statement on an entity page: its first occurrence and
// the other articles that repeat it.
type saidView struct {
	store.StoredQuote
	Also []store.StoredQuote // one occurrence per other article, in time order
}

// said folds quotes into statements (store.GroupQuotes).
func said(qs []store.StoredQuote) []saidView {
	var out []saidView
	for _, g := range store.GroupQuotes(qs) {
		v := saidView{StoredQuote: g.Occurrences[0]}
		v.Text, v.Direct = g.Text, g.Direct
		seen := map[int64]bool{v.ArticleID: true}
		for _, o := range g.Occurrences[1:] {
			if !seen[o.ArticleID] {
				seen[o.ArticleID] = true
				v.Also = append(v.Also, o)
			}
		}
		out = append(out, v)
	}
	return out
}

// maxQuotesShown bounds the quotes listed on an entity page (the newest);
// the chart counts them all.
const maxQuotesShown = 60

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.lookupEntity(r, r.PathValue("name"))
	if err != nil {
		if errors.Is(err, core.ErrNotFound) {
			s.entityMissing(w, r, r.PathValue("name"))
			return
		}
		s.storeError(w, r, err)
		return
	}
	qc := map[string]int{}
	for _, m := range v.QuoteMonths {
		qc[m.Value] = m.Count
	}
	ac := map[string]int{}
	for _, m := range v.Months {
		ac[m.Value] = m.Count
	}
	d := entityPageData{entityView: v, QuoteChart: monthChart(qc, "Quotes per month", "quote"), ArticleChart: monthChart(ac, "Articles per month", "article"),
		Shown: v.Quotes[max(0, len(v.Quotes)-maxQuotesShown):]}
	// What the charts leave out: the undated (no month, no bar).
	if d.QuoteChart != nil {
		dated := 0
		for _, n := range qc {
			dated += n
		}
		d.QuoteChart.Undated = max(0, v.QuoteTotal-dated)
	}
	if d.ArticleChart != nil {
		d.ArticleChart.Undated = ac[""]
	}
	if about := strings.TrimSpace(r.URL.Query().Get("about")); about != "" {
		// What this speaker said about something: the latest such quotes.
		qs, err := s.st.Quotes(r.Context(), store.QuoteFilter{Speaker: v.Entity.Name, About: about, Limit: maxQuotesShown, Newest: true})
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		slices.Reverse(qs)
		d.Shown, d.About = qs, about
	}
	d.Said = said(d.Shown)
	evs, err := s.st.Events(r.Context(), store.EventFilter{Actor: v.Entity.Name, MinConfidence: max(s.opts.EventConfidence, 0), Limit: maxEventsShown, Newest: true})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// Newest first with the undated last: the dated ones back in time
	// order, the undated still after them.
	dated := 0
	for dated < len(evs) && evs[dated].Published != "" {
		dated++
	}
	slices.Reverse(evs[:dated])
	d.Did = evs
	s.render(w, r, "entity", http.StatusOK, pageData{Title: v.Entity.Name, Nav: "entities", Data: d, Labels: s.untitledLabels(r.Context(), v.Articles)})
}

type searchData struct {
	Asked   bool
	Res     store.SearchResult
	Next    string
	Prev    string
	Offset  int
	Hint    string   // for no match, what ?entity= matched or the names near it (wire.NameHint)
	Matched []string // the stored names ?entity= matched, when more than one (a surname)
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	d := searchData{}
	pd := pageData{Title: "Search", Nav: "search"}
	if strings.TrimSpace(v.Get("q")) == "" && v.Get("entity") == "" && v.Get("source") == "" && v.Get("from") == "" && v.Get("to") == "" && v.Get("language") == "" && v.Get("story") == "" {
		pd.Data = d
		s.render(w, r, "search", http.StatusOK, pd)
		return
	}
	d.Asked = true
	q, err := searchQuery(v, 10) // ten hits a page: snippets are the costly part
	if err == nil {
		d.Res, err = s.st.Search(r.Context(), q)
	}
	var br *badRequest
	if errors.As(err, &br) || errors.Is(err, store.ErrBadQuery) {
		pd.Error = strings.TrimPrefix(err.Error(), "bad search query: ")
		pd.Data = d
		s.render(w, r, "search", http.StatusBadRequest, pd)
		return
	}
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Matched, err = s.speakersMatched(r.Context(), q.Entity); err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Hint, err = s.nameHint(r.Context(), q.Entity, d.Res.Total == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	d.Offset = q.Offset
	if end := q.Offset + len(d.Res.Hits); end < d.Res.Total {
		d.Next = withParam(v, "cursor", encodeCursor("s", int64(end)))
	}
	if q.Offset > 0 {
		d.Prev = withParam(v, "cursor", encodeCursor("s", int64(max(0, q.Offset-q.Limit))))
	}
	pd.Title = "Search: " + v.Get("q")
	pd.Data = d
	var untitled []*core.Article
	for _, h := range d.Res.Hits {
		if h.Title == "" {
			untitled = append(untitled, &core.Article{ID: h.ID})
		}
	}
	pd.Labels = s.untitledLabels(r.Context(), untitled)
	s.render(w, r, "search", http.StatusOK, pd)
}

type ingestPageData struct {
	NeedToken bool
	Result    *ingestResponse
}

func (s *Server) ingestPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "ingest", http.StatusOK, pageData{Title: "Add coverage", Nav: "ingest", Data: ingestPageData{NeedToken: s.opts.Token != ""}})
}

// ingestForm is the no-JavaScript fallback of the ingest page: the form
// posts here and gets the result as a page.
func (s *Server) ingestForm(w http.ResponseWriter, r *http.Request) {
	resp, status, reason := s.ingestRequest(w, r)
	if resp == nil && reason == "" {
		return // refused and answered
	}
	pd := pageData{Title: "Add coverage", Nav: "ingest", Error: reason, Data: ingestPageData{NeedToken: s.opts.Token != "", Result: resp}}
	s.render(w, r, "ingest", status, pd)
}

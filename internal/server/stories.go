package server

import (
	"context"
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
	"github.com/storyline/storyline/internal/timeline"
	"github.com/storyline/storyline/internal/wire"
)

// Stories, storylines and claims: the API endpoints and the story page.

func queryInt(v map[string][]string, name string) (int64, error) {
	s := ""
	if vs := v[name]; len(vs) > 0 {
		s = vs[0]
	}
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, badf("%s: want a positive number, got %q", name, s)
	}
	return n, nil
}

// queryBool reads a yes/no query parameter: "", "0" and "false" are no,
// "1" and "true" yes; anything else is an error naming the parameter and
// the value.
func queryBool(v map[string][]string, name string) (bool, error) {
	s := ""
	if vs := v[name]; len(vs) > 0 {
		s = vs[0]
	}
	switch s {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, badf("%s: want true or false, got %q", name, s)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, 50, 500)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	line, err := queryInt(v, "storyline")
	var minArticles int64
	if err == nil {
		minArticles, err = queryInt(v, "min_articles")
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	stories, err := s.st.Stories(r.Context(), store.StoryFilter{Storyline: line, Entity: v.Get("entity"), MinArticles: int(minArticles), Limit: limit + 1})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	stories, more := cutAt(stories, limit)
	matched, err := s.speakersMatched(r.Context(), v.Get("entity"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	hint, err := s.nameHint(r.Context(), v.Get("entity"), len(stories) == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Stories []wire.Story `json:"stories"`
		Matched []string     `json:"matched,omitempty"`
		Hint    string       `json:"hint,omitempty"`
		More    bool         `json:"more"`
	}{[]wire.Story{}, matched, hint, more}
	for _, st := range stories {
		out.Stories = append(out.Stories, wire.FromStory(st))
	}
	s.json(w, r, http.StatusOK, out)
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, err := s.st.Story(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := wire.FromStoryDetail(d)
	evs, err := s.st.Events(r.Context(), store.EventFilter{Story: d.ID, MinConfidence: max(s.opts.EventConfidence, 0), Limit: wire.StoryEventsMax})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out.WithEvents(evs)
	s.json(w, r, http.StatusOK, out)
}

func (s *Server) apiStorylines(w http.ResponseWriter, r *http.Request) {
	limit, err := parseLimit(r.URL.Query(), 50, 500)
	var minStories int
	if err == nil {
		minStories, err = parseMinStories(r.URL.Query())
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	lines, err := s.st.Storylines(r.Context(), store.StorylineFilter{Limit: limit + 1, MinStories: minStories})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	lines, more := cutAt(lines, limit)
	out := struct {
		Storylines []wire.Storyline `json:"storylines"`
		More       bool             `json:"more"`
	}{[]wire.Storyline{}, more}
	for _, l := range lines {
		out.Storylines = append(out.Storylines, wire.FromStoryline(l))
	}
	s.json(w, r, http.StatusOK, out)
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	f := store.ClaimFilter{Speaker: v.Get("speaker"), Key: v.Get("key")}
	var err error
	if f.Limit, err = parseLimit(v, 100, 1000); err == nil {
		if f.Story, err = queryInt(v, "story"); err == nil {
			if f.ArticleID, err = queryInt(v, "article"); err == nil {
				var m int64
				// min_articles, as /api/stories names the same count; min
				// as before.
				name := "min"
				if v.Get("min_articles") != "" {
					name = "min_articles"
				}
				m, err = queryInt(v, name)
				f.MinCount = int(m)
			}
		}
	}
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if f.Singles, err = queryBool(v, "singles"); err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	limit := f.Limit
	f.Limit++
	claims, err := s.st.Claims(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	claims, more := cutAt(claims, limit)
	matched, err := s.speakersMatched(r.Context(), f.Speaker)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	hint, err := s.nameHint(r.Context(), f.Speaker, len(claims) == 0)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	out := struct {
		Claims   []wire.Claim `json:"claims"`
		Speakers []string     `json:"speakers,omitempty"`
		Hint     string       `json:"hint,omitempty"`
		More     bool         `json:"more"`
	}{[]wire.Claim{}, matched, hint, more}
	for _, c := range claims {
		out.Claims = append(out.Claims, wire.FromClaim(c))
	}
	s.json(w, r, http.StatusOK, out)
}

// claimsPageData is the claims page: the claims and, when more matched
// than the limit, the address of this page with a higher one.
type claimsPageData struct {
	Claims   []store.ClaimGroup
	More     string
	Speakers []string // the names ?speaker= matched, when more than one
	Hint     string   // for an empty list, what ?speaker= matched or the names near it (wire.NameHint)
	Singles  bool     // ?singles=1: with the statement claims one article alone carries
}

// claimsPage lists recurring claims, most repeated first; ?speaker= names
// a holder, ?min= (or ?min_articles=) the fewest articles a claim must
// appear in, ?singles=1 adds the statement claims one article alone
// carries (as /api/claims and `claims --singles`), and ?limit=
// how many (1..500, default 100; "More claims" triples it).
func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, 100, maxFeedLimit)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f := store.ClaimFilter{Speaker: strings.TrimSpace(v.Get("speaker")), Key: v.Get("key"), Limit: limit + 1}
	// min, or min_articles as /api/claims also reads it.
	name := "min"
	if v.Get("min") == "" && v.Get("min_articles") != "" {
		name = "min_articles"
	}
	if m := strings.TrimSpace(v.Get(name)); m != "" {
		n, err := strconv.Atoi(m)
		if err != nil || n < 1 || n > 1000 {
			s.errorPage(w, r, http.StatusBadRequest, fmt.Sprintf("%s: want a number of articles from 1 to 1000, got %q.", name, m))
			return
		}
		f.MinCount = n
	}
	if f.Singles, err = queryBool(v, "singles"); err != nil {
		s.pageError(w, r, err)
		return
	}
	claims, err := s.st.Claims(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// Ranked by how often they recur, claims have no cursor; the page
	// grows instead, as the home page's stories do.
	d := claimsPageData{Singles: f.Singles}
	d.Claims, _, d.More = grownPage(claims, limit, v)
	if d.Speakers, err = s.speakersMatched(r.Context(), f.Speaker); err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Hint, err = s.nameHint(r.Context(), f.Speaker, len(d.Claims) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, "claims", http.StatusOK, pageData{Title: "Recurring claims", Nav: "claims", Data: d})
}

// storyPageData is what the story page shows.
type storyPageData struct {
	D        *store.StoryDetail
	Timeline *timelineView
	Sources  []store.FacetCount
	Speakers []speakerStoredQuotes
	// Did are the story's sure events grouped by act, those the most
	// articles report first (store.GroupEvents), at most maxStoryEvents.
	Did     []store.EventGroup
	MoreDid int // acts not shown
}

// maxStoryEvents bounds the acts a story page lists.
const maxStoryEvents = 15

type speakerStoredQuotes struct {
	Speaker string
	Quotes  []store.StoredQuote
	Said    []saidView // Quotes with a statement several articles repeat listed once
}

// missing shows a page's store error, a not-found one naming what was
// asked for (a bare "not found" read like a fault).
func (s *Server) missing(w http.ResponseWriter, r *http.Request, err error, what string, id int64) {
	if errors.Is(err, core.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, fmt.Sprintf("%s %d not found: there is no %s with this number in the store.", strings.ToUpper(what[:1])+what[1:], id, what))
		return
	}
	s.storeError(w, r, err)
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.errorPage(w, r, http.StatusNotFound, "There is no story "+strconv.Quote(r.PathValue("id"))+".")
		return
	}
	d, err := s.st.Story(r.Context(), id)
	if err != nil {
		s.missing(w, r, err, "story", id)
		return
	}
	if d.ID != id { // merged into another story: one address per story
		http.Redirect(w, r, "/stories/"+strconv.FormatInt(d.ID, 10), http.StatusMovedPermanently)
		return
	}
	labels := s.untitledLabels(r.Context(), d.Articles)
	pd := storyPageData{D: d, Timeline: storyTimeline(d, labels)}
	src := map[string]int{}
	for _, a := range d.Articles {
		src[store.SourceKey(a.Source, a.Outlet)]++
	}
	for k, n := range src {
		pd.Sources = append(pd.Sources, store.FacetCount{Value: k, Count: n})
	}
	sort.Slice(pd.Sources, func(i, j int) bool {
		if pd.Sources[i].Count != pd.Sources[j].Count {
			return pd.Sources[i].Count > pd.Sources[j].Count
		}
		return pd.Sources[i].Value < pd.Sources[j].Value
	})
	idx := map[string]int{}
	for _, q := range d.Quotes {
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(pd.Speakers)
			idx[q.Speaker] = i
			pd.Speakers = append(pd.Speakers, speakerStoredQuotes{Speaker: q.Speaker})
		}
		pd.Speakers[i].Quotes = append(pd.Speakers[i].Quotes, q)
	}
	for i := range pd.Speakers {
		pd.Speakers[i].Said = said(pd.Speakers[i].Quotes)
	}
	sort.SliceStable(pd.Speakers, func(i, j int) bool {
		if (pd.Speakers[i].Speaker == "") != (pd.Speakers[j].Speaker == "") {
			return pd.Speakers[j].Speaker == "" // unattributed last
		}
		return len(pd.Speakers[i].Said) > len(pd.Speakers[j].Said) // as the page counts them
	})
	evs, err := s.st.Events(r.Context(), store.EventFilter{Story: d.ID, MinConfidence: max(s.opts.EventConfidence, 0), Limit: 2000})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	pd.Did = store.GroupEvents(evs)
	if len(pd.Did) > maxStoryEvents {
		pd.Did, pd.MoreDid = pd.Did[:maxStoryEvents], len(pd.Did)-maxStoryEvents
	}
	title := d.Title
	if title == "" {
		title = "Story " + strconv.FormatInt(d.ID, 10)
	}
	s.render(w, r, "story", http.StatusOK, pageData{Title: title, Nav: "home", Data: pd, Labels: labels})
}

func (s *Server) storylinesPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, storylinesShown, maxFeedLimit)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// One more tells whether the list is cut. The default page is cached
	// (it resolves every story's storyline); a longer one, asked for by
	// "More storylines", is read each time.
	minStories, err := parseMinStories(v)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	read := func() (any, error) {
		return s.st.Storylines(r.Context(), store.StorylineFilter{Limit: limit + 1, MinStories: minStories})
	}
	var got any
	if limit == storylinesShown && minStories == wire.DefaultMinStories {
		got, err = s.lists.get("storylines", read)
	} else {
		got, err = read()
	}
	markShortLived(r)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := storylinesData{Min: minStories}
	d.Lines, d.Cut, d.More = grownPage(got.([]store.StorylineInfo), limit, v)
	s.render(w, r, "storylines", http.StatusOK, pageData{Title: "Storylines", Nav: "storylines", Data: d})
}

// storylinesShown is how many storylines the page lists by default.
const storylinesShown = 100

// storylinesData is the storylines page: the storylines, whether more
// exist (Cut), and this page with a higher limit while it may grow.
type storylinesData struct {
	Lines []store.StorylineInfo
	Cut   bool
	More  string
	Min   int // the fewest stories a listed storyline has (?min_stories=)
}

// parseMinStories reads ?min_stories=, the fewest stories a listed
// storyline has: wire.DefaultMinStories when not given, as the CLI's
// --min-stories; a number from 1 to 1000 otherwise.
func parseMinStories(v url.Values) (int, error) {
	m := strings.TrimSpace(v.Get("min_stories"))
	if m == "" {
		return wire.DefaultMinStories, nil
	}
	n, err := strconv.Atoi(m)
	if err != nil || n < 1 || n > 1000 {
		return 0, badf("min_stories: want a number of stories from 1 to 1000, got %q", m)
	}
	return n, nil
}

// timelineView places a story's articles and quotes on one time axis.
type timelineView struct {
	Width, Height int
	Articles      []dotView
	Quotes        []dotView
	Ticks         []labelView
	Undated       int
}

type dotView struct {
	X, Y  float64
	Title string
	Href  string
}

// storyTimeline draws articles (upper row) and quotes (lower row) by day;
// nil when nothing is dated.
func storyTimeline(d *store.StoryDetail, labels map[int64]string) *timelineView {
	day := func(s string) (time.Time, bool) {
		if len(s) < 10 {
			return time.Time{}, false
		}
		t, err := time.Parse("2006-01-02", s[:10])
		return t, err == nil
	}
	var lo, hi time.Time
	see := func(t time.Time) {
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	tv := &timelineView{Width: 640, Height: 110}
	for _, a := range d.Articles {
		if t, ok := day(a.Published); ok {
			see(t)
		} else {
			tv.Undated++
		}
	}
	if lo.IsZero() {
		return nil
	}
	lo, hi = lo.AddDate(0, 0, -1), hi.AddDate(0, 0, 1)
	span := hi.Sub(lo).Hours()
	const left, right = 16.0, 16.0
	x := func(t time.Time) float64 {
		return left + (float64(tv.Width)-left-right)*t.Sub(lo).Hours()/span
	}
	stack := map[int]int{} // dots on the same pixel column stack upwards
	place := func(t time.Time, row float64) (float64, float64) {
		px := x(t)
		k := int(px/6) + int(row)*10000
		n := stack[k]
		stack[k]++
		return px, row - float64(n%4)*7
	}
	for _, a := range d.Articles {
		if t, ok := day(a.Published); ok {
			px, py := place(t, 34)
			tv.Articles = append(tv.Articles, dotView{X: px, Y: py, Title: a.Published[:10] + " · " + label(a.ID, a.Title, labels), Href: "/articles/" + strconv.FormatInt(a.ID, 10)})
		}
	}
	for _, q := range d.Quotes {
		if t, ok := day(q.Published); ok {
			px, py := place(t, 72)
			who := q.Speaker
			if who == "" {
				who = "unattributed"
			}
			tv.Quotes = append(tv.Quotes, dotView{X: px, Y: py, Title: q.Published[:10] + " · " + who + ": " + clip(q.Text, 120), Href: "/articles/" + strconv.FormatInt(q.ArticleID, 10)})
		}
	}
	days := hi.Sub(lo).Hours() / 24
	for _, t := range []time.Time{lo.AddDate(0, 0, 1), lo.Add(hi.Sub(lo) / 2), hi.AddDate(0, 0, -1)} {
		layout := "2006-01-02"
		if days > 400 {
			layout = "2006-01"
		}
		tv.Ticks = append(tv.Ticks, labelView{X: x(t), Text: t.Format(layout)})
	}
	if days < 3 { // one day: a single tick says it all
		tv.Ticks = tv.Ticks[:1]
	} else {
		tv.Ticks[0].Anchor, tv.Ticks[2].Anchor = "start", "end"
	}
	return tv
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// noveltySpans returns the byte ranges to mark for what is new and the
// class to mark them with. Sentences are looked up in order, each from where
// the previous one was found. When most sentences are new, the few repeated
// ones are marked "seen" instead (fewer marks say more); when every
// sentence is new (the first article of its storyline) or none is, nothing
// is marked. Sentences too short to judge are never marked.
func noveltySpans(a *core.Article) (spans [][2]int, class string, marked int) {
	total, fresh := 0, 0
	for _, s := range a.Sentences {
		if s.Text != "" && s.Reason != core.ReasonTooShort {
			total++
			if s.New {
				fresh++
			}
		}
	}
	if fresh == 0 || fresh == total {
		return nil, "", 0
	}
	wantNew := fresh*2 <= total
	class = "new"
	if !wantNew {
		class = "seen"
	}
	from := 0
	for _, s := range a.Sentences {
		if s.Text == "" {
			continue
		}
		i := strings.Index(a.Text[from:], s.Text)
		if i < 0 {
			continue
		}
		start := from + i
		from = start + len(s.Text)
		if s.New == wantNew && s.Reason != core.ReasonTooShort {
			spans = append(spans, [2]int{start, from})
			marked++
		}
	}
	return spans, class, marked
}

// apiStoryline handles GET /api/storylines/{id}: how one storyline moved.
func (s *Server) apiStoryline(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	o, err := timelineOptions(r.URL.Query())
	if err != nil {
		s.error(w, r, http.StatusBadRequest, err.Error())
		return
	}
	t, err := timeline.Build(r.Context(), s.st, id, o)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, wire.FromTimeline(t))
}

// storylinePage shows how one storyline moved: its stories in time order,
// what each added and the claims it voiced first or repeated.
func (s *Server) storylinePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.errorPage(w, r, http.StatusNotFound, "There is no storyline "+strconv.Quote(r.PathValue("id"))+".")
		return
	}
	o, err := timelineOptions(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	t, err := timeline.Build(r.Context(), s.st, id, o)
	if err != nil {
		s.missing(w, r, err, "storyline", id)
		return
	}
	title := "Storyline " + strconv.FormatInt(id, 10)
	if len(t.Steps) > 0 && t.Steps[0].Story.Title != "" {
		title = t.Steps[0].Story.Title
	}
	s.render(w, r, "storyline", http.StatusOK, pageData{Title: title, Nav: "storylines", Data: storylineView{Timeline: t, MaxNew: maxNewShown}})
}

// storylineView is the storyline page: the timeline and how many new
// sentences a story may list (the link under a cut list asks for them).
type storylineView struct {
	*timeline.Timeline
	MaxNew int
}

// maxNewShown bounds ?new=, the new sentences each story of a storyline
// lists (timeline.Options.MaxNew; Step.NewTotal counts them all).
const maxNewShown = 200

// timelineOptions reads a storyline's query: new=N lists up to N new
// sentences per story (1 to maxNewShown; the timeline's 5 when not given),
// as `storyline storylines ID --new N` does.
func timelineOptions(v url.Values) (timeline.Options, error) {
	s := v.Get("new")
	if s == "" {
		return timeline.Options{}, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxNewShown {
		return timeline.Options{}, badf("new: want a number of sentences from 1 to %d, got %q", maxNewShown, s)
	}
	return timeline.Options{MaxNew: n}, nil
}

// speakersMatched returns the stored names a speaker filter matched when it
// matched more than one (a surname alone: store.Speakers), for the API's
// "speakers" and the pages' line that lets the user narrow; nil otherwise.
func (s *Server) speakersMatched(ctx context.Context, speaker string) ([]string, error) {
	if strings.TrimSpace(speaker) == "" {
		return nil, nil
	}
	names, err := s.st.Speakers(ctx, speaker)
	if err != nil || len(names) < 2 {
		return nil, err
	}
	return names, nil
}

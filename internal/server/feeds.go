package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/store"
)

// The quotes and events pages list what the store's articles report across
// stories: "what has X said, and when" and "who did what to whom", the
// newest first, as /api/quotes and /api/events do in JSON.

// feedLimit is how many quotes or events a page lists by default, and
// maxFeedLimit the most ?limit= may ask for.
const feedLimit, maxFeedLimit = 50, 500

type quoteRow struct {
	store.StoredQuote
	Story *store.StoryInfo // the article's story, nil when it has none
}

type quotesData struct {
	Quotes []quoteRow
	Oldest bool   // listed oldest first
	More   string // this page with a higher limit, "" when all are shown
}

type eventRow struct {
	store.StoredEvent
	Story *store.StoryInfo
}

type eventsData struct {
	Events []eventRow
	Oldest bool
	All    bool // every event, not only those of confidence >= core.SureEvent
	More   string
}

// feedWindow reads a feed page's publication window ("from", "to": days)
// and its order ("order": newest or oldest), the first error naming its
// parameter.
func feedWindow(v url.Values) (from, to time.Time, newest bool, err error) {
	if from, err = parseDay(v, "from"); err != nil {
		return
	}
	if to, err = parseDay(v, "to"); err != nil {
		return
	}
	newest, err = feedOrder(v)
	return
}

// feedOrder reads ?order= for the pages: newest (the default) or oldest.
func feedOrder(v url.Values) (newest bool, err error) {
	switch v.Get("order") {
	case "", "newest":
		return true, nil
	case "oldest":
		return false, nil
	}
	return false, badf("order: want newest or oldest")
}

// moreLink is the address of this page asking for more rows when the
// list filled its limit: three times as many, at most maxFeedLimit.
func moreLink(page string, v url.Values, limit, got int) string {
	if got < limit || limit >= maxFeedLimit {
		return ""
	}
	return page + withParam(v, "limit", strconv.Itoa(min(3*limit, maxFeedLimit)))
}

// storiesOf maps article IDs to their stories (nil for none): one cheap
// query for the articles' story IDs, one per distinct story for its
// summary (merged stories resolved; a story gone since is left out).
func (s *Server) storiesOf(ctx context.Context, ids []int64) (map[int64]*store.StoryInfo, error) {
	out := map[int64]*store.StoryInfo{}
	if len(ids) == 0 {
		return out, nil
	}
	arts, err := s.st.Articles(ctx, store.ArticleFilter{IDs: ids, Bare: true, Limit: len(ids)})
	if err != nil {
		return nil, err
	}
	infos := map[int64]*store.StoryInfo{}
	for _, a := range arts {
		if a.Story == 0 {
			continue
		}
		info, ok := infos[a.Story]
		if !ok {
			st, err := s.st.StoryInfo(ctx, a.Story)
			switch {
			case err == nil:
				info = &st
			case !errors.Is(err, core.ErrNotFound):
				return nil, err
			}
			infos[a.Story] = info
		}
		out[a.ID] = info
	}
	return out, nil
}

// uniqueIDs returns the distinct IDs of n items, in first-seen order.
func uniqueIDs(n int, id func(int) int64) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for i := 0; i < n; i++ {
		if x := id(i); !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (s *Server) quotesPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, feedLimit, maxFeedLimit)
	f := store.QuoteFilter{Speaker: strings.TrimSpace(v.Get("speaker")), About: strings.TrimSpace(v.Get("about")), Limit: limit}
	if err == nil {
		f.From, f.To, f.Newest, err = feedWindow(v)
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	qs, err := s.st.Quotes(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	stories, err := s.storiesOf(r.Context(), uniqueIDs(len(qs), func(i int) int64 { return qs[i].ArticleID }))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := quotesData{Oldest: !f.Newest, More: moreLink("/quotes", v, limit, len(qs))}
	for _, q := range qs {
		d.Quotes = append(d.Quotes, quoteRow{StoredQuote: q, Story: stories[q.ArticleID]})
	}
	title := "Quotes"
	if f.Speaker != "" {
		title = "Quotes of " + f.Speaker
	}
	s.render(w, r, "quotes", http.StatusOK, pageData{Title: title, Nav: "quotes", Data: d})
}

func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := parseLimit(v, feedLimit, maxFeedLimit)
	f := store.EventFilter{Actor: strings.TrimSpace(v.Get("actor")), Target: strings.TrimSpace(v.Get("target")),
		Type: strings.TrimSpace(v.Get("type")), Limit: limit, MinConfidence: core.SureEvent}
	if err == nil {
		f.From, f.To, f.Newest, err = feedWindow(v)
	}
	if err == nil {
		f.Story, err = queryInt(v, "story")
	}
	all := false
	if err == nil {
		switch v.Get("all") {
		case "", "0", "false":
		case "1", "true":
			all, f.MinConfidence = true, 0
		default:
			err = badf("all: want true or false")
		}
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	stories, err := s.storiesOf(r.Context(), uniqueIDs(len(evs), func(i int) int64 { return evs[i].ArticleID }))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := eventsData{Oldest: !f.Newest, All: all, More: moreLink("/events", v, limit, len(evs))}
	for _, e := range evs {
		d.Events = append(d.Events, eventRow{StoredEvent: e, Story: stories[e.ArticleID]})
	}
	title := "Events"
	switch {
	case f.Actor != "" && f.Target != "":
		title = fmt.Sprintf("Events: %s and %s", f.Actor, f.Target)
	case f.Actor != "":
		title = "What " + f.Actor + " did"
	case f.Target != "":
		title = "What was done to " + f.Target
	}
	s.render(w, r, "events", http.StatusOK, pageData{Title: title, Nav: "events", Data: d})
}

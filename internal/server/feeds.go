package server

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
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
	Next   string // the cursor of the next page, "" at the end
	// Speakers are the names ?speaker= matched, when more than one (a
	// surname alone), each a link to narrow to; Hint says, for an empty
	// list, what the name matched or the names near it (wire.NameHint).
	Speakers []string
	Hint     string
}

type eventRow struct {
	store.StoredEvent
	Story *store.StoryInfo
}

type eventsData struct {
	Events []eventRow
	Oldest bool
	All    bool // every event, not only those of confidence >= core.SureEvent
	Next   string
	// Actors and Targets are the names ?actor= and ?target= matched, when
	// more than one, each a link to narrow to; Hint says, for an empty
	// list, what the names matched or what is near them (wire.NameHint).
	Actors, Targets []string
	Hint            string
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

// Quote and event cursors are opaque to clients, as the others: base64url
// of "q:" or "e:" and the store's cursor (the last row shown).
func encodeListCursor(kind string, c store.Cursor) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + c.String()))
}

func decodeListCursor(s, kind string) (store.Cursor, error) {
	if s == "" {
		return store.Cursor{}, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return store.Cursor{}, badf("cursor: not a cursor this server issued")
	}
	rest, ok := strings.CutPrefix(string(b), kind+":")
	c, err := store.ParseCursor(rest)
	if !ok || err != nil || c.IsZero() {
		return store.Cursor{}, badf("cursor: not a cursor this server issued")
	}
	return c, nil
}

// nextCursor cuts a list read with one row more than limit to limit rows
// and returns the cursor of the next page ("" when there is none).
func nextCursor[T interface{ Cursor() store.Cursor }](list []T, limit int, kind string) ([]T, string) {
	if len(list) <= limit {
		return list, ""
	}
	list = list[:limit]
	return list, encodeListCursor(kind, list[limit-1].Cursor())
}

// pageOfQuotes reads one page of f's quotes (f.Limit of them) and the next
// page's cursor ("" at the end).
func (s *Server) pageOfQuotes(ctx context.Context, f store.QuoteFilter) ([]store.StoredQuote, string, error) {
	return readPage(f.Limit, "q", func(n int) ([]store.StoredQuote, error) {
		f.Limit = n
		return s.st.Quotes(ctx, f)
	})
}

// pageOfEvents reads one page of f's events (f.Limit of them) and the next
// page's cursor ("" at the end).
func (s *Server) pageOfEvents(ctx context.Context, f store.EventFilter) ([]store.StoredEvent, string, error) {
	return readPage(f.Limit, "e", func(n int) ([]store.StoredEvent, error) {
		f.Limit = n
		return s.st.Events(ctx, f)
	})
}

// readPage reads limit rows and one more through read, which tells whether
// there is a next page, and returns the page with the next page's cursor of
// kind ("" at the end).
func readPage[T interface{ Cursor() store.Cursor }](limit int, kind string, read func(n int) ([]T, error)) ([]T, string, error) {
	list, err := read(limit + 1)
	if err != nil {
		return nil, "", err
	}
	list, next := nextCursor(list, limit, kind)
	return list, next, nil
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
	if err == nil {
		f.After, err = decodeListCursor(v.Get("cursor"), "q")
	}
	if err == nil {
		f.Storyline, err = queryInt(v, "storyline")
	}
	if err == nil {
		f.Story, err = queryInt(v, "story")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	qs, next, err := s.pageOfQuotes(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	stories, err := s.storiesOf(r.Context(), uniqueIDs(len(qs), func(i int) int64 { return qs[i].ArticleID }))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := quotesData{Oldest: !f.Newest, Next: next}
	if d.Speakers, err = s.speakersMatched(r.Context(), f.Speaker); err != nil {
		s.storeError(w, r, err)
		return
	}
	if d.Hint, err = s.nameHint(r.Context(), f.Speaker, len(qs) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
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
		Limit: limit, MinConfidence: core.SureEvent}
	if err == nil {
		f.Type, err = store.EventType(v.Get("type"))
	}
	if err == nil {
		f.From, f.To, f.Newest, err = feedWindow(v)
	}
	if err == nil {
		f.Story, err = queryInt(v, "story")
	}
	if err == nil {
		f.Storyline, err = queryInt(v, "storyline")
	}
	all := false
	if err == nil {
		if all, err = queryBool(v, "all"); all {
			f.MinConfidence = 0
		}
	}
	if err == nil {
		f.After, err = decodeListCursor(v.Get("cursor"), "e")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	evs, next, err := s.pageOfEvents(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	stories, err := s.storiesOf(r.Context(), uniqueIDs(len(evs), func(i int) int64 { return evs[i].ArticleID }))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	d := eventsData{Oldest: !f.Newest, All: all, Next: next}
	if d.Actors, d.Targets, d.Hint, err = s.eventNames(r.Context(), f, len(evs) == 0); err != nil {
		s.storeError(w, r, err)
		return
	}
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

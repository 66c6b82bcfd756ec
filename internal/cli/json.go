package cli

import (
	"encoding/json"
	"io"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/wire"
)

// The JSON shape of articles on the command line (extract --json, analyze
// --json); their entities, quotes and events, and every --json output of
// stored data, take package wire's shapes, as the HTTP API does. Published is null when unknown; title and subtitle are null when
// the page has none.

type articleJSON struct {
	ID        int64          `json:"id,omitempty"`
	Source    string         `json:"source"`
	URL       string         `json:"url,omitempty"`
	Outlet    string         `json:"outlet,omitempty"`
	Title     *string        `json:"title"`
	Subtitle  *string        `json:"subtitle"`
	Authors   []string       `json:"authors"`
	Published *string        `json:"published"`
	Language  string         `json:"language"`
	Hash      string         `json:"hash,omitempty"`
	Text      string         `json:"text"`
	Removed   []wire.Removal `json:"removed"`
	KeyPoints []string       `json:"key_points"`
	Entities  []wire.Entity  `json:"entities,omitzero"`
	Quotes    []wire.Quote   `json:"quotes,omitzero"`
	Events    []wire.Event   `json:"events,omitzero"`
	Error     string         `json:"error,omitempty"`
}

func nullable(s string) *string { return wire.Nullable(s) }

func strs(s []string) []string { return wire.OrEmpty(s) }

// toJSON maps an article to its JSON shape; withLanguage adds the entities,
// quotes and events arrays (always present, possibly empty).
func toJSON(a *core.Article, withLanguage bool) articleJSON {
	j := articleJSON{
		ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet,
		Title: nullable(a.Title), Subtitle: nullable(a.Subtitle), Authors: strs(a.Authors),
		Published: nullable(a.Published), Language: a.Language, Hash: a.Hash, Text: a.Text,
		Removed: []wire.Removal{}, KeyPoints: strs(a.KeyPoints),
	}
	for _, r := range a.Removed {
		j.Removed = append(j.Removed, wire.Removal(r))
	}
	if !withLanguage {
		return j
	}
	j.Entities, j.Quotes, j.Events = []wire.Entity{}, []wire.Quote{}, []wire.Event{}
	for _, e := range a.Entities {
		j.Entities = append(j.Entities, wire.FromEntity(e, 0))
	}
	for _, q := range a.Quotes {
		j.Quotes = append(j.Quotes, wire.FromQuote(q))
	}
	for _, e := range a.Events {
		j.Events = append(j.Events, wire.Event(e))
	}
	return j
}

// jsonLines writes one JSON object per item of list, as conv gives it, with
// HTML characters unescaped.
func jsonLines[T, U any](w io.Writer, list []T, conv func(T) U) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range list {
		if err := enc.Encode(conv(x)); err != nil {
			return err
		}
	}
	return nil
}

package cli

import (
	"github.com/storyline/storyline/internal/core"
)

// The JSON shape of articles on the command line (extract --json, analyze
// --json). Published is null when unknown; title and subtitle are null when
// the page has none.

type removedJSON struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

type entityJSON struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Aliases    []string `json:"aliases"`
	Attributes []string `json:"attributes,omitempty"`
	Mentions   int      `json:"mentions"`
}

type quoteJSON struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Direct   bool   `json:"direct"`
	Fragment bool   `json:"fragment,omitempty"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

type eventJSON struct {
	Actor    string `json:"actor"`
	Type     string `json:"type"`
	Target   string `json:"target"`
	Place    string `json:"place"`
	Date     string `json:"date"`
	Sentence string `json:"sentence"`
}

type articleJSON struct {
	ID        int64         `json:"id,omitempty"`
	Source    string        `json:"source"`
	URL       string        `json:"url,omitempty"`
	Outlet    string        `json:"outlet,omitempty"`
	Title     *string       `json:"title"`
	Subtitle  *string       `json:"subtitle"`
	Authors   []string      `json:"authors"`
	Published *string       `json:"published"`
	Language  string        `json:"language"`
	Hash      string        `json:"hash,omitempty"`
	Text      string        `json:"text"`
	Removed   []removedJSON `json:"removed"`
	KeyPoints []string      `json:"key_points"`
	Entities  []entityJSON  `json:"entities,omitzero"`
	Quotes    []quoteJSON   `json:"quotes,omitzero"`
	Events    []eventJSON   `json:"events,omitzero"`
	Error     string        `json:"error,omitempty"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// toJSON maps an article to its JSON shape; withLanguage adds the entities,
// quotes and events arrays (always present, possibly empty).
func toJSON(a *core.Article, withLanguage bool) articleJSON {
	j := articleJSON{
		ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet,
		Title: nullable(a.Title), Subtitle: nullable(a.Subtitle), Authors: strs(a.Authors),
		Published: nullable(a.Published), Language: a.Language, Hash: a.Hash, Text: a.Text,
		Removed: []removedJSON{}, KeyPoints: strs(a.KeyPoints),
	}
	for _, r := range a.Removed {
		j.Removed = append(j.Removed, removedJSON{Text: r.Text, Reason: r.Reason})
	}
	if !withLanguage {
		return j
	}
	j.Entities, j.Quotes, j.Events = []entityJSON{}, []quoteJSON{}, []eventJSON{}
	for _, e := range a.Entities {
		j.Entities = append(j.Entities, entityJSON{Name: e.Name, Type: string(e.Type), Aliases: strs(e.Aliases), Attributes: e.Attributes, Mentions: e.Mentions})
	}
	for _, q := range a.Quotes {
		j.Quotes = append(j.Quotes, quoteJSON{Text: q.Text, Speaker: q.Speaker, Direct: q.Direct, Fragment: q.Fragment, Sentence: q.Sentence, Start: q.Start, End: q.End})
	}
	for _, e := range a.Events {
		j.Events = append(j.Events, eventJSON{Actor: e.Actor, Type: e.Type, Target: e.Target, Place: e.Place, Date: e.Date, Sentence: e.Sentence})
	}
	return j
}

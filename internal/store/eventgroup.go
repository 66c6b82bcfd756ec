package store

import (
	"slices"
	"strings"
)

// EventGroup is one act (doer, type, target) that one or more articles
// report.
type EventGroup struct {
	Actor, Type, Target string
	Occurrences         []StoredEvent // in the order listed
}

// Articles returns the IDs of the articles that report the act, each once,
// in the order of its occurrences.
func (g EventGroup) Articles() []int64 {
	var out []int64
	for _, o := range g.Occurrences {
		if !slices.Contains(out, o.ArticleID) {
			out = append(out, o.ArticleID)
		}
	}
	return out
}

// First returns the earliest publication day among the occurrences, ""
// when every one is undated.
func (g EventGroup) First() string {
	first := ""
	for _, o := range g.Occurrences {
		if d := o.Published; d != "" && (first == "" || d < first) {
			first = d
		}
	}
	return first
}

// GroupEvents groups events by act (doer, type and target, without case),
// those the most articles report first, then by first appearance (undated
// last), then in the order listed: what the sources of a story agree
// happened, and what only one reports. Events without a doer are left out.
func GroupEvents(list []StoredEvent) []EventGroup {
	idx := map[[3]string]int{}
	var out []EventGroup
	for _, e := range list {
		if e.Actor == "" {
			continue
		}
		k := [3]string{strings.ToLower(e.Actor), e.Type, strings.ToLower(e.Target)}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, EventGroup{Actor: e.Actor, Type: e.Type, Target: e.Target})
		}
		out[i].Occurrences = append(out[i].Occurrences, e)
	}
	slices.SortStableFunc(out, func(a, b EventGroup) int {
		if na, nb := len(a.Articles()), len(b.Articles()); na != nb {
			return nb - na
		}
		fa, fb := a.First(), b.First()
		switch {
		case fa == fb:
			return 0
		case fa == "":
			return 1
		case fb == "":
			return -1
		}
		return strings.Compare(fa, fb)
	})
	return out
}

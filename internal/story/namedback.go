package story

import (
	"time"
)

// The named day in the backward direction (Options.NamedDay, namedday.go):
// a follow-up dated weeks or years after its event ("sentenced on Friday
// for the September 10, 2010 shooting") may arrive before the event's own
// reports (a feed that replays an archive, a crawl out of date order). The
// story the follow-up founded or joined keeps the far days its articles
// named (namedBack), and a later-arriving article dated within
// namedDaySlack of one of them joins past MaxGap as the forward rule lets
// a follow-up join its event's story, its score times Options.NamedDay.
// Two stories past MaxGap, one naming a far day within the other's span,
// merge by the same evidence (timeFit). The days live in the Clusterer,
// not the store: a Clusterer over a reopened store has forgotten them (it
// then clusters as without the rule); a retired story's are dropped.

// namedBackKeep caps the far days a story keeps; namedBackMergeMin is the
// least size of the larger of two stories for the merge rule (two
// one-article stories, a report and the next one's reminder of it, stay
// apart: an executive's exit "after the July 16 press conference").
const (
	namedBackKeep     = 8
	namedBackMergeMin = 2
)

// noteNamedBack records, for the story s that the dated article d joined
// or founded, the days d names that lie more than MaxGap before d's own
// date (the days near it are within the story's span already). named
// holds d's days when already read.
func (c *Clusterer) noteNamedBack(named *[]dayRange, d Doc, s *Story) {
	if c.opts.NamedDay <= 0 || d.Published.IsZero() {
		return
	}
	var days []dayRange
	if named != nil {
		days = *named
	} else {
		days = namedDays(d.Text, d.Published, false)
	}
	for _, r := range days {
		if d.Published.Sub(r.to) <= c.opts.MaxGap {
			continue
		}
		if c.namedBack == nil {
			c.namedBack = make(map[StoryID][]dayRange)
		}
		have := c.namedBack[s.ID]
		if len(have) >= namedBackKeep || containsDay(have, r) {
			continue
		}
		c.namedBack[s.ID] = append(have, r)
	}
}

func containsDay(days []dayRange, r dayRange) bool {
	for _, d := range days {
		if d == r {
			return true
		}
	}
	return false
}

// namedBackJoin reports whether the dated article d falls within
// namedDaySlack of a far day that s's articles named, s holding
// namedDayMin articles as for the forward rule (with one, MEANTIME in
// shuffled orders joins an antenna press conference to a later report of
// an executive's exit that names its day).
func (c *Clusterer) namedBackJoin(d Doc, s *Story) bool {
	if c.opts.NamedDay <= 0 || d.Published.IsZero() || s.Size < namedDayMin {
		return false
	}
	return dayNamed(c.namedBack[s.ID], d.Published, d.Published)
}

// namedBackRetire drops the far days of a story leaving the active set.
func (c *Clusterer) namedBackRetire(s *Story) {
	if c.namedBack != nil {
		delete(c.namedBack, s.ID)
	}
}

// dayNamed reports whether one of days falls within namedDaySlack of
// first..last.
func dayNamed(days []dayRange, first, last time.Time) bool {
	if first.IsZero() {
		return false
	}
	lo, hi := first.Add(-namedDaySlack), last.Add(namedDaySlack)
	for _, r := range days {
		if !r.to.Before(lo) && !r.from.After(hi) {
			return true
		}
	}
	return false
}

// namedBackMerge moves gone's far days to surv.
func (c *Clusterer) namedBackMerge(surv, gone *Story) {
	days, ok := c.namedBack[gone.ID]
	if !ok {
		return
	}
	delete(c.namedBack, gone.ID)
	for _, r := range days {
		have := c.namedBack[surv.ID]
		if len(have) >= namedBackKeep || containsDay(have, r) {
			continue
		}
		c.namedBack[surv.ID] = append(have, r)
	}
}

// namedBackFit reports whether one of a and b names a far day within the
// other's span: two stories of one event, the follow-up's and the
// event's, apart past MaxGap (timeFit).
func (c *Clusterer) namedBackFit(a, b *Story) bool {
	if c.opts.NamedDay <= 0 || max(a.Size, b.Size) < namedBackMergeMin {
		return false
	}
	return dayNamed(c.namedBack[a.ID], b.First, b.Last) || dayNamed(c.namedBack[b.ID], a.First, a.Last)
}

package dates

import (
	"net/url"
	"strings"
	"time"
)

// A pageZone is the publisher's local time zone as far as the page shows it.
// CMSs often write stamps in UTC; the day a reader sees is the local one, so
// "2021-11-04T23:00:00Z" on a German page is 5 November.
type pageZone struct {
	kind   int // zoneUnknown, zoneFixed or zoneCentralEurope
	offset int // seconds east of UTC, for zoneFixed
}

const (
	zoneUnknown = iota
	zoneFixed
	zoneCentralEurope
)

// centralEurope lists country domains and languages on Central European Time.
var centralEurope = map[string]bool{
	"de": true, "at": true, "ch": true, "it": true, "fr": true, "es": true, "nl": true, "be": true,
	"pl": true, "cz": true, "dk": true, "se": true, "no": true, "lu": true, "hu": true, "sk": true,
	"si": true, "hr": true, "li": true, "sv": true, "da": true, "cs": true, "nb": true,
}

// localZone infers the page's zone: the most common non-UTC offset among its
// stamps, else Central European Time for pages whose domain or language says so.
func (ev evidence) localZone() pageZone {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, cs := range [][]candidate{ev.jsonld, ev.meta, ev.itemprop, ev.timeEl, ev.dateline, ev.jsonldMod, ev.metaMod} {
		for _, c := range cs {
			if !c.st.hasZone {
				continue
			}
			_, off := c.st.t.Zone()
			if off == 0 {
				continue
			}
			count[off]++
			if count[off] > bestN {
				best, bestN = off, count[off]
			}
		}
	}
	if bestN > 0 {
		return pageZone{kind: zoneFixed, offset: best}
	}
	for _, u := range []string{ev.canonical, ev.ogURL} {
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			host := strings.ToLower(p.Hostname())
			tld := host[strings.LastIndexByte(host, '.')+1:]
			if centralEurope[tld] {
				return pageZone{kind: zoneCentralEurope}
			}
			break
		}
	}
	lang := ev.lang
	if len(lang) > 2 {
		lang = lang[:2]
	}
	if centralEurope[lang] {
		return pageZone{kind: zoneCentralEurope}
	}
	return pageZone{}
}

// local moves a UTC stamp with a time into the page's zone.
func (z pageZone) local(st stamp) stamp {
	if !st.hasTime || !st.hasZone || z.kind == zoneUnknown {
		return st
	}
	if _, off := st.t.Zone(); off != 0 {
		return st
	}
	off := z.offset
	if z.kind == zoneCentralEurope {
		off = centralEuropeOffset(st.t)
	}
	st.t = st.t.In(time.FixedZone("", off))
	return st
}

// centralEuropeOffset is CET or CEST at instant t: summer time runs from the
// last Sunday of March to the last Sunday of October, 01:00 UTC.
func centralEuropeOffset(t time.Time) int {
	t = t.UTC()
	start := lastSunday(t.Year(), time.March)
	end := lastSunday(t.Year(), time.October)
	if !t.Before(start) && t.Before(end) {
		return 2 * 3600
	}
	return 3600
}

func lastSunday(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

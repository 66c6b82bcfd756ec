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
	rule   zoneRule
	offset int // seconds east of UTC (standard time for rules with summer time)
}

// zoneRule says how a zone's offset varies over the year.
type zoneRule int

const (
	zoneUnknown zoneRule = iota
	zoneFixed            // offset all year
	zoneEU               // offset, plus an hour in EU summer time
	zoneUS               // offset, plus an hour in US daylight time
)

var (
	cet = pageZone{zoneEU, 3600}
	eet = pageZone{zoneEU, 7200}
	wet = pageZone{zoneEU, 0}
	msk = pageZone{zoneFixed, 3 * 3600}
)

// tldZones maps country domains (and the region part of lang tags) to zones.
var tldZones = map[string]pageZone{
	"uk": wet, "gb": wet, "ie": wet, "pt": wet,
	"de": cet, "at": cet, "ch": cet, "it": cet, "fr": cet, "es": cet, "nl": cet, "be": cet,
	"pl": cet, "cz": cet, "dk": cet, "se": cet, "no": cet, "lu": cet, "hu": cet, "sk": cet,
	"si": cet, "hr": cet, "li": cet, "rs": cet,
	"fi": eet, "ee": eet, "lv": eet, "lt": eet, "ro": eet, "bg": eet, "gr": eet, "ua": eet,
	"tr": msk, "ru": msk, "by": msk,
	"in": {zoneFixed, 19800}, "pk": {zoneFixed, 18000}, "th": {zoneFixed, 25200}, "vn": {zoneFixed, 25200},
	"id": {zoneFixed, 25200}, "cn": {zoneFixed, 28800}, "hk": {zoneFixed, 28800}, "tw": {zoneFixed, 28800},
	"sg": {zoneFixed, 28800}, "my": {zoneFixed, 28800}, "ph": {zoneFixed, 28800},
	"jp": {zoneFixed, 32400}, "kr": {zoneFixed, 32400},
	"br": {zoneFixed, -10800}, "ar": {zoneFixed, -10800}, "mx": {zoneFixed, -21600}, "pe": {zoneFixed, -18000},
	"us": {zoneUS, -5 * 3600},
}

// langZones maps languages spoken mostly in one zone. English, Spanish,
// Portuguese and Arabic span many and are left out.
var langZones = map[string]pageZone{
	"de": cet, "it": cet, "fr": cet, "nl": cet, "pl": cet, "cs": cet, "da": cet, "sv": cet,
	"nb": cet, "nn": cet, "no": cet, "hu": cet, "sk": cet, "sl": cet, "hr": cet, "sr": cet,
	"fi": eet, "et": eet, "lv": eet, "lt": eet, "ro": eet, "bg": eet, "el": eet, "uk": eet,
	"tr": msk, "ru": msk, "be": msk,
	"hi": {zoneFixed, 19800}, "ur": {zoneFixed, 18000}, "th": {zoneFixed, 25200}, "vi": {zoneFixed, 25200},
	"id": {zoneFixed, 25200}, "zh": {zoneFixed, 28800}, "ja": {zoneFixed, 32400}, "ko": {zoneFixed, 32400},
}

// languageZone reads a lang attribute: its region part ("en-us", "de-ch")
// first, then its language.
func languageZone(lang string) (pageZone, bool) {
	lang = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(lang)), "_", "-")
	base, region, _ := strings.Cut(lang, "-")
	if z, ok := tldZones[region]; ok {
		return z, true
	}
	z, ok := langZones[base]
	return z, ok
}

// localZone infers the page's zone: the most common non-UTC offset among its
// stamps, else the zone of its country domain, else of its language.
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
		return pageZone{rule: zoneFixed, offset: best}
	}
	for _, u := range []string{ev.canonical, ev.ogURL} {
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			host := strings.ToLower(p.Hostname())
			tld := host[strings.LastIndexByte(host, '.')+1:]
			if z, ok := tldZones[tld]; ok {
				return z
			}
			break
		}
	}
	if z, ok := languageZone(ev.lang); ok {
		return z
	}
	return pageZone{}
}

// local moves a UTC stamp with a time into the page's zone.
func (z pageZone) local(st stamp) stamp {
	if !st.hasTime || !st.hasZone || z.rule == zoneUnknown {
		return st
	}
	if _, off := st.t.Zone(); off != 0 {
		return st
	}
	off := z.offset
	switch z.rule {
	case zoneEU:
		if euSummer(st.t) {
			off += 3600
		}
	case zoneUS:
		if usSummer(st.t) {
			off += 3600
		}
	}
	st.t = st.t.In(time.FixedZone("", off))
	return st
}

// euSummer reports EU summer time at instant t: from the last Sunday of
// March to the last Sunday of October, 01:00 UTC.
func euSummer(t time.Time) bool {
	t = t.UTC()
	start := lastSunday(t.Year(), time.March).Add(time.Hour)
	end := lastSunday(t.Year(), time.October).Add(time.Hour)
	return !t.Before(start) && t.Before(end)
}

// usSummer reports US daylight time at instant t (Eastern): from the second
// Sunday of March to the first Sunday of November, 2:00 local (07:00/06:00 UTC).
func usSummer(t time.Time) bool {
	t = t.UTC()
	start := nthSunday(t.Year(), time.March, 2).Add(7 * time.Hour)
	end := nthSunday(t.Year(), time.November, 1).Add(6 * time.Hour)
	return !t.Before(start) && t.Before(end)
}

// centralEuropeOffset is CET or CEST at instant t, in seconds.
func centralEuropeOffset(t time.Time) int {
	if euSummer(t) {
		return 2 * 3600
	}
	return 3600
}

func lastSunday(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

func nthSunday(year int, month time.Month, n int) time.Time {
	d := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

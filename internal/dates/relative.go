package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Relative stamps in English, German, French and Spanish. Months and years
// ("2 months ago") are too vague to name a day and give no date.
var (
	reAgo  = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(\d+|an?|one)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)\s+ago(?:$|[^\pL])`)
	reVor  = regexp.MustCompile(`(?i)(?:^|[^\pL])vor\s+(\d+|einer?|einem)\s+(sekunden?|minuten?|stunden?|std\.?|tag(?:en)?|wochen?)(?:$|[^\pL])`)
	reIlYa = regexp.MustCompile(`(?i)(?:^|[^\pL])il y a\s+(\d+|une?)\s+(secondes?|minutes?|heures?|jours?|semaines?)(?:$|[^\pL])`)
	reHace = regexp.MustCompile(`(?i)(?:^|[^\pL])hace\s+(\d+|una?)\s+(segundos?|minutos?|horas?|días?|dias?|semanas?)(?:$|[^\pL])`)
	// reDayWord finds "yesterday"/"today" and kin, accepted only in very
	// short lines ("Yesterday, 14:30", "Updated today").
	reDayWord = regexp.MustCompile(`(?i)(?:^|[^\pL])(yesterday|today|just now|gestern|heute|aujourd'hui|hier soir|ayer|hoy)(?:$|[^\pL])`)
)

// parseRelative resolves a relative stamp against fetched (not zero).
func parseRelative(s string, fetched time.Time) (stamp, bool) {
	for _, re := range []*regexp.Regexp{reAgo, reVor, reIlYa, reHace} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = 1 // "an hour ago", "vor einer Stunde", "il y a une heure"
		}
		if n > 10000 {
			return stamp{}, false
		}
		unit := strings.ToLower(m[2])
		var d time.Duration
		exact := true
		switch unit[0] {
		case 's':
			if strings.HasPrefix(unit, "sem") { // semaine(s), semana(s)
				d, exact = time.Duration(n)*7*24*time.Hour, false
			} else if strings.HasPrefix(unit, "std") || strings.HasPrefix(unit, "stu") {
				d = time.Duration(n) * time.Hour
			} else {
				d = time.Duration(n) * time.Second
			}
		case 'm':
			d = time.Duration(n) * time.Minute
		case 'h':
			d = time.Duration(n) * time.Hour
		case 'd', 't', 'j':
			d, exact = time.Duration(n)*24*time.Hour, false
		case 'w':
			d, exact = time.Duration(n)*7*24*time.Hour, false
		default:
			continue
		}
		t := fetched.Add(-d)
		if !plausible(t, fetched) {
			return stamp{}, false
		}
		if exact {
			return stamp{t: t.Truncate(time.Minute), hasTime: true, hasZone: true}, true
		}
		return stamp{t: t}, true
	}
	m := reDayWord.FindStringSubmatchIndex(s)
	if m == nil || len(strings.Fields(s)) > 4 {
		return stamp{}, false
	}
	word := strings.ToLower(s[m[2]:m[3]])
	t := fetched
	switch word {
	case "yesterday", "gestern", "ayer", "hier soir":
		t = fetched.AddDate(0, 0, -1)
	case "just now":
		return stamp{t: fetched.Truncate(time.Minute), hasTime: true, hasZone: true}, true
	}
	// "Yesterday, 14:30": the clock's zone is unknown; keep the day only.
	return stamp{t: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())}, true
}

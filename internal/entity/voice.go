package entity

import (
	"strings"
)

// StateVoice returns the country a person speaks for, judged from their
// titles (Entity.Attributes): a serving state office that a country word
// qualifies, such as "Russian President", "Kremlin leader", "chief of the
// Kremlin", "U.S. envoy" or "India's foreign minister". It returns ""
// when no title says so, and skips titles of offices left or opposed
// ("former U.S. President", "opposition leader").
func StateVoice(attrs []string) string {
	for _, a := range attrs {
		if c := stateVoice(a); c != "" {
			return c
		}
	}
	return ""
}

func stateVoice(attr string) string {
	ws := strings.Fields(attr)
	country := ""
	var office []string
	for i := 0; i < len(ws); i++ {
		w := strings.Trim(ws[i], ",;:")
		lw := strings.ToLower(w)
		if notVoice[lw] || strings.HasPrefix(lw, "ex-") {
			return ""
		}
		if i+1 < len(ws) {
			if c, ok := countryWord(w + " " + strings.Trim(ws[i+1], ",;:")); ok {
				if country == "" {
					country = c
				}
				i++
				continue
			}
		}
		if c, ok := countryWord(w); ok {
			if country == "" {
				country = c
			}
			continue
		}
		if lw == "of" || lw == "the" {
			continue
		}
		office = append(office, lw)
	}
	if country == "" {
		return ""
	}
	o := strings.TrimPrefix(strings.Join(office, " "), "deputy ")
	if stateOffices[o] || strings.HasSuffix(o, " minister") || strings.HasSuffix(o, " spokesman") ||
		strings.HasSuffix(o, " spokeswoman") || strings.HasSuffix(o, " spokesperson") {
		return country
	}
	return ""
}

// stateOffices are offices whose holder states a country's position (a
// read-only table); a mayor, senator or general speaks for less.
var stateOffices = map[string]bool{
	"president": true, "vice president": true, "prime minister": true, "premier": true,
	"chancellor": true, "minister": true, "secretary of state": true, "foreign secretary": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "chief": true,
	"head of state": true, "head of government": true, "king": true, "queen": true, "emperor": true,
	"envoy": true, "special envoy": true, "ambassador": true, "foreign ministry spokesman": true,
	"government spokesman": true, "supreme leader": true,
}

// notVoice are words that take a title away from the state's voice.
var notVoice = map[string]bool{
	"former": true, "opposition": true, "late": true, "rebel": true, "separatist": true,
	"exiled": true, "retired": true, "shadow": true, "ousted": true, "then": true,
}

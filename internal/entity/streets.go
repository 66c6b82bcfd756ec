package entity

import "strings"

// streetHeads end the names of streets and roads: a name of two or more
// words ending in one is a place, whatever the tagger typed ("Snyder
// Avenue" PER, "First Street" ORG). "Lane" and "Drive" are left out
// (surnames, "Test Drive"); so is "St." (saints and towns: "St. Paul").
// The abbreviations "Ave.", "Blvd." and "Rd." are heads too, and a place's
// key spells them out (streetKey): "Snyder Ave." is "Snyder Avenue".
var streetHeads = map[string]bool{"Street": true, "Avenue": true, "Road": true, "Boulevard": true,
	"Ave.": true, "Ave": true, "Blvd.": true, "Blvd": true, "Rd.": true, "Rd": true}

// streetAbbrevs spell out the abbreviated street heads.
var streetAbbrevs = map[string]string{"Ave.": "Avenue", "Ave": "Avenue", "Blvd.": "Boulevard",
	"Blvd": "Boulevard", "Rd.": "Road", "Rd": "Road"}

// streetKey spells out the abbreviated head of a street's name ("Tarrow
// Ave." -> "Tarrow Avenue") so both forms share a key; other names are
// returned as they are.
func streetKey(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return name
	}
	full, ok := streetAbbrevs[name[i+1:]]
	if !ok || !streetName(name) {
		return name
	}
	return name[:i+1] + full
}

// streetMetonyms are streets named for what is on them, an organisation
// or a trade ("Wall Street said", "Downing Street denied"), or a
// programme ("Sesame Street"): typed as the tagger typed them.
var streetMetonyms = map[string]bool{"wall street": true, "downing street": true, "fleet street": true,
	"k street": true, "madison avenue": true, "threadneedle street": true, "dalal street": true,
	"bay street": true, "sesame street": true, "coronation street": true, "jump street": true,
	"abbey road": true}

// streetName reports whether name is a street's (see streetHeads): two or
// more capitalised words, the last a street head, and no metonym in its
// last two words ("Occupy Wall Street" stays), and no "/" ("NBC News/Wall
// Street", a poll's name cut short).
func streetName(name string) bool {
	name = strings.TrimSpace(name)
	if !streetHeads[name[strings.LastIndexAny(name, " \t\n")+1:]] {
		return false // most names: no allocation
	}
	words := strings.Fields(name)
	n := len(words)
	if n < 2 || !streetHeads[words[n-1]] {
		return false
	}
	for _, w := range words {
		if strings.Contains(w, "/") || !capitalised(w) && !strings.ContainsAny(w[:1], "0123456789") {
			return false // "Road to Damascus", "Avenue of the Americas" end otherwise
		}
	}
	return !streetMetonyms[strings.ToLower(words[n-2]+" "+words[n-1])]
}

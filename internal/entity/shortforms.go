package entity

// Short forms of a name within one article (twenty-first session): a body
// named in full with the place it serves ("the Revenue Service of
// Vellmar") is the same body the article calls "the Revenue Service", and
// a town named with its "Port" or "Fort" ("Port Kell") is the town the
// article calls "Kell". Both forms join one entity, whichever comes first.
// A one-word body before "of" ("Bank of Vellmar" and "the Bank") and a
// short form that is a country or a listed name ("Port Sudan" and "Sudan")
// stay apart.

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// servedPlace reports whether the words after a body's "of" name a
// country or a state ("of Wyoming"), or are one capitalised word that is
// no plural, no head noun and no listed name other than a place ("of
// Vellmar"; "of Sciences", "of Americans", "of Protectionism" name no
// place).
func servedPlace(s string) bool {
	if _, ok := gazetteer.CountryOf(s); ok {
		return true
	}
	if _, ok := StateName(s); ok {
		return true
	}
	if strings.ContainsAny(s, " -") || !capitalised(s) || strings.HasSuffix(s, "s") || strings.HasSuffix(s, "ism") {
		return false
	}
	if _, head := gazetteer.HeadType(s); head {
		return false
	}
	k := gazetteer.Lookup(s)
	return k&^(gazetteer.Country|gazetteer.Capital|gazetteer.Region) == 0
}

// townPrefixes open a town's name that the news drops after naming it in
// full ("Port Kell" ... "Kell").
var townPrefixes = map[string]bool{"Port": true, "Fort": true}

// shortForm returns the form of name an article may call it by, typed
// typ, or "": the body before " of " for an organisation of two or more
// capitalised words before it ("Revenue Service of Vellmar" -> "Revenue
// Service"), the town after "Port" or "Fort" for a place ("Port Kell" ->
// "Kell").
func shortForm(name string, typ core.EntityType) string {
	switch typ {
	case core.Organisation:
		head, place, ok := strings.Cut(name, " of ")
		if !ok || strings.Count(head, " ") < 1 || !servedPlace(place) {
			return ""
		}
		words := strings.Fields(head)
		last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
		if orgTails[last] || last == "party" || last == "parties" {
			return "" // "Texas Department" is Texas; a party of a state is a branch
		}
		for _, w := range words {
			if !capitalised(w) || gazetteer.IsTitle(w) {
				return ""
			}
		}
		return head
	case core.Location:
		first, rest, ok := strings.Cut(name, " ")
		if !ok || !townPrefixes[first] || strings.Contains(rest, " ") || !capitalised(rest) {
			return ""
		}
		if _, country := gazetteer.CountryOf(rest); country || gazetteer.Lookup(rest) != 0 {
			return ""
		}
		return rest
	}
	return ""
}

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

func (b *builder) addNamed(text string, m ner.Mention, typ core.EntityType) {
	key := Key(m.Text, typ)
	e, ok := b.byKey[key]
	if ok && otherCompany(b.res.Entities[e].Name, m.Text) {
		ok = false // "Vell Corp" after "Vell" joined "Vell Financial Corp" (kinds.go)
	}
	if !ok && typ == core.Organisation && isAcronym(m.Text) {
		e, ok = b.acronymOf(m.Text)
	}
	if !ok && typ == core.Organisation {
		if c := b.companyOf(m.Text); c >= 0 {
			e, ok = c, true // "Lamonts" after "Lamonts Apparel Inc" (kinds.go)
		}
	}
	if !ok {
		// The same name under another non-person type: one entity.
		for _, t := range []core.EntityType{core.Organisation, core.Location, core.Misc} {
			if t == typ {
				continue
			}
			if e2, ok2 := b.byKey[Key(m.Text, t)]; ok2 {
				e, ok = e2, true
				break
			}
		}
	}
	short := shortForm(strings.TrimSpace(m.Text), typ)
	if !ok && short != "" {
		// "Revenue Service" before "Revenue Service of Vellmar" (shortforms.go);
		// another body "of" another place keeps apart.
		if e2, ok2 := b.byKey[Key(short, typ)]; ok2 && shortForm(b.res.Entities[e2].Name, typ) == "" {
			e, ok = e2, true
		}
	}
	if !ok {
		e = b.newEntity(m.Text, typ)
		if c, isCountry := gazetteer.CountryName(m.Text); isCountry && typ == core.Location {
			b.res.Country[e] = c
		}
	}
	b.byKey[key] = e
	if short != "" {
		if _, seen := b.byKey[Key(short, typ)]; !seen {
			b.byKey[Key(short, typ)] = e // "Kell" after "Port Kell" (shortforms.go)
		}
	}
	if bare := shipName(m.Text); bare != "" && typ == core.Misc {
		b.byKey[Key(bare, typ)] = e // "the Mysore" after "INS Mysore"
	}
	b.link(e, m.Start, m.End, m.Text, false)
	// "Shanghai Cooperation Organization (SCO)" defines "SCO".
	if acr, ok := parenthesised(text, m.End); ok && acr != m.Text && abbreviates(acr, m.Text) {
		b.byKey[Key(acr, typ)] = e
		if _, seen := b.forms[e][acr]; !seen {
			b.forms[e][acr] = 0
		}
	}
}

// acronymOf finds an organisation whose capitalised words' initials spell acr.
func (b *builder) acronymOf(acr string) (int, bool) {
	want := strings.ReplaceAll(acr, ".", "")
	if x := b.orgs(); x != nil {
		e, ok := x.initial[want]
		return e, ok
	}
	for e := len(b.res.Entities) - 1; e >= 0; e-- {
		ent := b.res.Entities[e]
		if ent.Type != core.Organisation {
			continue
		}
		var ini strings.Builder
		for _, w := range strings.Fields(ent.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				ini.WriteRune(r)
			}
		}
		if ini.Len() >= 2 && ini.String() == want {
			return e, true
		}
	}
	return 0, false
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// abbreviates reports whether acr can shorten name: it opens with the
// letter of the name's first word ("the" aside) and its letters occur in
// the name in order ("SCO" for "Shanghai Cooperation Organization"), so a
// dateline's agency ("Washington (AFP)") is no alias of the place.
func abbreviates(acr, name string) bool {
	words := strings.Fields(name)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	rest := []rune(strings.ToLower(strings.Join(words, " ")))
	first := true
	for _, r := range strings.ToLower(acr) {
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			if len(rest) == 0 || rest[0] != r {
				return false
			}
			rest, first = rest[1:], false
			continue
		}
		i := 0
		for i < len(rest) && rest[i] != r {
			i++
		}
		if i == len(rest) {
			return false
		}
		rest = rest[i+1:]
	}
	return !first
}

// parenthesised returns an acronym in parentheses right after position i
// ("Organization (SCO)").
func parenthesised(text string, i int) (string, bool) {
	rest := text[i:]
	trimmed := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(trimmed, "(") {
		return "", false
	}
	end := strings.IndexByte(trimmed, ')')
	if end < 2 || end > 14 {
		return "", false
	}
	acr := strings.TrimSpace(trimmed[1:end])
	if !isAcronym(acr) {
		return "", false
	}
	return acr, true
}

// finish names every entity by its longest surface form (a country by its
// canonical name) and lists the other forms as aliases.

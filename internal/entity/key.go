package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// Key returns the cross-article key of an entity name: the type, then the
// name lower-cased, without accents, punctuation, a leading "the", titles
// ("President", "Mr.", "Miss") before a person's name or a possessive "'s", with
// "-isation" spelt "-ization", and with
// country and organisation aliases mapped to one canonical name ("U.S." and
// "United States" share a key; so do "NATO" and "North Atlantic Treaty
// Organization"). Two names with the same key are taken to be the same
// real-world entity.
func Key(name string, typ core.EntityType) string {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if typ != core.Person {
		if bare := strings.ReplaceAll(name, ".", ""); bare != name && isAcronym(name) {
			// "F.B.I." is looked up as "FBI" when the gazetteer has no dotted form.
			if _, ok := gazetteer.CountryName(name); !ok {
				if _, ok := gazetteer.OrgName(name); !ok {
					name = bare
				}
			}
		}
		if c, ok := gazetteer.CountryName(name); ok {
			name = c
		} else if o, ok := gazetteer.OrgName(name); ok {
			name = o
		} else if c, ok := gazetteer.CapitalName(name); ok && typ == core.Location {
			name = c
		} else if s, ok := StateName(name); ok && typ == core.Location {
			name = s // "Calif." and "California" share a key
		} else if typ == core.Location {
			name = streetKey(name) // "Tarrow Ave." and "Tarrow Avenue" share a key
		}
	} else {
		words := strings.Fields(name)
		for len(words) > 1 && (gazetteer.IsTitle(words[0]) || isNameHonorific(words[0])) {
			words = words[1:]
		}
		if n := len(words); n > 2 && numberedSuffix[strings.TrimSuffix(words[n-1], ".")] {
			words = words[:n-1] // "Robert S. Mueller III" is Robert S. Mueller
		} else if n > 1 {
			switch generationalSuffix(words[n-1]) {
			case "jr":
				words = append(words[:n-1:n-1], "Jr") // "Allan Reed Jnr" is Allan Reed Jr.
			case "sr":
				words = append(words[:n-1:n-1], "Sr")
			}
		}
		if len(words) > 1 {
			if f := formalGiven(words[0]); f != "" {
				words = append([]string{f}, words[1:]...) // "Rick Gates" is Richard Gates
			}
		}
		name = strings.Join(words, " ")
	}
	k := fold(name)
	if typ == core.Organisation {
		k = orgCore(k)
	}
	return string(typ) + ":" + k
}

// numberedSuffix are the suffixes of a name that tell a son from his
// father by number ("III"); the key leaves "Jr." and "Sr." on, as they tell
// two people in the news apart ("Donald Trump Jr."), spelt alike ("Jnr"
// and "Jr.", "Snr" and "Sr." share a key).
var numberedSuffix = map[string]bool{"II": true, "III": true, "IV": true}

// orgTails are the words of a folded organisation name that say what kind
// of body it is and that the news drops as often as it writes them
// ("Interior Department" and "Interior", "Time Warner Inc." and "Time
// Warner", "Zorvex Computer" and "Zorvex", "Kell Group" and "Kell");
// "Corps" is no such word ("Zorvex Corps" is another company).
var orgTails = map[string]bool{"department": true, "dept": true, "inc": true, "corp": true,
	"corporation": true, "co": true, "ltd": true, "llc": true, "plc": true, "oy": true, "oyj": true,
	"ab": true, "asa": true, "ag": true, "gmbh": true, "spa": true, "computer": true, "computers": true,
	"group": true, "holdings": true, "incorporated": true, "limited": true}

// federalBodies are US federal institutions the news names with and
// without "U.S." before them ("U.S. Senate" and "Senate" share a key).
var federalBodies = map[string]bool{"senate": true, "house": true, "house of representatives": true,
	"congress": true, "army": true, "navy": true, "air force": true, "marine corps": true,
	"coast guard": true, "supreme court": true}

// orgCore drops orgTails from the end of a folded organisation name, a
// leading "department of (the)", and a leading "us" or "united states"
// before one of the federalBodies, keeping at least one word.
func orgCore(k string) string {
	words := strings.Fields(k)
	if len(words) > 2 && words[0] == "department" && words[1] == "of" {
		words = words[2:]
		if len(words) > 1 && words[0] == "the" {
			words = words[1:]
		}
	}
	for len(words) > 1 && orgTails[words[len(words)-1]] {
		if len(words) == 2 && words[1] == "group" && (adjectival(words[0]) || demonym(words[0])) {
			break // "Islamic Group" is no "Islamic" body
		}
		words = words[:len(words)-1]
	}
	k = strings.Join(words, " ")
	for _, us := range []string{"us ", "united states "} {
		if rest, ok := strings.CutPrefix(k, us); ok && federalBodies[rest] {
			return rest
		}
	}
	return k
}

// fold lower-cases s, strips accents and punctuation and a leading "the",
// and collapses spaces.
func fold(s string) string {
	out, ok := foldASCII(s)
	if !ok {
		out = foldRunes(s)
	}
	if strings.HasPrefix(out, "the ") {
		out = out[4:]
	}
	if strings.Contains(out, "isation") {
		// British and American spellings meet: "Organisation", "Organization".
		words := strings.Split(out, " ")
		for i, w := range words {
			if stem, ok := strings.CutSuffix(w, "isation"); ok && len(stem) >= 3 {
				words[i] = stem + "ization"
			} else if stem, ok := strings.CutSuffix(w, "isations"); ok && len(stem) >= 3 {
				words[i] = stem + "izations"
			}
		}
		out = strings.Join(words, " ")
	}
	return out
}

// foldASCII is foldRunes for ASCII s (which decomposition leaves alone and
// which has no accents to strip), without the Unicode tables; ok is false
// when s is not ASCII.
func foldASCII(s string) (string, bool) {
	var buf [64]byte
	b := buf[:0]
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', 'A' <= c && c <= 'Z':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case c == '.' || c == '\'':
		default:
			space = true
		}
	}
	return string(b), true
}

// foldRunes lower-cases s, strips accents and punctuation and collapses
// spaces.
func foldRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." -> "us", "O'Brien" -> "obrien"
		default:
			space = true
		}
	}
	return b.String()
}

// ActorCountry reports the country a name stands for when it is used as an
// actor: a country under any of its names ("U.S."), a demonym ("Russian",
// "Russians"), a capital ("Moscow") or a seat of government ("Kremlin",
// "White House"). A leading "the" is ignored. Whether the text means the
// state or the place is the caller's call.
func ActorCountry(name string) (string, bool) {
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if l := strings.ToLower(name); strings.HasPrefix(l, "the ") {
		name = name[4:]
	}
	if c, ok := gazetteer.CountryOf(name); ok {
		return c, true
	}
	return gazetteer.SeatCountry(name)
}

// placePrepositions before a name mark it as a place, not an actor ("in
// Moscow", "to Kyiv").
var placePrepositions = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"across": true, "outside": true, "inside": true, "around": true, "toward": true,
	"towards": true, "via": true, "through": true, "throughout": true, "within": true,
	"visit": true, "visited": true, "visiting": true, "of": true,
}

// ActorAt reports the country that text[start:end] stands for when it is
// used as an actor: a country, demonym, capital or seat of government
// ("Moscow insists", "the Kremlin said", "Russians voted") that does not
// follow a place preposition ("talks in Moscow", "a visit to Kyiv" keep
// Moscow and Kyiv as places). ok is false otherwise.
func ActorAt(text string, start, end int) (country string, ok bool) {
	if start < 0 || end > len(text) || start >= end {
		return "", false
	}
	country, ok = ActorCountry(text[start:end])
	if !ok {
		return "", false
	}
	before := strings.Fields(text[max(0, start-30):start])
	if n := len(before); n > 0 {
		prev := strings.ToLower(strings.Trim(before[n-1], ",;:\"'“”"))
		if prev == "the" && n > 1 {
			prev = strings.ToLower(before[n-2])
		}
		if placePrepositions[prev] {
			return "", false
		}
	}
	return country, true
}

// demonym reports whether w is a nationality the gazetteer lists.
func demonym(w string) bool {
	_, ok := gazetteer.DemonymCountry(w)
	return ok
}

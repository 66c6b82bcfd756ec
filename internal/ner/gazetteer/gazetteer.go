package gazetteer

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.tsv data/*.txt
var files embed.FS

// Kind is a bit set of the lists a phrase belongs to.
type Kind uint8

// Kinds of gazetteer entry.
const (
	Country Kind = 1 << iota // a sovereign state or constituent country, under any of its names
	Demonym                  // an adjective or noun of nationality ("Russian")
	Capital                  // a capital city
	Region                   // a region, sea, continent or major city
	Org                      // an organisation or its acronym
	Title                    // an office, rank or honorific ("Defense Minister")
)

// A Span is a gazetteer phrase found in a token sequence: tokens[Start:End].
type Span struct {
	Start, End int
	Kind       Kind
}

// maxPhrase is the longest phrase, in tokens, the lists may hold.
const maxPhrase = 8

type tables struct {
	phrases  map[uint64]Kind   // hash of lower-cased token sequence -> kinds
	first    map[uint64]bool   // hashes of first tokens, to skip quickly
	country  map[string]string // lower-case name, alias, demonym or capital -> country (by kind below)
	demonym  map[string]string
	capital  map[string]string
	capName  map[string]string // lower-case capital spelling -> its first (current) spelling
	org      map[string]string // lower-case name or acronym -> canonical organisation name
	acronyms map[string][]string
	titles   map[string]bool   // lower-case title
	exact    map[string]Kind   // short acronyms matched with their case ("US", "WHO", "IS")
	seats    map[string]string // lower-case seat of government -> country
	roles    map[string]bool   // lower-case role nouns
	heads    map[string]string // head noun (as written) -> "ORG" or "LOC"
	maxLen   int
}

var (
	loadOnce sync.Once
	tab      *tables
)

func get() *tables {
	loadOnce.Do(func() { tab = build() })
	return tab
}

func readLines(name string) []string {
	b, err := files.ReadFile("data/" + name)
	if err != nil { // embedded at build time: cannot happen for the names used below
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.TrimRight(line, "\r"))
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func build() *tables {
	t := &tables{
		phrases: map[uint64]Kind{}, first: map[uint64]bool{},
		country: map[string]string{}, demonym: map[string]string{}, capital: map[string]string{}, capName: map[string]string{},
		org: map[string]string{}, acronyms: map[string][]string{}, titles: map[string]bool{},
		exact: map[string]Kind{}, seats: map[string]string{}, roles: map[string]bool{}, heads: map[string]string{},
	}
	add := func(phrase string, k Kind) {
		toks := strings.Fields(phrase)
		if len(toks) == 0 || len(toks) > maxPhrase {
			return
		}
		if len(toks) == 1 && isAcronym(toks[0]) {
			t.exact[toks[0]] |= k
			return
		}
		h := uint64(offset64)
		for i, tok := range toks {
			th := HashLower(tok)
			if i == 0 {
				t.first[th] = true
			}
			h = Combine(h, th)
		}
		t.phrases[h] |= k
		if len(toks) > t.maxLen {
			t.maxLen = len(toks)
		}
	}
	for _, line := range readLines("countries.tsv") {
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		name := f[0]
		add(name, Country)
		t.country[key(name)] = name
		for _, a := range splitList(f[3]) {
			add(a, Country)
			if _, dup := t.country[key(a)]; !dup {
				t.country[key(a)] = name
			}
		}
		for _, d := range splitList(f[1]) {
			add(d, Demonym)
			add(d+"s", Demonym) // plural nouns: "Russians", "Ukrainians"
			if _, dup := t.demonym[key(d)]; !dup {
				t.demonym[key(d)] = name
				t.demonym[key(d)+"s"] = name
			}
		}
		for _, c := range splitList(f[2]) {
			if _, dup := t.capName[key(c)]; !dup {
				t.capName[key(c)] = splitList(f[2])[0]
			}
			add(c, Capital)
			if _, dup := t.capital[key(c)]; !dup {
				t.capital[key(c)] = name
			}
		}
	}
	for _, line := range readLines("regions.txt") {
		add(strings.TrimSpace(line), Region)
	}
	for _, line := range readLines("orgs.tsv") {
		f := strings.Split(line, "\t")
		name := strings.TrimSpace(f[0])
		add(name, Org)
		t.org[key(name)] = name
		if len(f) > 1 {
			for _, a := range splitList(f[1]) {
				add(a, Org)
				t.org[key(a)] = name
				t.acronyms[name] = append(t.acronyms[name], a)
			}
		}
	}
	for _, line := range readLines("seats.tsv") {
		f := strings.Split(line, "\t")
		if len(f) == 2 {
			add(f[0], Org)
			t.seats[key(f[0])] = strings.TrimSpace(f[1])
		}
	}
	for _, line := range readLines("heads.tsv") {
		if f := strings.Split(line, "\t"); len(f) == 2 {
			t.heads[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	for _, line := range readLines("roles.txt") {
		t.roles[strings.TrimSpace(line)] = true
	}
	for _, line := range readLines("titles.txt") {
		line = strings.TrimSpace(line)
		add(line, Title)
		t.titles[strings.ToLower(line)] = true
	}
	return t
}

// isAcronym reports whether tok is a short all-capitals word whose lower-case
// form could be an ordinary word ("US", "WHO", "IS"); such entries match
// only with their case.
func isAcronym(tok string) bool {
	if len(tok) > 5 {
		return false
	}
	letters := 0
	for _, r := range tok {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// key is the map key of a list entry: lower case, except for acronyms.
func key(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if isAcronym(s) {
		return s
	}
	return strings.ToLower(s)
}

// lookupKeys returns the keys a query may be stored under: as written (for
// acronyms) and lower-cased.
func lookupKeys(s string) (exact, lower string) {
	if !plainSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s, strings.ToLower(s)
}

// plainSpaced reports whether s is ASCII with its words separated by single
// spaces and no space at either end: what strings.Fields and a join with
// spaces would leave unchanged (most queries are; they skip that copy).
func plainSpaced(s string) bool {
	space := true // a space here would lead
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}

// maxQuick is the longest query looked up without building its keys.
const maxQuick = 64

// lowerInto writes s lower-cased into buf and reports whether it could:
// s must be plain spaced (so ASCII) and fit. Indexing a map with
// string(b) of the result allocates nothing.
func lowerInto(buf *[maxQuick]byte, s string) ([]byte, bool) {
	if len(s) > maxQuick || !plainSpaced(s) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b, true
}

// hasLower reports whether m holds phrase's lower-cased key.
func hasLower(m map[string]bool, phrase string) bool {
	var buf [maxQuick]byte
	if b, ok := lowerInto(&buf, phrase); ok {
		return m[string(b)]
	}
	_, lower := lookupKeys(phrase)
	return m[lower]
}

// FNV-1a constants.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// HashLower returns the FNV-1a hash of s lower-cased, without allocating.
func HashLower(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= prime64
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		r = unicode.ToLower(r)
		var buf [4]byte
		m := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:m] {
			h ^= uint64(b)
			h *= prime64
		}
		i += n
	}
	return h
}

// Combine folds the hash of one more token into a phrase hash.
func Combine(h, tok uint64) uint64 {
	h ^= tok
	h *= prime64
	h ^= h >> 29
	return h
}

// Match finds gazetteer phrases in tokens, comparing without case, longest
// first at each position; spans do not overlap. It returns nil when none match.
func Match(tokens []string) []Span {
	if len(tokens) == 0 {
		return nil
	}
	t := get()
	hashes := make([]uint64, len(tokens))
	for i, tok := range tokens {
		hashes[i] = HashLower(tok)
	}
	var out []Span
	for i := 0; i < len(hashes); {
		best, bestKind := 0, Kind(0)
		if k, ok := t.exact[tokens[i]]; ok {
			best, bestKind = 1, k
		}
		if !t.first[hashes[i]] {
			if best > 0 {
				out = append(out, Span{Start: i, End: i + 1, Kind: bestKind})
			}
			i++
			continue
		}
		h := uint64(offset64)
		for n := 1; n <= t.maxLen && i+n <= len(hashes); n++ {
			h = Combine(h, hashes[i+n-1])
			if k, ok := t.phrases[h]; ok {
				best, bestKind = n, k
			}
		}
		if best == 0 {
			i++
			continue
		}
		out = append(out, Span{Start: i, End: i + best, Kind: bestKind})
		i += best
	}
	return out
}

// Lookup returns the kinds of a whole phrase (words separated by spaces),
// compared without case (acronyms with case); 0 when it is in no list.
func Lookup(phrase string) Kind {
	t := get()
	toks := strings.Fields(phrase)
	if len(toks) == 1 {
		if k, ok := t.exact[toks[0]]; ok {
			return k
		}
	}
	h := uint64(offset64)
	for _, tok := range toks {
		h = Combine(h, HashLower(tok))
	}
	if len(toks) == 0 {
		return 0
	}
	return t.phrases[h]
}

func find(m map[string]string, name string) (string, bool) {
	var buf [maxQuick]byte
	if b, ok := lowerInto(&buf, name); ok {
		// name is its own exact key.
		if isAcronym(name) {
			v, ok := m[name]
			return v, ok
		}
		v, ok := m[string(b)]
		return v, ok
	}
	exact, lower := lookupKeys(name)
	if v, ok := m[exact]; ok && isAcronym(exact) {
		return v, true
	}
	if isAcronym(exact) {
		return "", false
	}
	v, ok := m[lower]
	return v, ok
}

// CountryOf maps a country name or alias, a demonym ("Russian", "Russians")
// or a capital ("Moscow") to the country's canonical name ("Russia").
func CountryOf(name string) (string, bool) {
	t := get()
	for _, m := range []map[string]string{t.country, t.demonym, t.capital} {
		if c, ok := find(m, name); ok {
			return c, true
		}
	}
	return "", false
}

// CountryName maps a country's name or alias ("U.S.", "Britain") to its
// canonical name.
func CountryName(name string) (string, bool) { return find(get().country, name) }

// DemonymCountry maps a demonym ("Russian", "Russians") to its country.
func DemonymCountry(word string) (string, bool) { return find(get().demonym, word) }

// CapitalCountry maps a capital city ("Moscow") to its country.
func CapitalCountry(city string) (string, bool) { return find(get().capital, city) }

// CapitalName returns the current spelling of a capital under any of its
// listed spellings ("Kiev" -> "Kyiv").
func CapitalName(city string) (string, bool) { return find(get().capName, city) }

// OrgName maps an organisation's name or acronym ("SCO") to its canonical name.
func OrgName(name string) (string, bool) { return find(get().org, name) }

// Acronyms returns the acronyms and other names listed for a canonical
// organisation name.
func Acronyms(org string) []string { return get().acronyms[org] }

// IsTitle reports whether phrase is an office, rank or honorific ("Prime Minister").
func IsTitle(phrase string) bool {
	return hasLower(get().titles, phrase)
}

// SeatCountry maps a seat of government or state institution ("Kremlin",
// "White House") to the country it stands for.
func SeatCountry(name string) (string, bool) { return find(get().seats, name) }

// IsRole reports whether phrase is a role noun that describes a person in
// running text ("leader", "foreign minister"), compared without case.
func IsRole(phrase string) bool {
	return hasLower(get().roles, phrase)
}

// HeadType returns the entity type ("ORG" or "LOC") a name ending in word
// has ("Forum" -> ORG, "Peninsula" -> LOC); compared with case.
func HeadType(word string) (string, bool) {
	t, ok := get().heads[word]
	return t, ok
}

package entity

// Initials and leading roles of person names (fourteenth session).
//
// A person mention that is one initial ("A", "A.") names no one the
// article can tell: a tagger splits "D. A. Lowell Anger" or "L. A. County"
// and types the loose letter a person. It starts no entity and joins none
// as an alias (before, "A." became an alias of "A. Lowell Anger" by its
// first word, and across articles such aliases pulled lone letters of
// other articles in).
//
// A name made only of initials ("T. J.", "M.C.") stays an entity of its
// own but owns nothing: IsInitials lets the store keep it from taking
// other names as short forms.
//
// Leading roles the gazetteer's titles leave out ("Attorney Lowell Anger",
// "Coach Ana Lind", "Detective Sgt. Lind") are stripped from a person's
// name like titles, and kept as attributes, so the name files with the
// same person named bare; modifiers of an office before it ("Deputy
// District Attorney", "Assistant Coach") go with it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsInitial reports whether w is one initial: a single capital letter,
// with or without a full stop ("A", "A.").
func IsInitial(w string) bool {
	core := strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(core)
	return n > 0 && n == len(core) && unicode.IsUpper(r)
}

// IsInitials reports whether name is made only of initials: one or more
// single capital letters, each with or without a full stop, spaced or not
// ("A.", "T. J.", "M.C.", "J.R."); never a word of two letters or more
// ("AB", "Ed").
func IsInitials(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		parts := strings.Split(strings.TrimSuffix(w, "."), ".")
		if len(parts) > 1 && !strings.HasSuffix(w, ".") {
			return false // "J.R" without its last stop is an odd token; keep it
		}
		for _, p := range parts {
			if !IsInitial(p) {
				return false
			}
		}
	}
	return true
}

// leadingRoles are offices, ranks, occupations and party labels written
// before a person's name that the gazetteer's titles leave out (compared
// in lower case). Words that are also common given names ("Dean") and
// family or religious words that open names of their own ("Mother
// Teresa", "Sister Sledge") are left out, and so is "D.A.", a golfer's
// given initials as often as a district attorney.
var leadingRoles = map[string]bool{
	"attorney": true, "lawyer": true, "prosecutor": true, "councilman": true, "councilwoman": true,
	"councillor": true, "councilor": true, "assemblyman": true, "assemblywoman": true, "alderman": true,
	"sheriff": true, "officer": true, "detective": true, "det.": true, "trooper": true, "constable": true,
	"inspector": true, "superintendent": true, "commissioner": true, "coroner": true, "agent": true,
	"coach": true, "manager": true, "actress": true, "actor": true, "singer": true, "rapper": true,
	"comedian": true, "magistrate": true, "secretary": true, "rabbi": true, "imam": true,
	"deputy": true, "democrat": true, "republican": true,
}

// givenRoles are leading roles that are also given names ("Pastor
// Maldonado"): stripped only when two or more words of the name remain.
var givenRoles = map[string]bool{"pastor": true}

// roleModifiers may stand before a leading role inside a name ("District
// Attorney", "Assistant Coach", "Police Officer", "Special Agent"); alone
// they are no role.
var roleModifiers = map[string]bool{
	"district": true, "assistant": true, "associate": true, "head": true,
	"police": true, "fire": true, "special": true, "state": true, "county": true, "city": true,
	"defense": true, "defence": true, "chief": true, "senior": true, "acting": true, "interim": true,
	"former": true, "u.s.": true, "federal": true, "lead": true,
}

// leadingRole returns how many of the first words of words (leaving at
// least one) form a leading role: modifiers and role words ending in a
// role word, as many as run on ("Deputy District Attorney"), or modifiers
// then a title the gazetteer lists ("State Sen."); 0 when none. Only
// capitalised words count ("attorney Lind" is no span of a name).
func leadingRole(words []string) int {
	last := 0
	for i := 0; i < len(words)-1; i++ {
		w := words[i]
		if !capitalised(w) {
			break
		}
		lw := strings.ToLower(w)
		if leadingRoles[lw] || givenRoles[lw] && len(words)-i > 2 {
			last = i + 1
			continue
		}
		if i > 0 && last == 0 {
			if k := coreLen(words[i : len(words)-1]); k > 0 {
				return i + k
			}
		}
		if !roleModifiers[lw] {
			break
		}
	}
	return last
}

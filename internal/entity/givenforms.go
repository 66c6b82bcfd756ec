package entity

import (
	"slices"
	"strings"
)

// shortForms maps a short given name that entity.Key does NOT fold (it is
// not in nicknames) to the formal given names it may shorten: "Tim" ->
// "Timothy", "Chris" -> "Christopher", "Christine", "Christina". Written by
// hand for this project from common knowledge of English given names (a
// diminutive is a fact of usage, not anyone's text). Key leaves these
// out because folding them would change stored keys (a migration) or
// because the short form is a given name in its own right or shortens
// a man's and a woman's name alike; so they are never a key, only a
// question the store may ask of a name that met no stored key (GivenForms)
// and answers only with shared evidence. Short forms that shorten too
// many names to tell ("Al", "Bert", "Jack", "Frank", "Harry") or name a
// woman as often as the man's name they shorten ("Jamie": "Jamie
// Rappaport Clark" and "James Clark" are two people) are left out.
var shortForms = map[string][]string{
	"tim": {"timothy"}, "timmy": {"timothy"},
	"jon": {"jonathan"}, "johnny": {"john"},
	"nate": {"nathan", "nathaniel"},
	"pete": {"peter"},
	"ted":  {"edward", "theodore"}, "teddy": {"edward", "theodore"},
	"jerry": {"gerald", "jerome"}, "gerry": {"gerald", "gerard"},
	"terry":  {"terence", "terrence"},
	"vince":  {"vincent"},
	"walt":   {"walter"},
	"herb":   {"herbert"},
	"bernie": {"bernard"},
	"gabe":   {"gabriel"},
	"josh":   {"joshua"},
	"zach":   {"zachary"}, "zack": {"zachary"},
	"abe":   {"abraham"},
	"ray":   {"raymond"},
	"russ":  {"russell"},
	"mitch": {"mitchell"},
	"marty": {"martin"},
	"rudy":  {"rudolph"},
	"lou":   {"louis"},
	"vic":   {"victor"},
	"len":   {"leonard"}, "lenny": {"leonard"},
	"reggie": {"reginald"},
	"ernie":  {"ernest"},
	"cliff":  {"clifford"},
	"stu":    {"stuart"},
	"wes":    {"wesley"},
	"sal":    {"salvatore"},
	"manny":  {"manuel"},
	"jake":   {"jacob"},
	"ricky":  {"richard"},
	"chris":  {"christopher", "christine", "christina"},
	"sam":    {"samuel", "samantha"},
	"alex":   {"alexander", "alexandra"},
	"pat":    {"patrick", "patricia"},
	"drew":   {"andrew"},
	"cindy":  {"cynthia"},
	"patty":  {"patricia"}, "trish": {"patricia"},
	"jackie": {"jacqueline"},
	"katie":  {"katherine", "kathleen"},
	"nikki":  {"nicole"},
	"jess":   {"jessica"},
	"val":    {"valerie"},
	"mandy":  {"amanda"},
	"steph":  {"stephanie"},
}

// GivenForms returns the other given names (lower case) that may name the
// person whose given name is w: for a short form its formal names, for a
// formal name its short forms, both from shortForms and from the
// diminutives Key folds (so "Timothy" gives "tim", "timmy"; "Tim" gives
// "timothy"; "Ted" gives "edward" and through it "ed", "eddie", "ned",
// "teddy", and "theodore"). w itself is left out; nil when w has none.
func GivenForms(w string) []string {
	if !hasGivenForms(w) {
		return nil // most names: no table holds them
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	formals := map[string]bool{}
	if f := nicknames[lw]; f != "" {
		formals[f] = true
	}
	for _, f := range shortForms[lw] {
		formals[f] = true
	}
	if len(formals) == 0 {
		formals[lw] = true // w may itself be a formal name
	}
	seen := map[string]bool{lw: true}
	var out []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, f := range sortedKeys(formals) {
		add(f)
		for _, s := range sortedKeys(shortsOf[f]) {
			add(s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// hasGivenForms reports whether a table holds the given name w (case
// aside), without allocating for an ASCII name of up to 24 letters.
func hasGivenForms(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [24]byte
	if len(w) > len(buf) {
		lw := strings.ToLower(w)
		return nicknames[lw] != "" || shortForms[lw] != nil || shortsOf[lw] != nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			lw := strings.ToLower(w)
			return nicknames[lw] != "" || shortForms[lw] != nil || shortsOf[lw] != nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := buf[:len(w)]
	return nicknames[string(b)] != "" || shortForms[string(b)] != nil || shortsOf[string(b)] != nil
}

// shortsOf maps a formal given name to its short forms from both tables.
var shortsOf = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	put := func(f, s string) {
		if m[f] == nil {
			m[f] = map[string]bool{}
		}
		m[f][s] = true
	}
	for s, f := range nicknames {
		put(f, s)
	}
	for s, fs := range shortForms {
		for _, f := range fs {
			put(f, s)
		}
	}
	return m
}()

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

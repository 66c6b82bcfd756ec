package novelty

// sameAs maps Snowball stems of common news words to one stem of their
// group, so that a report in other words still counts as said before
// ("Kiev refuses" then "Ukraine rejected"; "talks" then "negotiations";
// "died" then "death"). The groups are general news language, written for
// this package; only words that keep their sense in nearly every news
// sentence are grouped. A read-only table.
var sameAs = func() map[string]string {
	groups := [][]string{
		{"refus", "reject", "rebuff", "spurn"},
		{"negoti", "talk", "dialogu"},
		{"ceasefir", "truce", "armistic"},
		{"agreement", "accord", "pact", "treati"},
		{"propos", "offer", "propos"},
		{"kyiv", "kiev"},
		{"ukrain", "ukrainian"},
		{"russia", "russian", "moscow", "kremlin"},
		{"china", "chines", "beij"},
		{"die", "dead", "death"},
		{"arrest", "detain", "apprehend", "custodi", "handcuf"},
		{"injur", "wound", "hurt"},
		{"shoot", "shot", "gunfir"},
		{"blaze", "fire", "flame", "inferno"},
		{"attack", "assault"},
		{"sanction", "embargo"},
		{"presid", "leader"},
		{"compani", "firm"},
		{"robberi", "heist"},
		{"earthquak", "quak", "tremor", "temblor"},
		{"vulner", "flaw"},
		{"patch", "fix"},
		{"polic", "cop"},
		{"gunman", "shooter"},
		{"blast", "explos"},
		{"outag", "disrupt"},
		{"murder", "homicid"},
		{"prison", "jail"},
		{"lawyer", "attorney"},
		{"doctor", "physician"},
		{"rehab", "rehabilit"},
		{"vessel", "ship", "boat"},
		{"pirat", "brigand"},
		{"film", "movi"},
		{"firefight", "firemen"},
		{"car", "vehicl"},
		{"mafia", "mafioso", "mafiosi"},
	}
	m := map[string]string{}
	for _, g := range groups {
		for _, w := range g {
			m[w] = g[0]
		}
	}
	return m
}()

// canonical is the group stem of st (st itself outside any group).
func canonical(st string) string {
	if c, ok := sameAs[st]; ok {
		return c
	}
	return st
}

// calendar holds month and weekday names (lower case): a name key made of
// one of them says when, never who, so it is no fresh name.
var calendar = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// holidays holds the names of holidays and feasts (lower case, as name
// keys read them): a name key made of one says when ("problems during
// Christmas"), never who, so it is no fresh name.
var holidays = map[string]bool{
	"christmas": true, "christmas eve": true, "christmas day": true, "easter": true,
	"thanksgiving": true, "hanukkah": true, "ramadan": true, "eid": true, "diwali": true,
	"halloween": true, "new year": true, "new year's eve": true, "new year's day": true,
	"passover": true, "lent": true, "boxing day": true, "memorial day": true, "labor day": true,
	"independence day": true, "yom kippur": true, "rosh hashanah": true,
}

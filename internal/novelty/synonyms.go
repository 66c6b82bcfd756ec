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

// irregular maps the Snowball stems of irregular verb forms, which
// Snowball leaves apart, to the stem of the verb ("stole", "stolen" to
// "steal"; "began", "begun" to "begin"), so that a report in another tense
// still counts as said before ("thieves stole" then "was stolen"); and
// irregular plurals and a few derived forms to their word ("thieves" to
// "thief", "women" to "woman", "prosecution" to "prosecutor"). Forms
// that are as often another word are left out: "left" (a side), "bit",
// "rose", "struck" (a strike), "dealt" (a deal), "meant" (mean), "fed",
// "met", "lit". A read-only table.
var irregular = func() map[string]string {
	verbs := [][]string{
		{"steal", "stole", "stolen"}, {"begin", "began", "begun"}, {"fight", "fought"},
		{"take", "took", "taken"}, {"give", "gave", "given"}, {"flee", "fled"}, {"hold", "held"},
		{"find", "found"}, {"catch", "caught"}, {"buy", "bought"}, {"lose", "lost"},
		{"seek", "sought"}, {"sell", "sold"}, {"fall", "fell", "fallen"}, {"break", "broke", "broken"},
		{"drive", "drove", "driven"}, {"write", "wrote", "written"}, {"speak", "spoke", "spoken"},
		{"throw", "threw", "thrown"}, {"choos", "chose", "chosen"}, {"bring", "brought"},
		{"think", "thought"}, {"know", "knew", "known"}, {"run", "ran"}, {"sink", "sank", "sunk"},
		{"fli", "flew", "flown"}, {"stand", "stood"}, {"hide", "hid", "hidden"},
		{"grow", "grew", "grown"}, {"see", "saw", "seen"}, {"spend", "spent"}, {"send", "sent"},
		{"build", "built"}, {"pay", "paid"}, {"lead", "led"}, {"hang", "hung"},
		{"shake", "shook", "shaken"}, {"wear", "wore", "worn"}, {"swear", "swore", "sworn"},
		{"withdraw", "withdrew", "withdrawn"}, {"beat", "beaten"}, {"forgiv", "forgav", "forgiven"},
		{"freez", "froze", "frozen"}, {"feel", "felt"}, {"keep", "kept"}, {"sleep", "slept"},
		{"sweep", "swept"}, {"teach", "taught"}, {"win", "won"}, {"get", "got", "gotten"},
		{"make", "made"}, {"come", "came"}, {"go", "went", "gone"},
		// irregular plurals and derived forms Snowball stems apart
		{"thief", "thiev"}, {"wife", "wive"}, {"knife", "knive"}, {"man", "men"}, {"woman", "women"},
		{"child", "children"}, {"person", "peopl"}, {"prosecutor", "prosecut"}, {"killer", "kill"},
		{"robberi", "robber", "rob"}, {"explos", "explod"}, {"acquisit", "acquir"}, {"collis", "collid"},
		{"nomin", "nomine"},
	}
	m := map[string]string{}
	for _, v := range verbs {
		for _, f := range v[1:] {
			m[f] = v[0]
		}
	}
	return m
}()

// british maps the Snowball stems of British spellings to those of the
// American ones ("jewelleri" to "jewelri", "neighbour" to "neighbor",
// "organis" to "organ"): outlets on both sides of the Atlantic tell one
// storyline. Only words whose British stem is no other word. A read-only
// table.
var british = map[string]string{
	"jewelleri": "jewelri", "neighbour": "neighbor", "neighbourhood": "neighborhood", "defenc": "defens",
	"offenc": "offens", "colour": "color", "centr": "center", "honour": "honor", "programm": "program",
	"favour": "favor", "labour": "labor", "organis": "organ", "apologis": "apolog", "criticis": "critic",
	"recognis": "recogn", "analys": "analyz", "theatr": "theater", "harbour": "harbor",
	"behaviour": "behavior", "tyre": "tire", "licenc": "licens", "grey": "gray", "paediatr": "pediatr",
	"anaesthet": "anesthet", "manoeuvr": "maneuv", "plough": "plow", "sceptic": "skeptic",
	"mould": "mold", "pyjama": "pajama", "aluminium": "aluminum", "gaol": "jail", "fuell": "fuel",
	"counsellor": "counselor", "rumour": "rumor", "vapour": "vapor", "armour": "armor",
	"vigour": "vigor", "endeavour": "endeavor", "odour": "odor", "tumour": "tumor",
	"saviour": "savior", "mobilis": "mobil", "realis": "realiz", "authoris": "author",
	"jeopardis": "jeopard", "minimis": "minim", "prioritis": "priorit", "publicis": "public",
	"scrutinis": "scrutin", "summaris": "summar", "sympathis": "sympath", "utilis": "util",
	"legalis": "legal", "normalis": "normal", "stabilis": "stabil", "hospitalis": "hospit",
	"paralys": "paralyz", "catalogu": "catalog", "dialog": "dialogu",
}

// canonical is the group stem of st (st itself outside any group), a
// British spelling read as the American one and an irregular verb form as
// its verb first.
func canonical(st string) string {
	if a, ok := british[st]; ok {
		st = a
	}
	if b, ok := irregular[st]; ok {
		st = b
	}
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

package claims

// stances maps word stems to a stance. Multi-word triggers ("open to") are
// handled in the extractor. The lexicon is general news language, written
// for this package.
var stances = map[string]string{
	"readi": "ready", "readiness": "ready", "willing": "ready", "willingness": "ready",
	"prepar": "ready", "prepared": "ready", "preparedness": "ready", "eager": "ready",
	"keen": "ready", "open": "ready", "openness": "ready",
	"refus": "refuse", "refusal": "refuse", "reject": "refuse", "rejection": "refuse",
	"unwil": "refuse", "unwilling": "refuse", "unwillingness": "refuse", "reluct": "refuse",
	"support": "support", "back": "support", "endors": "support", "welcom": "support",
	"oppos": "oppose", "opposit": "oppose", "condemn": "oppose", "denounc": "oppose",
	"demand": "demand", "insist": "demand", "urg": "demand", "call": "demand",
	"rebuf": "refuse", "rebuff": "refuse", "spurn": "refuse",
	"seek": "demand", "sought": "demand",
}

// readyWords are surface forms whose stem is ambiguous but which mean
// readiness only in front of "to"/"for" ("prepared", "open").
var needsPrep = map[string]bool{"prepar": true, "open": true, "call": true}

// objects maps word stems to a canonical object.
var objects = map[string]string{
	"negoti": "negotiations", "talk": "negotiations", "dialogu": "negotiations", "dialog": "negotiations",
	"discuss": "negotiations", "diplomaci": "negotiations", "mediat": "negotiations",
	"ceasefir": "ceasefire", "cease-fir": "ceasefire", "truce": "ceasefire", "armistic": "ceasefire",
	"settlement": "settlement", "agreement": "settlement", "deal": "settlement", "accord": "settlement",
	"arrang": "settlement", "compromis": "settlement", "treati": "settlement", "treaty": "settlement",
	"pact":     "settlement",
	"sanction": "sanctions", "embargo": "sanctions",
	"membership": "membership", "accession": "membership",
	"elect": "election", "referendum": "election",
	"withdraw": "withdrawal", "retreat": "withdrawal",
	"peac": "peace",
	"ban":  "ban", "resign": "resignation",
	// policies (policy.go): most are named enough alone ("the wall",
	// "tariffs"); a wage and a prosecutor make a claim only with what they
	// are ("a $15 minimum wage", "a special prosecutor"). Bills, plans,
	// policies and investigations were tried and left out: too many wrong
	// holders and stances on the spent samples.
	"wall": "wall", "tariff": "tariffs", "impeach": "impeachment", "amnesti": "amnesty",
	"deport": "deportation", "surveil": "surveillance", "wage": "wage", "prosecutor": "prosecutor",
}

// objectPhrase is how a stance and object read in a display text.
var objectPhrase = map[string]string{
	"negotiations": "negotiations", "ceasefire": "a ceasefire", "settlement": "an agreement",
	"sanctions": "sanctions", "membership": "membership", "election": "elections",
	"withdrawal": "a withdrawal", "peace": "peace", "ban": "a ban", "resignation": "a resignation",
	"wall": "a wall", "tariffs": "tariffs", "impeachment": "impeachment", "amnesty": "amnesty",
	"deportation": "deportations", "surveillance": "surveillance",
}

var stancePhrase = map[string]string{
	"ready": "ready for", "refuse": "refuses", "support": "supports", "oppose": "opposes",
	"demand": "demands",
}

// metonyms reads seats of government, capitals and demonyms as their
// country.
var metonyms = map[string]string{
	"moscow": "russia", "kremlin": "russia", "russian": "russia", "russians": "russia",
	"beijing": "china", "chinese": "china",
	"washington": "united states", "white house": "united states", "us": "united states",
	"u.s": "united states", "u.s.": "united states", "usa": "united states", "america": "united states",
	"american": "united states", "americans": "united states", "united states of america": "united states",
	"kyiv": "ukraine", "kiev": "ukraine", "ukrainian": "ukraine", "ukrainians": "ukraine",
	"london": "united kingdom", "downing street": "united kingdom", "britain": "united kingdom",
	"british": "united kingdom", "uk": "united kingdom",
	"paris": "france", "french": "france", "berlin": "germany", "german": "germany",
	"tehran": "iran", "iranian": "iran", "tokyo": "japan", "japanese": "japan",
	"new delhi": "india", "indian": "india", "ankara": "turkey", "turkish": "turkey",
	"jerusalem": "israel", "israeli": "israel", "brussels": "european union", "eu": "european union",
	"pyongyang": "north korea", "seoul": "south korea", "taipei": "taiwan",
}

// seats are the metonyms that are places, which name where an agreement
// was made when they qualify it.
var seats = map[string]bool{"moscow": true, "beijing": true, "washington": true, "kyiv": true, "kiev": true,
	"london": true, "paris": true, "berlin": true, "tehran": true, "tokyo": true, "ankara": true,
	"jerusalem": true, "brussels": true, "pyongyang": true, "seoul": true, "taipei": true}

// pronouns that stand for the article's main actor when no name precedes.
var pronouns = map[string]bool{"his": true, "her": true, "he": true, "she": true, "its": true}

// unresolved are pronouns that stand for no one this package can name
// ("They are not ready"): a stance after them gets no holder rather than the
// word itself as one. demonstratives do so only as a sentence's first word
// ("This readiness"); "said that the board was ready" goes on looking.
var unresolved = map[string]bool{"they": true, "them": true, "their": true, "it": true,
	"you": true, "your": true, "we": true, "i": true, "our": true, "my": true}

var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true, "there": true}

// orgHeads are head nouns by which a text refers back to an organisation it
// named ("the authority", "the council").
var orgHeads = map[string]bool{"authority": true, "council": true, "union": true, "ministry": true,
	"committee": true, "commission": true, "agency": true, "company": true, "board": true, "party": true,
	"alliance": true, "bloc": true, "organisation": true, "organization": true, "federation": true,
	"association": true, "government": true}

package events

import "strings"

// The petrarch2 unit tests (PETR.UnitTest.records.xml) are coded with
// PETR.Validate.verbs.txt, whose header says it "started out as part of a
// KEDS dictionary -- hence most of the codes are WEIS, not CAMEO". WEIS
// (McClelland's World Event/Interaction Survey) numbers its 22 categories
// differently from CAMEO's 20: 041 is praise (CAMEO 041 a phone call), 064
// granting diplomatic relations (CAMEO 064 sharing intelligence), 122
// denouncing (CAMEO 122 rejecting a request for aid), 212 an arrest (no
// CAMEO root 21). Reading them as CAMEO codes gave nonsense gold
// ("condemned" REJECT, "restore diplomatic ties" COOPERATE).
//
// weisPLOVER maps the WEIS codebook's codes to the gold records' category
// names, each through the CAMEO category that CAMEO.2.0.txt gives the same
// kind of act (praise 051, apology 055, signing 057, warning 130,
// postponing 120 under DELAY, expulsion 166). "-" marks statements
// (comments, denials), which PLOVER does not code, as CAMEO root 01 is.
// Codes outside the codebook (the validation dictionary's pattern markers
// 345, 802, 9xx, four-digit and lettered codes, and sub-codes WEIS lacks
// such as 036 or 162) have no entry.
var weisPLOVER = map[string]string{
	// 01 yield
	"010": "CONCEDE", "011": "CONCEDE", "012": "RETREAT", "013": "CONCEDE",
	// 02 comment
	"020": "-", "021": "-", "022": "-", "023": "-", "024": "-", "025": "-",
	// 03 consult: meet, visit, host
	"030": "CONSULT", "031": "CONSULT", "032": "CONSULT", "033": "CONSULT",
	// 04 approve: praise, endorse
	"040": "SUPPORT", "041": "SUPPORT", "042": "SUPPORT",
	// 05 promise: intent to cooperate or give
	"050": "AGREE", "051": "AGREE", "052": "AGREE", "053": "AGREE", "054": "AGREE",
	// 06 grant: apologise, invite, asylum, recognition, truce, release
	"061": "SUPPORT", "062": "CONSULT", "063": "AID", "064": "SUPPORT", "065": "RETREAT", "066": "RETREAT",
	// 07 reward: economic, military, other aid
	"070": "AID", "071": "AID", "072": "AID", "073": "AID",
	// 08 agree: a substantive agreement (signed, CAMEO 057), to meet or act
	"080": "AGREE", "081": "SUPPORT", "082": "AGREE",
	// 09 request
	"090": "DEMAND", "091": "DEMAND", "092": "DEMAND", "093": "DEMAND", "094": "DEMAND", "095": "DEMAND",
	// 10 propose: offer a proposal, urge
	"100": "DEMAND", "101": "DEMAND", "102": "DEMAND",
	// 11 reject: turn down, refuse, oppose
	"110": "REJECT", "111": "REJECT", "112": "REJECT",
	// 12 accuse: criticise, denounce
	"120": "DISAPPROVE", "121": "DISAPPROVE", "122": "DISAPPROVE",
	// 13 protest: complaints, informal and formal (CAMEO 114)
	"130": "DISAPPROVE", "131": "DISAPPROVE", "132": "DISAPPROVE",
	// 14 deny: a statement
	"140": "-", "141": "-", "142": "-",
	// 15 demand, 16 warn, 17 threaten
	"150": "DEMAND", "160": "THREATEN",
	"170": "THREATEN", "171": "THREATEN", "172": "THREATEN", "173": "THREATEN", "174": "THREATEN",
	// 18 demonstrate: protests and walkouts, force displays
	"181": "PROTEST", "182": "MOBILIZE",
	// 19 reduce relationship: postpone (CAMEO DELAY 120), reduce, halt aid or
	// talks, break relations (CAMEO 16)
	"190": "SANCTION", "191": "REJECT", "192": "SANCTION", "193": "SANCTION", "194": "SANCTION", "195": "SANCTION",
	// 20 expel (CAMEO 166)
	"200": "SANCTION", "201": "SANCTION", "202": "SANCTION",
	// 21 seize: possessions, arrests (CAMEO 171, 173)
	"210": "COERCE", "211": "COERCE", "212": "COERCE",
	// 22 force: destruction without injury (CAMEO 1712), irregular
	// violence (18), military engagement (19)
	"221": "COERCE", "222": "ASSAULT", "223": "FIGHT",
}

// WEISToPLOVER maps a WEIS event code ("041", "032:033", ":212") to a gold
// record category; "-" for a statement, "" for a code the WEIS codebook
// does not hold.
func WEISToPLOVER(code string) string {
	code = strings.TrimLeft(strings.TrimSpace(code), ":")
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	return weisPLOVER[code]
}

package entity

import "strings"

// nicknames maps an English diminutive of a given name to the formal name
// it shortens ("Rick Gates" and "Richard Gates" are one person). The table
// is written by hand for this project from common knowledge of English
// given names (a diminutive is a fact of usage, not anyone's text) and
// a few spelling variants ("Phillip" as "Philip"); it
// holds only diminutives that shorten one formal name in news usage and
// leaves out those that are given names in their own right or shorten a
// man's and a woman's name alike ("Jack", "Drew", "Jamie", "Alex", "Sam",
// "Chris", "Pat" are not in it).
var nicknames = map[string]string{
	"rick": "richard", "rich": "richard", "dick": "richard", "richie": "richard",
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
	"bill": "william", "billy": "william", "will": "william", "willie": "william",
	"mike": "michael", "mick": "michael", "mickey": "michael",
	"jim": "james", "jimmy": "james",
	"tom": "thomas", "tommy": "thomas",
	"tony": "anthony",
	"dan":  "daniel", "danny": "daniel",
	"dave": "david",
	"joe":  "joseph", "joey": "joseph",
	"ed": "edward", "eddie": "edward", "ned": "edward",
	"steve": "steven",
	"stan":  "stanley",
	"phil":  "philip",
	"ben":   "benjamin",
	"andy":  "andrew",
	"nick":  "nicholas",
	"matt":  "matthew",
	"greg":  "gregory",
	"jeff":  "jeffrey",
	"ken":   "kenneth", "kenny": "kenneth",
	"larry": "lawrence",
	"chuck": "charles", "charlie": "charles",
	"hank": "henry",
	"fred": "frederick", "freddie": "frederick",
	"mo":   "maurice",
	"doug": "douglas",
	"ron":  "ronald", "ronnie": "ronald",
	"don": "donald", "donnie": "donald",
	"gene": "eugene",
	"liz":  "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
	"kate": "katherine", "kathy": "katherine", "cathy": "catherine",
	"sue":   "susan",
	"peggy": "margaret", "maggie": "margaret", "meg": "margaret",
	"jenny": "jennifer", "jen": "jennifer",
	"becky":  "rebecca",
	"debbie": "deborah", "deb": "deborah",
	"vicky": "victoria",
	"pam":   "pamela",
	"barb":  "barbara",
}

// formalGiven returns the formal given name a diminutive shortens (lower
// case), or "" when w is none.
func formalGiven(w string) string {
	return nicknames[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// KnownGivenName reports whether w is a given name the learned first-name
// table holds ("Sarah"), one learned without a gender ("Manuel"), or a
// diminutive of one.
func KnownGivenName(w string) bool {
	return firstNames[w] != 0 || givenNames[w] || formalGiven(w) != ""
}

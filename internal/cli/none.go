package cli

import (
	"fmt"
	"strings"
)

// noneFound is the line an empty list prints: "no WHAT" and then the
// filters that were given, each naming its input ("no claims held by
// \"Nobdy\", in story 9"), so a mistyped name or a narrow filter is not read
// as an empty store. Empty filters (not given) are skipped.
func noneFound(what string, filters ...string) string {
	var by []string
	for _, f := range filters {
		if f != "" {
			by = append(by, f)
		}
	}
	if len(by) == 0 {
		return "no " + what
	}
	return "no " + what + " " + strings.Join(by, ", ")
}

// given is a filter of noneFound: label and the value as typed, quoted
// ("about \"talks\""); "" when v was not given.
func given(label, v string) string {
	if v == "" {
		return ""
	}
	return fmt.Sprintf("%s %q", label, v)
}

// givenID is a numbered filter of noneFound ("in story 9"); "" for 0.
func givenID(label string, id int64) string {
	if id == 0 {
		return ""
	}
	return fmt.Sprintf("%s %d", label, id)
}

// givenDays names a --from/--to pair for noneFound ("from 2024-01-01",
// "to 2024-02-01", or both).
func givenDays(d dayRange) string {
	var s []string
	if d.from != "" {
		s = append(s, "from "+d.from)
	}
	if d.to != "" {
		s = append(s, "to "+d.to)
	}
	return strings.Join(s, " ")
}

// onlyGiven tells whether the one filter first was given and none of the
// others were (so a hint about it alone is right).
func onlyGiven(first string, others ...string) bool {
	if first == "" {
		return false
	}
	for _, o := range others {
		if o != "" {
			return false
		}
	}
	return true
}

// atLeast names a minimum count filter ("in 3 or more articles"); "" for a
// minimum of 1 or less (the default: no filter).
func atLeast(n int, word string) string {
	if n <= 1 {
		return ""
	}
	return "of " + count(n, word) + " or more"
}

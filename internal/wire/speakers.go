package wire

import "strings"

// SpeakersMatched is what a list filtered by a speaker says when the name
// as typed matched more than one stored name (a surname: store.Speakers),
// in the CLI (on stderr) and on the pages alike, so the user can narrow:
// "“Kovrin” matched 2 names: Ana Kovrin, Piet Kovrin (give one to narrow)".
// "" when it matched one name or none.
func SpeakersMatched(typed string, names []string) string {
	if len(names) < 2 {
		return ""
	}
	return Given("", typed)[1:] + " matched " + Count(len(names), "name") + ": " + strings.Join(names, ", ") + " (give one to narrow)"
}

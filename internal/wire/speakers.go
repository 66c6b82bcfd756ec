package wire

import (
	"context"
	"strconv"
	"strings"
)

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

// maxHintNames bounds the names NameHint lists.
const maxHintNames = 5

// NameHint says why a list filtered by a name (events --actor, --target)
// came out empty, in the CLI (in parentheses after NoneFound's line), in
// the API ("hint") and on the pages alike: the stored names the filter
// matched, which have none of the listed things ("“Kovrin” matched Ana
// Kovrin, Piet Kovrin"; "“Ana Kovrin” is a stored name"), or, when it
// matched none, that no stored name has it and the names near it
// (store.NearNames: "no stored name has “Kovrn”; near it: Ana Kovrin").
// "" when typed is empty.
func NameHint(typed string, matched, near []string) string {
	if typed == "" {
		return ""
	}
	q := Given("", typed)[1:]
	if len(matched) == 1 && strings.EqualFold(strings.TrimSpace(typed), matched[0]) {
		return q + " is a stored name"
	}
	if len(matched) > 0 {
		return q + " matched " + listNames(matched)
	}
	if len(near) > 0 {
		return "no stored name has " + q + "; near it: " + listNames(near)
	}
	return "no stored name has " + q
}

// listNames joins names, the first maxHintNames of them and how many more.
func listNames(names []string) string {
	if len(names) <= maxHintNames {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:maxHintNames], ", ") + " and " + strconv.Itoa(len(names)-maxHintNames) + " more"
}

// NameFinder is what NameHintFor asks of the store.
type NameFinder interface {
	Speakers(ctx context.Context, name string) ([]string, error)
	NearNames(ctx context.Context, name string) ([]string, error)
}

// NameHintFor is NameHint for a name filter of an empty list: the stored
// names typed matches (store.Speakers), or, when none, those near it.
// "" when typed is blank.
func NameHintFor(ctx context.Context, st NameFinder, typed string) (string, error) {
	if strings.TrimSpace(typed) == "" {
		return "", nil
	}
	names, err := st.Speakers(ctx, typed)
	if err != nil {
		return "", err
	}
	var near []string
	if len(names) == 0 {
		if near, err = st.NearNames(ctx, typed); err != nil {
			return "", err
		}
	}
	return NameHint(typed, names, near), nil
}

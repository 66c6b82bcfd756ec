package ner

import "strings"

// KnownLower reports whether the word clusters (1.35 M tokens of news,
// cmd/clusters) saw w's lower-case form: a common word ("While", "Still"),
// not a name only ever written with a capital ("Hillary"). The embedded
// table is parsed once, on first use.
func KnownLower(w string) bool {
	_, ok := wordClusters()[strings.ToLower(w)]
	return ok
}

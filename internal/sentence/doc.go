// Package sentence splits news text into sentences and tokens, keeping byte
// offsets into the input.
//
// The splitter is rule-based and runs in one linear pass. It knows the traps
// of news copy: abbreviations ("U.S.", "Dept.", "Mr. Trump", "Oct. 30"),
// initials ("J. R. Smith"), decimals and glued dates ("3.5", "Oct.30"),
// closing quote marks after the full stop (`."` and `.”`), ellipses, and
// headlines with no full stop (a line break before a capitalised line and a
// blank line always end a sentence).
package sentence

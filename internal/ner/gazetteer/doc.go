// Package gazetteer holds storyline's hand-written name lists: countries with
// their demonyms, capitals and other names; regions and major cities;
// international organisations with their acronyms; and offices and titles.
//
// The lists are data files under data/, embedded with go:embed and parsed
// once on first use (see data/NOTE.md for how they were written). Every
// function here is safe for concurrent use.
package gazetteer

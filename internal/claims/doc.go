// Package claims finds recurring claims: statements normalised to a holder
// and a stance on an object ("Russia — ready for negotiations"), so that
// differently worded reports of the same line ("readiness for peace
// negotiations", "ready for talks", "preparedness for engaging in
// dialogues", "willingness to negotiate") group under one key.
//
// Normalisation uses Snowball stems and a small lexicon of general news
// predicates and objects (lexicon.go); the holder is the possessor of the
// predicate ("Russia's readiness"), else the nearest name before it, with
// capitals and seats of government read as their country ("Moscow",
// "the Kremlin" -> Russia). A Book groups claims across articles with their
// first and latest appearance and every occurrence.
package claims

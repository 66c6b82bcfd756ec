// Package entity turns the entity mentions of one article into entities
// under canonical names, and gives names a normalisation key so a store can
// keep one entity per real-world name across articles.
//
// Within an article, Resolve groups "Russian President Vladimir Putin",
// "Vladimir Putin" and "Putin" into one person named by the longest proper
// name, keeps "Russian President" and "President" as attributes, links role
// descriptions ("the Kremlin leader", "the minister") to the most recent
// person holding a matching role, takes "Shanghai Cooperation Organization
// (SCO)" to define the alias "SCO", and merges country aliases ("U.S.",
// "United States"). Result.EntityAt maps a span of the text (a quote's
// speaker) to its entity. Result.Gender gives a person's gender when the
// article says it (honorifics, gendered nouns, a first-name table learned
// from training data, unambiguous he/she), so pronouns never reach a person
// of the other gender. Span and type repairs the article's own words
// support (laws, counties, programmes, sentence openers, companies' short
// forms, a sentence-opening given name the tagger left out) run before the
// type vote; see NOTE.md.
//
// ActorCountry tells the events layer which state a demonym, capital or seat
// of government stands for ("Moscow" -> Russia); ActorAt does so only where
// the text uses the name as an actor ("Moscow insists", not "talks in
// Moscow"). Key gives the cross-article key of a name.
package entity

// Package novelty finds what is new in an article: the sentences that add
// information not present in the earlier articles of its storyline.
//
// A sentence's content is its Snowball stems without stop words and without
// attribution words ("said", "according to", "told": they wrap content,
// they are not content), with common news synonyms read as one ("refused"
// and "rejected", "talks" and "negotiations", "died" and "death"). A
// sentence is old when one earlier sentence of the storyline, or two
// together, held most of that content and it names no one new; when it
// only repeats a claim the storyline already holds (package claims: "ready
// for talks" after "readiness for negotiations"); or when nearly all its
// words were used before, part of it together, and it names nothing new. A
// name is new only when one of its words was never used in the storyline
// (a capitalised headline is not news), a number whenever the storyline
// never gave it. A name known under another form is no new name: its
// country ("Egyptian" after "Egypt"), its organisation ("FBI" after
// "Federal Bureau of Investigation"), the name whose initials it is ("KC"
// after "Kansas City"), its other number ("KO" after "KOs", which
// Snowball keeps apart), nor the capitalised first word of a sentence
// before a known name ("Critical IE patch" after "IE"); nor is a name
// first met as a source ("according to Tass"). An act verb the storyline
// never used ("confirmed", "declined") is news like a fresh name, even
// among old words. The
// writer's own comment (a word of judgement, no quotation marks, no
// first person, no attribution) that names nothing new, gives no new
// figure and reports no act is old; a date or time stamp carries nothing
// (aliases.go, comment.go). A short sentence that still reads as a statement
// ("Ukraine rejected the proposal.") is judged too: new when it uses a
// word, name or number the storyline never used; "replied" and
// "responded" wrap content like "said". A line too short to judge (a
// header, a dateline) is still remembered: its words and names were read.
// The reason names what is new, and Sentence.NewWords the words the
// storyline never used.
//
// The memory of each storyline is behind the Memory interface so that a
// store can persist it; NewMemMemory keeps a bounded number of sentences per
// storyline in memory, with an inverted index of their stems (index.go) so
// that judging a sentence visits only the remembered sentences sharing a
// word with it; for any other Memory the Detector indexes, once per
// article, the article's stems in what the storyline remembers. Both give
// the verdicts of comparing every remembered sentence (coverOf).
// `storyline eval novelty` measures the detector on
// real stories against hand verdicts (internal/eval/novelty_real.go).
package novelty

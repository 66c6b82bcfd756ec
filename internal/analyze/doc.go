// Package analyze is storyline's language layer: it fills an article's
// Entities, Quotes and Events.
//
// Entities come from the NER tagger (internal/ner) and the within-article
// canonicaliser (internal/entity); their resolved mention spans are handed
// to the quote finder (internal/quotes) and the event finder
// (internal/events) as one mention list, so a quote's speaker and an event's
// actor use the same canonical names as Article.Entities. When the tagger
// cannot be loaded, or Options.Heuristic is set, quotes.Heuristic stands in.
//
// An Analyzer is an ingest.Stage: Process analyses one article in place and
// is safe for concurrent use.
package analyze

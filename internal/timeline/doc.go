// Package timeline tells how a storyline moved: its stories in time order,
// what each story added that the storyline's earlier stories had not said
// (judged by package novelty in publication order, whatever order the
// articles reached the store in: ingest judges each article as it arrives
// and Renew judges a storyline again in publication order where the two
// orders differ), and which recurring claims each story voiced first or
// repeated.
//
// It reads a store through store.Store and keeps no state of its own, so
// the CLI (`storyline storylines ID`), the JSON API
// (/api/storylines/{id}) and the web page (/storylines/{id}) show one
// and the same timeline.
package timeline

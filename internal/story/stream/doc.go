// Package stream runs the story stages over documents in arrival order
// without a store: near-duplicate detection (package dedup), claims
// (package claims) and story and storyline clustering (package story), each
// article once. `storyline cluster`, `storyline eval clustering` and the
// scale benchmark use it; ingest with a store composes the same stages over
// persistent state.
package stream

// Package ingest runs the pipeline from inputs to the store: sources yield
// documents, a bounded pool of workers extracts (and, when configured,
// analyses) them, and one writer stores them in transactional batches, in
// input order, so that a crash loses nothing committed and a re-run, which
// skips what is already stored by content hash, completes the rest.
package ingest

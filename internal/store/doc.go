// Package store keeps articles and what the pipeline learns about them. The
// Store interface is what every stage and the server talk to; Open returns the
// embedded SQLite implementation (a PostgreSQL one can sit behind the same
// interface when many workers share the work).
package store

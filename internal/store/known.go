package store

import (
	"context"
	"database/sql"
	"errors"
)

// A HashLookup finds a stored article by its content hash. ingest uses it
// to skip the language layer for content already stored: a re-run, a watch
// round reading a directory again, a load of identical copies.
type HashLookup interface {
	// StoredHash returns the ID of the article stored with hash, 0 when
	// none is.
	StoredHash(ctx context.Context, hash string) (int64, error)
}

// StoredHash implements HashLookup.
func (s *sqliteStore) StoredHash(ctx context.Context, hash string) (int64, error) {
	var id int64
	err := s.rd.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

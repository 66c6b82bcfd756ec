package store

import "context"

// upgradeAdvice says, for a schema version whose migration cannot fill
// in what articles stored before it lack, what the user should run: the
// migration only adds the table, because filling it needs the articles
// analysed again.
var upgradeAdvice = map[int]string{
	18: "statements of articles stored before this upgrade are not yet compared with later articles' " +
		"(the same claim in other words): run `storyline reanalyze` once to compare them",
}

// An Upgraded store was opened on a file an older storyline wrote, and a
// migration left work for the user. The SQLite store implements it.
type Upgraded interface {
	// UpgradeAdvice lists what to run, one line per migration that
	// needs it; none for a new store or one without articles.
	UpgradeAdvice() []string
}

func (s *sqliteStore) UpgradeAdvice() []string { return s.advice }

// noteUpgrade records the advice of migration v on a store that held
// articles before it (from is the version the store had).
func (s *sqliteStore) noteUpgrade(ctx context.Context, from, v int) error {
	msg, ok := upgradeAdvice[v]
	if !ok || from == 0 {
		return nil
	}
	var held bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM articles)`).Scan(&held); err != nil {
		return err
	}
	if held {
		s.advice = append(s.advice, msg)
	}
	return nil
}

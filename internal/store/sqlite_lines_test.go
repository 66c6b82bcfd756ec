package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story"
)

// TestLinesDetachMatchesInMemory: the store's storylines union-find and the
// in-memory one give every line the same storyline after the same unions
// and detachments (so `storyline cluster --json` and ingest agree), the
// store's answer survives a reopen, a detached line is a storyline of its
// own under its own id, and the novelty memory of a storyline whose id
// moves moves with it.
func TestLinesDetachMatchesInMemory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	const n = 40
	mem := story.NewMemState(story.MemOptions{}).Lines()
	rng := rand.New(rand.NewPCG(7, 21))
	type op struct {
		detach bool
		a, b   story.LineID
	}
	var ops []op
	for range 300 {
		a, b := story.LineID(1+rng.IntN(n)), story.LineID(1+rng.IntN(n))
		ops = append(ops, op{rng.IntN(4) == 0, a, b})
	}
	// A storyline with novelty memory whose id (line 1) leaves it.
	ops = append(ops, op{false, 1, 30}, op{false, 30, 31})
	inStore := func(s Store, f func(l *linkState) error) {
		t.Helper()
		ss := s.(*sqliteStore)
		if err := ss.inTx(ctx, func(tx *sql.Tx) error {
			ss.ls.begin(tx)
			defer ss.ls.end()
			return f(ss.ls)
		}); err != nil {
			t.Fatal(err)
		}
	}
	st := openTest(t, path)
	inStore(st, func(l *linkState) error {
		for _, o := range ops {
			var err, merr error
			if o.detach {
				err, merr = l.Detach(ctx, o.a), mem.Detach(ctx, o.a)
			} else {
				_, err = l.Union(ctx, o.a, o.b)
				_, merr = mem.Union(ctx, o.a, o.b)
			}
			if err != nil || merr != nil {
				return fmt.Errorf("%+v: store %v, memory %v", o, err, merr)
			}
		}
		root, err := l.Find(ctx, 1)
		if err != nil {
			return err
		}
		_, err = l.ExecContext(ctx, `INSERT INTO novelty_keys(line, key) VALUES (?, 'k')`, int64(root))
		return err
	})
	if err := mem.Detach(ctx, 1); err != nil {
		t.Fatal(err)
	}
	inStore(st, func(l *linkState) error { return l.Detach(ctx, 1) })
	st.Close()
	st = openTest(t, path)
	inStore(st, func(l *linkState) error {
		for x := story.LineID(1); x <= n; x++ {
			got, err := l.Find(ctx, x)
			if err != nil {
				return err
			}
			want, _ := mem.Find(ctx, x)
			if got != want {
				t.Errorf("line %d: store says storyline %d, memory %d", x, got, want)
			}
		}
		if got, _ := l.Find(ctx, 1); got != 1 {
			t.Errorf("detached line 1 is in storyline %d", got)
		}
		rest, _ := l.Find(ctx, 30)
		if rest == 1 {
			t.Fatal("line 30 left with line 1")
		}
		var line int64
		if err := l.QueryRowContext(ctx, `SELECT line FROM novelty_keys WHERE key = 'k'`).Scan(&line); err != nil {
			return err
		}
		if line != int64(rest) {
			t.Errorf("novelty key kept by storyline %d, want %d (the storyline line 1 left)", line, rest)
		}
		return nil
	})
}

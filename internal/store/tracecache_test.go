package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/novelty"
)

// directTraces is what Traces read before the cache: the whole window.
func directTraces(t *testing.T, tx *sql.Tx, line int64) []novelty.Trace {
	t.Helper()
	rows, err := tx.Query(`SELECT trace FROM (SELECT id, trace FROM novelty_traces WHERE line = ? ORDER BY id DESC LIMIT ?) ORDER BY id`, line, maxTraces)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []novelty.Trace
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		tr := make(novelty.Trace, len(b)/8)
		for i := range tr {
			tr[i] = binary.LittleEndian.Uint64(b[8*i:])
		}
		out = append(out, tr)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTracesCachedAreDirect drives two stores on one file (each the other's
// concurrent writer) through random transactions: Remember, Traces, rows
// moved between lines (as Union does), commits and rollbacks (whose ids the
// next transaction reuses for other traces), with a cache small enough to
// evict. Every Traces must equal the direct read of the window, including a
// line past maxTraces.
func TestTracesCachedAreDirect(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	stores := []*sqliteStore{openTest(t, path).(*sqliteStore), openTest(t, path).(*sqliteStore)}
	for _, s := range stores {
		s.ls.traces = newTraceCache(40)
	}
	rnd := rand.New(rand.NewSource(7))
	trace := func() novelty.Trace {
		tr := make(novelty.Trace, 1+rnd.Intn(5))
		for i := range tr {
			tr[i] = uint64(rnd.Intn(1000))
		}
		return tr
	}
	run := func(s *sqliteStore, commit bool, fn func(tx *sql.Tx)) {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.ls.begin(tx)
		fn(tx)
		s.ls.end()
		if commit {
			err = tx.Commit()
		} else {
			err = tx.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	check := func(s *sqliteStore, tx *sql.Tx, line int64) {
		t.Helper()
		got, err := s.ls.Traces(ctx, line)
		if err != nil {
			t.Fatal(err)
		}
		if want := directTraces(t, tx, line); !reflect.DeepEqual(got, want) {
			t.Fatalf("line %d: cached traces differ from the stored window (%d against %d)", line, len(got), len(want))
		}
	}
	// A line longer than the window, read once so that it is cached.
	run(stores[0], true, func(tx *sql.Tx) {
		big := make([]novelty.Trace, maxTraces+30)
		for i := range big {
			big[i] = trace()
		}
		if err := stores[0].ls.Remember(ctx, 9, big, nil); err != nil {
			t.Fatal(err)
		}
	})
	stores[0].ls.traces = newTraceCache(2 * maxTraces)
	for round := 0; round < 200; round++ {
		s := stores[rnd.Intn(2)]
		run(s, rnd.Intn(3) > 0, func(tx *sql.Tx) {
			for op := 0; op < 1+rnd.Intn(6); op++ {
				line := int64(1 + rnd.Intn(4))
				if round%50 == 0 {
					line = 9
				}
				switch rnd.Intn(5) {
				case 0, 1:
					trs := make([]novelty.Trace, 1+rnd.Intn(4))
					for i := range trs {
						trs[i] = trace()
					}
					if err := s.ls.Remember(ctx, line, trs, nil); err != nil {
						t.Fatal(err)
					}
				case 2:
					to := int64(1 + rnd.Intn(4))
					if _, err := s.ls.ExecContext(ctx, `UPDATE novelty_traces SET line = ? WHERE line = ?`, to, line); err != nil {
						t.Fatal(err)
					}
				default:
					check(s, tx, line)
				}
			}
			for line := int64(1); line <= 4; line++ {
				check(s, tx, line)
			}
		})
	}
	run(stores[1], false, func(tx *sql.Tx) { check(stores[1], tx, 9) })
}

// TestSetSentencesWritesOnlyChanges: shorter, longer, changed, unchanged
// and gapped stored lists all end up as the judged sentences, exactly.
func TestSetSentencesWritesOnlyChanges(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	s := st.(*sqliteStore)
	arts := linkCorpus()[:4]
	res, err := st.PutBatch(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	sent := func(text string, isNew bool, reason string) core.Sentence {
		return core.Sentence{Text: text, New: isNew, Reason: reason}
	}
	a, b, c, d := res[0].ID, res[1].ID, res[2].ID, res[3].ID
	stored := func(id int64) []core.Sentence {
		t.Helper()
		rows, err := s.db.Query(`SELECT idx, text, new, reason FROM article_sentences WHERE article_id = ? ORDER BY idx`, id)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []core.Sentence
		for i := 0; rows.Next(); i++ {
			var idx int
			var x core.Sentence
			if err := rows.Scan(&idx, &x.Text, &x.New, &x.Reason); err != nil {
				t.Fatal(err)
			}
			if idx != i {
				t.Fatalf("article %d: idx %d at %d", id, idx, i)
			}
			out = append(out, x)
		}
		return out
	}
	first := map[int64][]core.Sentence{
		a: {sent("One.", true, ""), sent("Two.", false, "repeats"), sent("Three.", true, "")},
		b: {sent("Alpha.", true, "")},
		c: {sent("Keep.", false, "x"), sent("Same.", true, "")},
		d: {sent("Gone.", true, "")},
	}
	if err := st.(NoveltyWriter).SetSentences(ctx, first); err != nil {
		t.Fatal(err)
	}
	// A gap in d's stored idx, as no writer leaves it.
	if _, err := s.db.Exec(`INSERT INTO article_sentences(article_id, idx, text, new, reason) VALUES (?, 5, 'Stray.', 0, '')`, d); err != nil {
		t.Fatal(err)
	}
	second := map[int64][]core.Sentence{
		a:      {sent("One.", true, ""), sent("Two.", true, "")},                                                 // shorter, one verdict changed
		b:      {sent("Alpha!", true, ""), sent("Beta.", false, "r"), sent("Gamma.", true, core.ReasonTooShort)}, // text changed, longer
		c:      {sent("Keep.", false, "x"), sent("Same.", true, "")},                                             // unchanged
		d:      {sent("New one.", false, "y"), sent("Two.", true, "")},
		999999: {sent("No such article.", true, "")},
	}
	if err := st.(NoveltyWriter).SetSentences(ctx, second); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{a, b, c, d} {
		if got := stored(id); !reflect.DeepEqual(got, second[id]) {
			t.Errorf("article %d: stored %+v, want %+v", id, got, second[id])
		}
	}
	if got := stored(999999); got != nil {
		t.Errorf("sentences stored for an article that is not: %+v", got)
	}
}

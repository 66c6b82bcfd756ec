package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/dedup"
	"github.com/storyline/storyline/internal/novelty"
	"github.com/storyline/storyline/internal/story"
)

// linkState keeps the link stage's state in SQLite tables (schema version
// 2), inside the transaction of the batch being stored: tx is set by PutBatch
// for the duration of one batch. It implements dedup.Index, story.State,
// story.Lines and novelty.Memory. It is NOT safe for concurrent use; the
// store serialises writers.
type linkState struct {
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt // prepared on tx, closed by end
	touched []int64              // stories Put since takeTouched
	// stories holds the stories loaded or stored in this transaction, so
	// that one decoded copy serves every article of the batch (the
	// clusterer reads a candidate several times per article). Like the
	// in-memory state it hands out the same pointer each time; it is
	// dropped with the transaction, so a rollback leaves nothing behind.
	stories map[story.StoryID]*story.Story
	// traces caches novelty traces of committed rows across transactions
	// (see traceCache); ownMin is the first novelty_traces id this
	// transaction inserted (0: none yet), idBuf a scratch list of ids.
	traces *traceCache
	ownMin int64
	idBuf  []int64
	// ownTraces holds the traces this transaction inserted, by id: a
	// batch's later articles read them back without decoding; dropped
	// with the transaction.
	ownTraces map[int64]novelty.Trace
}

// takeTouched returns the stories stored since the last call.
func (l *linkState) takeTouched() []int64 {
	t := l.touched
	l.touched = nil
	return t
}

// begin binds the state to tx; end closes the statements prepared on it.
func (l *linkState) begin(tx *sql.Tx) {
	l.tx, l.stmts, l.touched, l.stories = tx, map[string]*sql.Stmt{}, nil, map[story.StoryID]*story.Story{}
	l.ownMin, l.ownTraces = 0, nil
}

func (l *linkState) end() {
	for _, st := range l.stmts {
		st.Close()
	}
	l.tx, l.stmts, l.stories = nil, nil, nil
	l.ownMin, l.ownTraces = 0, nil
}

// stmt returns query prepared on the current transaction, once per batch:
// the link stage runs the same few statements thousands of times.
func (l *linkState) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if l.tx == nil {
		return nil, errNoTx
	}
	if st, ok := l.stmts[query]; ok {
		return st, nil
	}
	st, err := l.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	l.stmts[query] = st
	return st, nil
}

func (l *linkState) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := l.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (l *linkState) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := l.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a cached statement; a preparation error surfaces
// from Scan, as with sql.Tx.
func (l *linkState) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := l.stmt(ctx, query)
	if err != nil {
		return l.tx.QueryRowContext(ctx, query, args...) // reports the same error on Scan
	}
	return st.QueryRowContext(ctx, args...)
}

var (
	_ dedup.Index    = (*linkState)(nil)
	_ story.State    = (*linkState)(nil)
	_ story.Lines    = (*linkState)(nil)
	_ novelty.Memory = (*linkState)(nil)
)

var errNoTx = errors.New("link state used outside a store transaction")

func (l *linkState) q() (*sql.Tx, error) {
	if l.tx == nil {
		return nil, errNoTx
	}
	return l.tx, nil
}

// --- dedup.Index ---

func (l *linkState) Add(ctx context.Context, id string, sig dedup.Signature, keys []uint64) error {
	_, err := l.q()
	if err != nil {
		return err
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	r, err := l.ExecContext(ctx, `INSERT INTO minhash(doc, sig) VALUES (?, ?)`, id, b)
	if err != nil {
		return fmt.Errorf("dedup add %s: %w", id, err)
	}
	mid, err := r.LastInsertId()
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := l.ExecContext(ctx, `INSERT OR IGNORE INTO minhash_bands(band, minhash_id) VALUES (?, ?)`, int64(k), mid); err != nil {
			return fmt.Errorf("dedup add %s: %w", id, err)
		}
	}
	return nil
}

func (l *linkState) Candidates(ctx context.Context, keys []uint64) ([]dedup.Entry, error) {
	_, err := l.q()
	if err != nil || len(keys) == 0 {
		return nil, err
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = int64(k)
	}
	rows, err := l.QueryContext(ctx, `SELECT m.doc, m.sig FROM minhash m WHERE m.id IN
		(SELECT minhash_id FROM minhash_bands WHERE band IN (`+placeholders(len(keys))+`)) ORDER BY m.id LIMIT 256`, args...)
	if err != nil {
		return nil, fmt.Errorf("dedup candidates: %w", err)
	}
	defer rows.Close()
	var out []dedup.Entry
	for rows.Next() {
		var e dedup.Entry
		var b []byte
		if err := rows.Scan(&e.ID, &b); err != nil {
			return nil, err
		}
		e.Sig = make(dedup.Signature, len(b)/4)
		for i := range e.Sig {
			e.Sig[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// --- story.State ---

func (l *linkState) counter(ctx context.Context, name string, delta int64) (int64, error) {
	_, err := l.q()
	if err != nil {
		return 0, err
	}
	var v int64
	err = l.QueryRowContext(ctx, `UPDATE link_meta SET value = value + ? WHERE name = ? RETURNING value`, delta, name).Scan(&v)
	return v, err
}

func (l *linkState) Observe(ctx context.Context, keys []story.Key) ([]int, int, error) {
	_, err := l.q()
	if err != nil {
		return nil, 0, err
	}
	n, err := l.counter(ctx, "docs", 1)
	if err != nil {
		return nil, 0, fmt.Errorf("observe: %w", err)
	}
	stmt, err := l.stmt(ctx, `INSERT INTO story_df(key, df) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET df = df + 1 RETURNING df`)
	if err != nil {
		return nil, 0, fmt.Errorf("observe: %w", err)
	}
	df := make([]int, len(keys))
	for i, k := range keys {
		if err := stmt.QueryRowContext(ctx, int64(k)).Scan(&df[i]); err != nil {
			return nil, 0, fmt.Errorf("observe %x: %w", uint64(k), err)
		}
	}
	return df, int(n), nil
}

func (l *linkState) NewStoryID(ctx context.Context) (story.StoryID, error) {
	v, err := l.counter(ctx, "stories", 1)
	return story.StoryID(v), err
}

func (l *linkState) Story(ctx context.Context, id story.StoryID) (*story.Story, bool, error) {
	_, err := l.q()
	if err != nil {
		return nil, false, err
	}
	if s, ok := l.stories[id]; ok {
		return s, true, nil
	}
	var s story.Story
	var state string
	err = l.QueryRowContext(ctx, `SELECT state FROM stories WHERE id = ?`, int64(id)).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("story %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(state), &s); err != nil {
		return nil, false, fmt.Errorf("story %d: %w", id, err)
	}
	if l.stories != nil {
		l.stories[id] = &s
	}
	return &s, true, nil
}

func (l *linkState) Put(ctx context.Context, s *story.Story, index []story.Key) error {
	_, err := l.q()
	if err != nil {
		return err
	}
	l.touched = append(l.touched, int64(s.ID))
	if l.stories != nil {
		l.stories[s.ID] = s
	}
	state, err := json.Marshal(s) // the whole story; the columns repeat what queries need
	if err != nil {
		return err
	}
	if _, err := l.ExecContext(ctx, `INSERT INTO stories(id, line, size, first, last, seq, active, merged_into, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET line = excluded.line, size = excluded.size, first = excluded.first, last = excluded.last,
		seq = excluded.seq, active = excluded.active, merged_into = excluded.merged_into, state = excluded.state`,
		int64(s.ID), int64(s.Line), s.Size, timeText(s.First), timeText(s.Last), s.Seq, s.Active, int64(s.MergedInto), string(state)); err != nil {
		return fmt.Errorf("put story %d: %w", s.ID, err)
	}
	if _, err := l.ExecContext(ctx, `DELETE FROM story_postings WHERE story_id = ?`, int64(s.ID)); err != nil {
		return fmt.Errorf("put story %d: %w", s.ID, err)
	}
	if !s.Active {
		return nil
	}
	for _, k := range index {
		if _, err := l.ExecContext(ctx, `INSERT OR IGNORE INTO story_postings(key, seq, story_id) VALUES (?, ?, ?)`, int64(k), s.Seq, int64(s.ID)); err != nil {
			return fmt.Errorf("put story %d: %w", s.ID, err)
		}
	}
	return nil
}

func (l *linkState) Lookup(ctx context.Context, key story.Key, limit int) ([]story.StoryID, int, error) {
	_, err := l.q()
	if err != nil {
		return nil, 0, err
	}
	var total int
	if err := l.QueryRowContext(ctx, `SELECT COUNT(*) FROM story_postings WHERE key = ?`, int64(key)).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("lookup %x: %w", uint64(key), err)
	}
	if total == 0 {
		return nil, 0, nil
	}
	// Most recent first, read backwards along the primary key (key, seq,
	// story_id); a story's postings carry the seq of its latest Put.
	rows, err := l.QueryContext(ctx, `SELECT story_id FROM (SELECT story_id FROM story_postings
		WHERE key = ? ORDER BY seq DESC, story_id DESC LIMIT ?) ORDER BY story_id`, int64(key), limit)
	if err != nil {
		return nil, 0, fmt.Errorf("lookup %x: %w", uint64(key), err)
	}
	ids, err := scanStoryIDs(rows)
	return ids, total, err
}

func scanStoryIDs(rows *sql.Rows) ([]story.StoryID, error) {
	defer rows.Close()
	var ids []story.StoryID
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, story.StoryID(id))
	}
	return ids, rows.Err()
}

func (l *linkState) Stale(ctx context.Context, beforeSeq int64, maxActive int) ([]story.StoryID, error) {
	_, err := l.q()
	if err != nil {
		return nil, err
	}
	old, err := l.QueryContext(ctx, `SELECT id FROM stories WHERE active = 1 AND seq < ? ORDER BY seq, id`, beforeSeq)
	if err != nil {
		return nil, fmt.Errorf("stale: %w", err)
	}
	ids, err := scanStoryIDs(old)
	if err != nil || maxActive <= 0 {
		return ids, err
	}
	var rest int
	if err := l.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories WHERE active = 1 AND seq >= ?`, beforeSeq).Scan(&rest); err != nil {
		return nil, fmt.Errorf("stale: %w", err)
	}
	if over := rest - maxActive; over > 0 {
		more, err := l.QueryContext(ctx, `SELECT id FROM stories WHERE active = 1 AND seq >= ? ORDER BY seq, id LIMIT ?`, beforeSeq, over)
		if err != nil {
			return nil, fmt.Errorf("stale: %w", err)
		}
		extra, err := scanStoryIDs(more)
		if err != nil {
			return nil, err
		}
		ids = append(ids, extra...)
	}
	return ids, nil
}

// ActiveStories lists the active stories (the learned merges at the end of
// a load look at them), by id.
func (l *linkState) ActiveStories(ctx context.Context) ([]story.StoryID, error) {
	if _, err := l.q(); err != nil {
		return nil, err
	}
	rows, err := l.QueryContext(ctx, `SELECT id FROM stories WHERE active = 1 AND merged_into = 0 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("active stories: %w", err)
	}
	return scanStoryIDs(rows)
}

// LoadScratch returns the story clusterer's saved short-term memory.
func (l *linkState) LoadScratch(ctx context.Context) ([]byte, error) {
	if _, err := l.q(); err != nil {
		return nil, err
	}
	var b []byte
	err := l.QueryRowContext(ctx, `SELECT value FROM link_scratch WHERE name = 'story'`).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("story scratch: %w", err)
	}
	return b, nil
}

// SaveScratch stores the story clusterer's short-term memory, in the
// current transaction.
func (l *linkState) SaveScratch(ctx context.Context, b []byte) error {
	if _, err := l.q(); err != nil {
		return err
	}
	if _, err := l.ExecContext(ctx, `INSERT INTO link_scratch(name, value) VALUES ('story', ?)
		ON CONFLICT(name) DO UPDATE SET value = excluded.value`, b); err != nil {
		return fmt.Errorf("story scratch: %w", err)
	}
	return nil
}

var _ story.ScratchState = (*linkState)(nil)

// The learned merges find the active stories through this method.
var _ interface {
	ActiveStories(context.Context) ([]story.StoryID, error)
} = (*linkState)(nil)

func (l *linkState) Lines() story.Lines { return l }

// --- story.Lines ---

func (l *linkState) Find(ctx context.Context, x story.LineID) (story.LineID, error) {
	_, err := l.q()
	if err != nil {
		return 0, err
	}
	return findLine(ctx, l, x)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func findLine(ctx context.Context, q queryRower, x story.LineID) (story.LineID, error) {
	for i := 0; i < 1000; i++ {
		var p int64
		err := q.QueryRowContext(ctx, `SELECT parent FROM storylines WHERE id = ?`, int64(x)).Scan(&p)
		if errors.Is(err, sql.ErrNoRows) || story.LineID(p) == x {
			return x, nil
		}
		if err != nil {
			return 0, fmt.Errorf("storyline %d: %w", x, err)
		}
		x = story.LineID(p)
	}
	return 0, fmt.Errorf("storyline %d: parent chain too long", x)
}

func (l *linkState) Union(ctx context.Context, a, b story.LineID) (story.LineID, error) {
	_, err := l.q()
	if err != nil {
		return 0, err
	}
	ra, err := findLine(ctx, l, a)
	if err != nil {
		return 0, err
	}
	rb, err := findLine(ctx, l, b)
	if err != nil || ra == rb {
		return ra, err
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	if _, err := l.ExecContext(ctx, `INSERT INTO storylines(id, parent) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET parent = excluded.parent`, int64(rb), int64(ra)); err != nil {
		return 0, fmt.Errorf("union storylines %d, %d: %w", a, b, err)
	}
	// What the absorbed storyline remembered now belongs to the survivor.
	if _, err := l.ExecContext(ctx, `UPDATE novelty_traces SET line = ? WHERE line = ?`, int64(ra), int64(rb)); err != nil {
		return 0, err
	}
	if _, err := l.ExecContext(ctx, `INSERT OR IGNORE INTO novelty_keys(line, key) SELECT ?, key FROM novelty_keys WHERE line = ?`, int64(ra), int64(rb)); err != nil {
		return 0, err
	}
	return ra, nil
}

func (l *linkState) Detach(ctx context.Context, x story.LineID) error {
	_, err := l.q()
	if err != nil {
		return err
	}
	root, err := findLine(ctx, l, x)
	if err != nil {
		return err
	}
	to := root
	if root == x {
		// The smallest other line of x's storyline is its id now. A line's
		// parent is always smaller than the line (Union points the larger
		// root at the smaller; Detach re-points x's children at a line
		// smaller than each), so that line is one of x's children:
		// storylines_parent finds them without walking the tree.
		var m sql.NullInt64
		err := l.QueryRowContext(ctx, `SELECT min(id) FROM storylines WHERE parent = ? AND id != ?`, int64(x), int64(x)).Scan(&m)
		if err != nil {
			return fmt.Errorf("detach storyline %d: %w", x, err)
		}
		if !m.Valid {
			return nil // alone already
		}
		to = story.LineID(m.Int64)
	}
	for _, q := range []string{
		`UPDATE storylines SET parent = ?1 WHERE parent = ?2`,
		`DELETE FROM storylines WHERE id = ?2 OR (id = ?1 AND parent = ?1)`,
		// What x remembered belongs to the storyline it leaves (as in Union).
		`UPDATE novelty_traces SET line = ?1 WHERE line = ?2`,
		`INSERT OR IGNORE INTO novelty_keys(line, key) SELECT ?1, key FROM novelty_keys WHERE line = ?2`,
		`DELETE FROM novelty_keys WHERE line = ?2`,
	} {
		if _, err := l.ExecContext(ctx, q, int64(to), int64(x)); err != nil {
			return fmt.Errorf("detach storyline %d: %w", x, err)
		}
	}
	return nil
}

func (l *linkState) ActorLookup(ctx context.Context, key story.Key, limit int) ([]story.StoryID, error) {
	_, err := l.q()
	if err != nil {
		return nil, err
	}
	rows, err := l.QueryContext(ctx, `SELECT story_id FROM story_actors WHERE key = ? ORDER BY seq DESC LIMIT ?`, int64(key), limit)
	if err != nil {
		return nil, fmt.Errorf("actor lookup %x: %w", uint64(key), err)
	}
	return scanStoryIDs(rows)
}

func (l *linkState) AddActors(ctx context.Context, id story.StoryID, keys []story.Key) error {
	_, err := l.q()
	if err != nil {
		return err
	}
	for _, k := range keys {
		// Re-adding moves the story to the most recent position.
		if _, err := l.ExecContext(ctx, `DELETE FROM story_actors WHERE key = ? AND story_id = ?`, int64(k), int64(id)); err != nil {
			return err
		}
		if _, err := l.ExecContext(ctx, `INSERT INTO story_actors(key, story_id) VALUES (?, ?)`, int64(k), int64(id)); err != nil {
			return fmt.Errorf("add actors of story %d: %w", id, err)
		}
	}
	return nil
}

// --- novelty.Memory ---

// maxTraces bounds what one storyline remembers (the most recent sentences).
const maxTraces = 5000

// Traces reads the ids of line's window (the most recent maxTraces rows,
// from the index alone) and decodes only the rows it has not cached: at
// ingest every article of a storyline would otherwise read and decode the
// whole window again. The result is what the full query returns (see
// traceCache for why a cached row is never stale).
func (l *linkState) Traces(ctx context.Context, line int64) ([]novelty.Trace, error) {
	_, err := l.q()
	if err != nil {
		return nil, err
	}
	// The ids come as one text (a row each would cost more in the driver
	// than reading them); sorted here, so no order of the aggregate is
	// relied on.
	var list sql.NullString
	if err := l.QueryRowContext(ctx, `SELECT group_concat(id) FROM (SELECT id FROM novelty_traces WHERE line = ? ORDER BY id DESC LIMIT ?)`, line, maxTraces).Scan(&list); err != nil {
		return nil, fmt.Errorf("traces of storyline %d: %w", line, err)
	}
	ids, err := parseIDs(list.String, l.idBuf[:0])
	if err != nil {
		return nil, fmt.Errorf("traces of storyline %d: %w", line, err)
	}
	if sort.SliceIsSorted(ids, func(i, j int) bool { return ids[i] > ids[j] }) {
		for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
			ids[i], ids[j] = ids[j], ids[i]
		}
	} else {
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	}
	l.idBuf = ids
	if l.traces == nil {
		l.traces = newTraceCache(maxCachedTraces)
	}
	// Rows this transaction inserted (ids from ownMin on) may vanish with a
	// rollback; they are read but not cached.
	committed := len(ids)
	if l.ownMin > 0 {
		committed = sort.Search(len(ids), func(i int) bool { return ids[i] >= l.ownMin })
	}
	have := l.traces.get(line)
	if have != nil && committed == len(ids) && equalIDs(have.ids, ids) {
		return have.traces[:len(have.traces):len(have.traces)], nil
	}
	// Reuse what the cache holds, fetch the rest from the first missing id.
	out := make([]novelty.Trace, len(ids))
	first := -1
	if have != nil {
		j := 0
		for i, id := range ids {
			for j < len(have.ids) && have.ids[j] < id {
				j++
			}
			if j < len(have.ids) && have.ids[j] == id {
				out[i] = have.traces[j]
			} else if tr, ok := l.ownTraces[id]; ok {
				out[i] = tr
			} else if first < 0 {
				first = i
			}
		}
	} else {
		for i, id := range ids {
			if tr, ok := l.ownTraces[id]; ok {
				out[i] = tr
			} else if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 {
		if err := l.fetchTraces(ctx, line, ids, out, first); err != nil {
			return nil, err
		}
	}
	if have == nil || !equalIDs(have.ids, ids[:committed]) {
		l.traces.put(line, append([]int64(nil), ids[:committed]...), out[:committed:committed])
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// fetchTraces fills the nil entries of out (aligned with ids, ascending)
// from the rows of line with ids from ids[first] on.
func (l *linkState) fetchTraces(ctx context.Context, line int64, ids []int64, out []novelty.Trace, first int) error {
	rows, err := l.QueryContext(ctx, `SELECT id, trace FROM novelty_traces WHERE line = ? AND id >= ? ORDER BY id`, line, ids[first])
	if err != nil {
		return fmt.Errorf("traces of storyline %d: %w", line, err)
	}
	defer rows.Close()
	i := first
	for rows.Next() {
		var id int64
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			return err
		}
		for i < len(ids) && ids[i] < id {
			i++
		}
		if i == len(ids) {
			break
		}
		if ids[i] != id || out[i] != nil {
			continue
		}
		t := make(novelty.Trace, len(b)/8)
		for k := range t {
			t[k] = binary.LittleEndian.Uint64(b[8*k:])
		}
		out[i] = t
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("traces of storyline %d: %w", line, err)
	}
	for i := first; i < len(ids); i++ {
		if out[i] == nil { // cannot happen inside one transaction
			return fmt.Errorf("traces of storyline %d: row %d vanished", line, ids[i])
		}
	}
	return nil
}

// parseIDs appends the comma-separated decimal ids of list to buf.
func parseIDs(list string, buf []int64) ([]int64, error) {
	for list != "" {
		var tok string
		if i := strings.IndexByte(list, ','); i >= 0 {
			tok, list = list[:i], list[i+1:]
		} else {
			tok, list = list, ""
		}
		id, err := strconv.ParseInt(tok, 10, 64)
		if err != nil {
			return buf, err
		}
		buf = append(buf, id)
	}
	return buf, nil
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (l *linkState) Known(ctx context.Context, line int64, keys []string) ([]bool, error) {
	_, err := l.q()
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(keys))
	for i, k := range keys {
		var one int
		err := l.QueryRowContext(ctx, `SELECT 1 FROM novelty_keys WHERE line = ? AND key = ?`, line, k).Scan(&one)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("known in storyline %d: %w", line, err)
		}
		out[i] = err == nil
	}
	return out, nil
}

func (l *linkState) Remember(ctx context.Context, line int64, traces []novelty.Trace, keys []string) error {
	_, err := l.q()
	if err != nil {
		return err
	}
	for _, t := range traces {
		b := make([]byte, 8*len(t))
		for i, v := range t {
			binary.LittleEndian.PutUint64(b[8*i:], v)
		}
		r, err := l.ExecContext(ctx, `INSERT INTO novelty_traces(line, trace) VALUES (?, ?)`, line, b)
		if err != nil {
			return fmt.Errorf("remember in storyline %d: %w", line, err)
		}
		id, err := r.LastInsertId()
		if err != nil {
			return fmt.Errorf("remember in storyline %d: %w", line, err)
		}
		if l.ownMin == 0 {
			l.ownMin, l.ownTraces = id, map[int64]novelty.Trace{}
		}
		l.ownTraces[id] = append(novelty.Trace(nil), t...)
	}
	for _, k := range keys {
		if _, err := l.ExecContext(ctx, `INSERT OR IGNORE INTO novelty_keys(line, key) VALUES (?, ?)`, line, k); err != nil {
			return fmt.Errorf("remember in storyline %d: %w", line, err)
		}
	}
	return nil
}

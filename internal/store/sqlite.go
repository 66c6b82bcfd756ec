package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/link"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Options tunes Open. The zero value works.
type Options struct {
	// BusyTimeout is how long a writer waits for another's lock (default 10s).
	BusyTimeout time.Duration
	// NoLink turns off the story layer (near-duplicates, stories,
	// storylines, claims, what is new), which otherwise runs on every new
	// article inside the transaction that stores it.
	NoLink bool
	// Link tunes the story layer.
	Link link.Options
}

type sqliteStore struct {
	db *sql.DB
	rd *stmtCache // the read side's queries, prepared once

	memory  bool          // ":memory:": one connection, no other process
	commits atomic.Uint64 // writes committed by this process
	verMu   sync.Mutex    // guards verConn
	verConn *sql.Conn     // asks PRAGMA data_version; nil until first used
	advice  []string      // what the migrations run at Open ask the user to run (upgrade.go)
	// schema is the version the store's schema is at (set as each
	// migration commits): from 22 (alias_fold) each write transaction
	// fills alias_fold of the aliases it added, from 25 their words too
	// (fillNewAliases).
	schema int

	mu       sync.Mutex // serialises writers: the link state follows one transaction at a time
	ls       *linkState
	linker   *link.Linker
	linkOpts link.Options
}

// uriPath escapes what a "file:" URI reads in a path: SQLite decodes %XX
// and stops at "?" (the query) and "#"; the driver also splits the DSN at
// its first "?". Unescaped, --db "a#b.db" wrote the store to "a", "c?d.db"
// to "c" and "e%41.db" to "eA.db", where the reading commands then found no
// store.
var uriPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// Open opens (creating if needed) the SQLite store at path and brings its
// schema up to date. path ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string, opts Options) (Store, error) {
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	dsn := "file:" + path + "?" + q.Encode()
	if path == ":memory:" {
		dsn = "file::memory:?" + q.Encode()
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		// Reads go through a memory map and a 32 MiB page cache per
		// connection: a story or search page touches hundreds of article
		// pages, and without these each miss is a read system call.
		q.Add("_pragma", "mmap_size(1073741824)")
		q.Add("_pragma", "cache_size(-32768)")
		dsn = "file:" + uriPath.Replace(path) + "?" + q.Encode()
		// SQLite says only "unable to open database file (14)" for a
		// store in a folder that is not there.
		if dir := filepath.Dir(path); dir != "" {
			if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("open store %s: no folder %s (create it first)", path, dir)
			}
		}
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // each connection would be its own database
	} else {
		// Keep the connections (and their page caches and prepared
		// statements) instead of the default two idle ones: under
		// concurrent requests database/sql would otherwise close and
		// reopen connections all the time. SQLite reads in WAL mode run in
		// parallel, but more connections than a few per core only queue.
		n := max(4, 2*runtime.GOMAXPROCS(0))
		db.SetMaxOpenConns(n)
		db.SetMaxIdleConns(n)
	}
	s := &sqliteStore{db: db, rd: newStmtCache(db), memory: path == ":memory:"}
	if !opts.NoLink {
		s.ls = &linkState{}
		s.linkOpts = opts.Link
		s.resetLinker()
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func (s *sqliteStore) Close() error {
	s.rd.Close()
	s.verMu.Lock()
	if s.verConn != nil {
		s.verConn.Close()
		s.verConn = nil
	}
	s.verMu.Unlock()
	return s.db.Close()
}

func (s *sqliteStore) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if have >= len(migrations) {
		return fmt.Errorf("store schema version %d is newer than this storyline (%d)", have, len(migrations)-1)
	}
	s.schema = have
	for v := have + 1; v < len(migrations); v++ {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return err
			}
			if fn := migrationFuncs[v]; fn != nil {
				if err := fn(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`, v, time.Now().UTC().Format(time.RFC3339))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
		s.schema = v
		if err := s.noteUpgrade(ctx, have, v); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
	}
	return nil
}

func (s *sqliteStore) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if s.schema >= 22 {
		if err := fillNewAliases(ctx, tx, s.schema); err != nil {
			tx.Rollback()
			return fmt.Errorf("fold aliases: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// Counted after the commit: a reader that sees the new count also
	// sees the new data, so nothing stale is cached under it.
	s.commits.Add(1)
	return nil
}

// DataVersion implements Versioner: this process's commit count, and
// SQLite's data_version as one dedicated connection sees it, which changes
// whenever any other connection (of any process) commits.
func (s *sqliteStore) DataVersion(ctx context.Context) (string, error) {
	local := s.commits.Load()
	if s.memory {
		return strconv.FormatUint(local, 10), nil // no other process can write
	}
	s.verMu.Lock()
	defer s.verMu.Unlock()
	if s.verConn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return "", fmt.Errorf("data version: %w", err)
		}
		s.verConn = c
	}
	var v int64
	if err := s.verConn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		s.verConn.Close()
		s.verConn = nil
		return "", fmt.Errorf("data version: %w", err)
	}
	return strconv.FormatUint(local, 10) + "." + strconv.FormatInt(v, 10), nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTimeText(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

func (s *sqliteStore) PutBatch(ctx context.Context, articles []*core.Article) ([]PutResult, error) {
	res := make([]PutResult, len(articles))
	touched := map[int64]bool{} // stories whose summaries the batch changed
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if s.ls != nil {
			s.ls.begin(tx)
			defer s.ls.end()
		}
		for i, a := range articles {
			if a.Hash == "" {
				return fmt.Errorf("article %s: empty hash", a.Source)
			}
			var id int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, a.Hash).Scan(&id)
			if err == nil {
				res[i] = PutResult{ID: id, Duplicate: true}
				continue
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("article %s: %w", a.Source, err)
			}
			if a.IngestedAt.IsZero() {
				a.IngestedAt = time.Now().UTC()
			}
			r, err := tx.ExecContext(ctx, `INSERT INTO articles
				(hash, source, url, outlet, title, subtitle, authors, published, language, text, removed, key_points, fetched_at, ingested_at, source_fold, outlet_fold)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.Hash, a.Source, a.URL, a.Outlet, noMarks(a.Title), noMarks(a.Subtitle), mustJSON(nonNil(a.Authors)), a.Published, a.Language,
				noMarks(a.Text), mustJSON(nonNilRemoved(a.Removed)), mustJSON(nonNil(a.KeyPoints)), timeText(a.FetchedAt), timeText(a.IngestedAt),
				foldCase(a.Source), foldCase(a.Outlet))
			if err != nil {
				return fmt.Errorf("article %s: %w", a.Source, err)
			}
			if id, err = r.LastInsertId(); err != nil {
				return fmt.Errorf("article %s: %w", a.Source, err)
			}
			// Through the link state's statements, prepared once per batch,
			// when it is bound to this transaction.
			var q dbtx = tx
			if s.ls != nil {
				q = s.ls
			}
			if err := putAnnotations(ctx, q, id, a); err != nil {
				return fmt.Errorf("article %s: %w", a.Source, err)
			}
			if s.linker != nil {
				a.ID = id
				if err := s.putLinks(ctx, tx, a, touched); err != nil {
					return fmt.Errorf("article %s: %w", a.Source, err)
				}
			}
			res[i] = PutResult{ID: id}
		}
		if len(touched) == 0 {
			return nil
		}
		return refreshStories(ctx, s.ls, touched)
	})
	if err != nil {
		// The transaction rolled back; what the linker holds in memory
		// may be ahead of the store. A fresh one reads the store's state
		// (its scratch state included) when next used.
		s.resetLinker()
		return nil, err
	}
	for i, a := range articles {
		a.ID = res[i].ID
	}
	return res, nil
}

// resetLinker starts a linker over the store's link state.
func (s *sqliteStore) resetLinker() {
	if s.ls != nil {
		s.linker = link.New(link.States{Dedup: s.ls, Story: s.ls, Novelty: s.ls, Claims: claimMemory{s.ls}}, s.linkOpts)
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilRemoved(s []core.Removal) []core.Removal {
	if s == nil {
		return []core.Removal{}
	}
	return s
}

// dbtx is what statements run on inside a write transaction: the *sql.Tx,
// or the link state bound to it (which prepares each statement once).
type dbtx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func putAnnotations(ctx context.Context, tx dbtx, id int64, a *core.Article) error {
	counted := map[int64]bool{}      // entities whose n_articles counts this (new) article
	canonical := map[string]string{} // short forms resolved to a stored full name
	voted := map[string]bool{}       // entity/type votes cast (noteType)
	jc := newJoinContext(id, a.Entities)
	var storedCaps bool // the entity insert's capitals test, one variable for the article (Scan keeps it)
	for _, e := range a.Entities {
		if strings.TrimSpace(e.Name) == "" {
			continue
		}
		e, ok := withoutLoneInitials(e) // "A." files nothing (entitykey.go)
		if !ok {
			continue
		}
		// A short form or a mistyped name of an entity stored under its
		// full name joins it (shortFormOwner).
		eid, name, err := shortFormOwner(ctx, tx, e, jc)
		if err != nil {
			return fmt.Errorf("entity %q: %w", e.Name, err)
		}
		if eid != 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE entities SET mentions = mentions + ? WHERE id = ?`, e.Mentions, eid); err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
			canonical[e.Name] = name
		}
		caps := name != "" && inCapitals(name) // stored in capitals (entitykey_caps.go)
		if eid == 0 {
			err := tx.QueryRowContext(ctx, `INSERT INTO entities(key, name, type, mentions) VALUES (?, ?, ?, ?)
				ON CONFLICT(key) DO UPDATE SET mentions = mentions + excluded.mentions `+capsReturning,
				entityKey(e.Name, e.Type), e.Name, string(e.Type), e.Mentions).Scan(&eid, &storedCaps)
			if err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
			caps = storedCaps
		}
		if caps {
			renamed, err := nameAsWritten(ctx, tx, eid, name, e)
			if err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
			if name != "" {
				canonical[e.Name] = renamed
			}
		}
		if err := addAttributes(ctx, tx, eid, id, e.Attributes); err != nil {
			return fmt.Errorf("entity %q: %w", e.Name, err)
		}
		aliases := append([]string{e.Name}, e.Aliases...)
		if bare := withoutInitials(e.Name); e.Type == core.Person && bare != "" {
			aliases = append(aliases, bare)
		}
		if short := middleAlias(e); short != "" {
			aliases = append(aliases, short)
		}
		for _, al := range aliases {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)`, eid, al); err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_entities(article_id, entity_id, mentions) VALUES (?, ?, ?)
			ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions`, id, eid, max(e.Mentions, 1)); err != nil {
			return fmt.Errorf("entity %q: %w", e.Name, err)
		}
		if !counted[eid] {
			counted[eid] = true
			if _, err := tx.ExecContext(ctx, `UPDATE entities SET n_articles = n_articles + 1 WHERE id = ?`, eid); err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
		}
		if len(strings.Fields(e.Name)) > 1 {
			if err := absorbShortForms(ctx, tx, eid, e, jc); err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
		}
		if name == "" { // e is stored under its own name
			if err := absorbOtherForms(ctx, tx, eid, e); err != nil {
				return fmt.Errorf("entity %q: %w", e.Name, err)
			}
		}
		if err := noteType(ctx, tx, eid, id, e, name, voted); err != nil {
			return fmt.Errorf("entity %q: %w", e.Name, err)
		}
	}
	// Speakers, actors and targets named by a surname that was resolved to
	// a full-named person carry the full name.
	for i := range a.Quotes {
		if n, ok := canonical[a.Quotes[i].Speaker]; ok {
			a.Quotes[i].Speaker = n
		}
	}
	for i := range a.Events {
		if n, ok := canonical[a.Events[i].Actor]; ok {
			a.Events[i].Actor = n
		}
		if n, ok := canonical[a.Events[i].Target]; ok {
			a.Events[i].Target = n
		}
	}
	for _, q := range a.Quotes {
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes(article_id, text, speaker, direct, fragment, sentence, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, q.Text, q.Speaker, q.Direct, q.Fragment, q.Sentence, q.Start, q.End); err != nil {
			return fmt.Errorf("quote: %w", err)
		}
	}
	for _, e := range a.Events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events(article_id, actor, type, target, place, date, sentence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, e.Actor, e.Type, e.Target, e.Place, e.Date, e.Sentence, e.Confidence); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	return nil
}

// putLinks runs the story layer on a just-inserted article and stores what
// it decided; the stories whose summaries it changed are added to touched.
func (s *sqliteStore) putLinks(ctx context.Context, tx *sql.Tx, a *core.Article, touched map[int64]bool) error {
	r, err := s.linker.Link(ctx, a)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET duplicate_of = ?, story_id = ?, story_leaf = ?, link_reason = ? WHERE id = ?`,
		a.DuplicateOf, a.Story, a.Story, a.LinkReason, a.ID); err != nil {
		return err
	}
	// Stories merged, split off or changed by this article: re-point the
	// articles under them to the story that holds them now, then refresh
	// the summaries of every story that gained or lost articles.
	_ = r.Merged // covered: a merged story is stored with MergedInto set
	affected, _, err := s.repointTouched(ctx)
	if err != nil {
		return err
	}
	a.Story = 0
	if err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE id = ?`, a.ID).Scan(&a.Story); err != nil {
		return err
	}
	affected[a.Story] = true
	for id := range affected {
		if id != 0 {
			touched[id] = true
		}
	}
	if err := putClaims(ctx, tx, a); err != nil {
		return err
	}
	for i, st := range a.Sentences {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_sentences(article_id, idx, text, new, reason) VALUES (?, ?, ?, ?, ?)`,
			a.ID, i, st.Text, st.New, st.Reason); err != nil {
			return err
		}
	}
	return nil
}

// putClaims stores a's claims as article a.ID's.
func putClaims(ctx context.Context, tx dbtx, a *core.Article) error {
	for _, c := range a.Claims {
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims(article_id, key, holder, text, sentence, questioned, speaker) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			a.ID, c.Key, c.Holder, c.Text, c.Sentence, c.Questioned, c.Speaker); err != nil {
			return err
		}
	}
	return nil
}

// repointTouched re-points the articles of every story the story layer
// changed since the last call to the story that holds them now, and
// returns the stories that gained or lost articles and how many articles
// moved.
func (s *sqliteStore) repointTouched(ctx context.Context) (map[int64]bool, int, error) {
	affected := map[int64]bool{}
	moved := 0
	for _, id := range s.ls.takeTouched() {
		root, err := rootStory(ctx, s.ls, id)
		if err != nil {
			return nil, 0, err
		}
		rows, err := s.ls.QueryContext(ctx, `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT st.id FROM stories st JOIN sub ON st.merged_into = sub.id)
			SELECT DISTINCT story_id FROM articles WHERE story_leaf IN (SELECT id FROM sub)`, id)
		if err != nil {
			return nil, 0, err
		}
		for rows.Next() {
			var old int64
			if err := rows.Scan(&old); err != nil {
				rows.Close()
				return nil, 0, err
			}
			affected[old] = true
		}
		rows.Close()
		r, err := s.ls.ExecContext(ctx, `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT st.id FROM stories st JOIN sub ON st.merged_into = sub.id)
			UPDATE articles SET story_id = ? WHERE story_leaf IN (SELECT id FROM sub) AND story_id <> ?`, id, root, root)
		if err != nil {
			return nil, 0, err
		}
		if n, err := r.RowsAffected(); err == nil {
			moved += int(n)
		}
		affected[root] = true
	}
	return affected, moved, nil
}

// Settle ends a bulk load for the story layer (link.Linker.Settle): the
// pending absorption checks, a last consolidation and the learned merges
// run, in one transaction, and the articles of the stories they change are
// re-pointed and those stories' summaries refreshed. Calling it after every
// small batch would merge young stories early; ingest calls it once at the
// end of a load. It returns how many articles moved to another story.
func (s *sqliteStore) Settle(ctx context.Context) (int, error) {
	if s.linker == nil {
		return 0, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	moved := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		s.ls.begin(tx)
		defer s.ls.end()
		if err := s.linker.Settle(ctx); err != nil {
			return err
		}
		affected, n, err := s.repointTouched(ctx)
		if err != nil {
			return err
		}
		moved = n
		for id := range affected {
			if id == 0 {
				continue
			}
			if err := refreshStory(ctx, s.ls, id); err != nil {
				return fmt.Errorf("settle: story %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		s.resetLinker()
		return 0, fmt.Errorf("settle: %w", err)
	}
	return moved, nil
}

// rootStory follows merged_into from id to the story that holds it now.
func rootStory(ctx context.Context, q queryRower, id int64) (int64, error) {
	for i := 0; i < 1000; i++ {
		var into int64
		err := q.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = ?`, id).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && (into == 0 || into == id)) {
			return id, nil
		}
		if err != nil {
			return 0, fmt.Errorf("story %d: %w", id, err)
		}
		id = into
	}
	return 0, fmt.Errorf("story %d: merge chain too long", id)
}

// Optimize tidies the store after a bulk load: it merges the full-text
// index into one segment (search reads fewer b-trees) and refreshes the
// query planner's statistics. It is safe to call at any time.
func (s *sqliteStore) Optimize(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize full-text index: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA optimize`); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	return nil
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
)

const articleSummaryCols = `a.id, a.hash, a.source, a.url, a.outlet, a.title, a.subtitle, a.authors, a.published, a.language, a.fetched_at, a.ingested_at`

type rowScanner interface{ Scan(dest ...any) error }

func scanSummary(r rowScanner, extra ...any) (*core.Article, error) {
	var a core.Article
	var authors, fetched, ingested string
	dest := append([]any{&a.ID, &a.Hash, &a.Source, &a.URL, &a.Outlet, &a.Title, &a.Subtitle, &authors, &a.Published, &a.Language, &fetched, &ingested}, extra...)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	_ = json.Unmarshal([]byte(authors), &a.Authors)
	a.FetchedAt = parseTimeText(fetched)
	a.IngestedAt = parseTimeText(ingested)
	return &a, nil
}

func (s *sqliteStore) Article(ctx context.Context, id int64) (*core.Article, error) {
	var text, removed, keyPoints, reason string
	var dup, storyID int64
	a, err := scanSummary(s.rd.QueryRowContext(ctx, `SELECT `+articleSummaryCols+`, a.text, a.removed, a.key_points, a.duplicate_of, a.story_id, a.link_reason FROM articles a WHERE a.id = ?`, id),
		&text, &removed, &keyPoints, &dup, &storyID, &reason)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, core.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.Text = text
	a.DuplicateOf, a.Story, a.LinkReason = dup, storyID, reason
	_ = json.Unmarshal([]byte(removed), &a.Removed)
	_ = json.Unmarshal([]byte(keyPoints), &a.KeyPoints)
	if err := s.loadAnnotations(ctx, a); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	if err := s.loadLinks(ctx, a); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

func (s *sqliteStore) loadAnnotations(ctx context.Context, a *core.Article) error {
	rows, err := s.rd.QueryContext(ctx, `SELECT e.id, e.name, e.type, e.attributes, ae.mentions FROM article_entities ae
		JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY ae.mentions DESC, e.name`, a.ID)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var e core.Entity
		var id int64
		var typ, attrs string
		if err := rows.Scan(&id, &e.Name, &typ, &attrs, &e.Mentions); err != nil {
			rows.Close()
			return err
		}
		e.Type = core.EntityType(typ)
		_ = json.Unmarshal([]byte(attrs), &e.Attributes)
		a.Entities = append(a.Entities, e)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	als, err := s.aliasesOf(ctx, ids)
	if err != nil {
		return err
	}
	for i, id := range ids {
		a.Entities[i].Aliases = withoutName(als[id], a.Entities[i].Name)
	}
	qs, err := s.quotes(ctx, `q.article_id = ?`, []any{a.ID}, ` ORDER BY q.start`)
	if err != nil {
		return err
	}
	for _, q := range qs {
		a.Quotes = append(a.Quotes, q.Quote)
	}
	rows, err = s.rd.QueryContext(ctx, `SELECT actor, type, target, place, date, sentence, confidence FROM events WHERE article_id = ? ORDER BY id`, a.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e core.Event
		if err := rows.Scan(&e.Actor, &e.Type, &e.Target, &e.Place, &e.Date, &e.Sentence, &e.Confidence); err != nil {
			return err
		}
		a.Events = append(a.Events, e)
	}
	return rows.Err()
}

// aliasesOf returns the aliases of the given entities (one query), each
// list in alias order.
func (s *sqliteStore) aliasesOf(ctx context.Context, ids []int64) (map[int64][]string, error) {
	out := make(map[int64][]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	idJSON, _ := json.Marshal(ids)
	rows, err := s.rd.QueryContext(ctx, `SELECT entity_id, alias FROM entity_aliases
		WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY entity_id, alias`, string(idJSON))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var al string
		if err := rows.Scan(&id, &al); err != nil {
			return nil, err
		}
		out[id] = append(out[id], al)
	}
	return out, rows.Err()
}

// withoutName drops the canonical name from an entity's aliases.
func withoutName(als []string, name string) []string {
	var out []string
	for _, al := range als {
		if al != name {
			out = append(out, al)
		}
	}
	return out
}

func (s *sqliteStore) Articles(ctx context.Context, f ArticleFilter) ([]*core.Article, error) {
	var where []string
	var args []any
	textCol := `''`
	if f.WithText {
		textCol = `a.text`
	} else if f.Lead {
		textCol = leadColumn
	}
	if f.Source != "" {
		// Case-blind beyond ASCII: both sides folded by foldCase.
		where = append(where, `(instr(a.source_fold, ?) > 0 OR instr(a.outlet_fold, ?) > 0)`)
		args = append(args, foldCase(f.Source), foldCase(f.Source))
	}
	if f.Language != "" {
		where = append(where, `a.language = ?`)
		args = append(args, f.Language)
	}
	if f.Entity != "" {
		cond, eargs, none, err := s.mentioning(ctx, f.Entity, `a.id`, false)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		if none {
			return nil, nil
		}
		where, args = append(where, cond), append(args, eargs...)
	}
	where, args = publishedBetween(where, args, f.From, f.To)
	if f.BeforeID > 0 {
		where = append(where, `a.id < ?`)
		args = append(args, f.BeforeID)
	}
	for _, in := range []struct {
		col string
		ids []int64
	}{{"a.story_id", f.Stories}, {"a.id", f.IDs}} {
		if in.ids == nil {
			continue
		}
		if len(in.ids) == 0 {
			return nil, nil
		}
		where = append(where, in.col+` IN (`+strings.TrimSuffix(strings.Repeat("?,", len(in.ids)), ",")+`)`)
		for _, id := range in.ids {
			args = append(args, id)
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	q := `SELECT ` + articleSummaryCols + `, a.duplicate_of, a.story_id, ` + textCol + ` FROM articles a`
	if f.Bare {
		q = `SELECT a.id, a.published, a.duplicate_of, a.story_id FROM articles a`
	}
	if !f.ByPublished {
		return s.articlesWhere(ctx, q, where, append(args, limit), ` ORDER BY a.id DESC LIMIT ?`, f.Bare)
	}
	// The dated articles newest first (the published index serves it),
	// then, while the limit allows and no date range was asked for, the
	// undated ones, the last stored first; keyset paging as the quote list.
	run := func(dated bool, limit int) ([]*core.Article, error) {
		w, a := slices.Clone(where), slices.Clone(args)
		order := ` ORDER BY a.published DESC, a.id DESC LIMIT ?`
		if dated {
			w = append(w, `a.published <> ''`)
		} else {
			w = append(w, `a.published = ''`)
			order = ` ORDER BY a.id DESC LIMIT ?`
		}
		w, a, ok := keyset(w, a, f.After, dated, true, nil, false)
		if !ok {
			return nil, nil
		}
		return s.articlesWhere(ctx, q, w, append(a, limit), order, f.Bare)
	}
	out, err := datedThenUndated(limit, f.From.IsZero() && f.To.IsZero(), run)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// ArticleCursor is the position of a in a list by publication
// (ArticleFilter.ByPublished): its publication time and ID.
func ArticleCursor(a *core.Article) Cursor {
	return Cursor{Published: a.Published, ArticleID: a.ID, ID: a.ID}
}

// articlesWhere runs the article list query q with the conditions where,
// then order (which ends in LIMIT ?, the last of args).
func (s *sqliteStore) articlesWhere(ctx context.Context, q string, where []string, args []any, order string, bare bool) ([]*core.Article, error) {
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	rows, err := s.rd.QueryContext(ctx, q+order, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []*core.Article
	for rows.Next() {
		if bare {
			var a core.Article
			if err := rows.Scan(&a.ID, &a.Published, &a.DuplicateOf, &a.Story); err != nil {
				return nil, fmt.Errorf("list articles: %w", err)
			}
			out = append(out, &a)
			continue
		}
		var dup, story int64
		var text string
		a, err := scanSummary(rows, &dup, &story, &text)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		a.DuplicateOf, a.Story, a.Text = dup, story, text
		out = append(out, a)
	}
	return out, rows.Err()
}

func (s *sqliteStore) Entities(ctx context.Context, f EntityFilter) ([]StoredEntity, error) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, string(f.Type))
	}
	if f.Name != "" && f.Exact {
		where = append(where, `e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE)`)
		args = append(args, f.Name)
	} else if f.Name != "" {
		// Case folded beyond ASCII (alias_fold: "émile" finds "ÉMILE
		// DORN"); a row not yet filled is matched as before.
		where = append(where, `e.id IN (SELECT entity_id FROM entity_aliases WHERE instr(alias_fold, ?) > 0 OR (alias_fold = '' AND instr(lower(alias), lower(?)) > 0))`)
		args = append(args, foldCase(f.Name), f.Name)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	// entities_mentions gives the order; n_articles is kept by putAnnotations.
	q := `SELECT e.id, e.name, e.type, e.attributes, e.mentions, e.n_articles FROM entities e`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.mentions DESC, e.name LIMIT ?`
	args = append(args, limit)
	rows, err := s.rd.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	var out []StoredEntity
	for rows.Next() {
		var e StoredEntity
		var typ, attrs string
		if err := rows.Scan(&e.ID, &e.Name, &typ, &attrs, &e.Mentions, &e.Articles); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list entities: %w", err)
		}
		e.Type = core.EntityType(typ)
		_ = json.Unmarshal([]byte(attrs), &e.Attributes)
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	ids := make([]int64, len(out))
	for i := range out {
		ids[i] = out[i].ID
	}
	als, err := s.aliasesOf(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	for i := range out {
		out[i].Aliases = withoutName(als[out[i].ID], out[i].Name)
	}
	return out, nil
}

func (s *sqliteStore) Quotes(ctx context.Context, f QuoteFilter) ([]StoredQuote, error) {
	var where []string
	var args []any
	if f.Speaker != "" {
		// The speaker and the canonical names of the entities it is an alias
		// of, matched without case through quotes_speaker (an OR with a
		// subquery would scan every quote).
		names, err := s.speakerNames(ctx, f.Speaker)
		if err != nil {
			return nil, fmt.Errorf("list quotes: %w", err)
		}
		where = append(where, `q.speaker COLLATE NOCASE IN (`+placeholders(len(names))+`)`)
		for _, n := range names {
			args = append(args, n)
		}
	}
	if f.ArticleID != 0 {
		where = append(where, `q.article_id = ?`)
		args = append(args, f.ArticleID)
	}
	if f.Story != 0 {
		where = append(where, `a.story_id = ?`)
		args = append(args, f.Story)
	}
	if f.Storyline != 0 {
		in, err := s.inStoryline(ctx, f.Storyline)
		if err != nil {
			return nil, fmt.Errorf("list quotes: %w", err)
		}
		if in == "" {
			return nil, nil
		}
		where = append(where, `a.story_id IN (SELECT value FROM json_each(?))`)
		args = append(args, in)
	}
	stems := aboutStems(f.About)
	for _, stem := range stems {
		where = append(where, `(q.text LIKE ? ESCAPE '\' OR q.sentence LIKE ? ESCAPE '\')`)
		args = append(args, "%"+stem+"%", "%"+stem+"%")
	}
	where, args = publishedBetween(where, args, f.From, f.To)
	limit := f.Limit
	if limit == 0 {
		limit = 200
	}
	var keep func(*StoredQuote) bool
	if len(stems) > 0 {
		// LIKE found the stems anywhere; keep quotes where they begin
		// words, up to the limit.
		keep = func(q *StoredQuote) bool { return aboutMatch(stems, q.Text, q.Sentence) }
	}
	// Quotes of undated articles come last either way: first the dated
	// ones in order (the published index serves it), then, while the limit
	// allows, the undated ones in the order they were stored.
	run := func(dated bool, limit int) ([]StoredQuote, error) {
		w, a := slices.Clone(where), slices.Clone(args)
		// q.id last: two quotes at one start keep one order, which a
		// cursor (f.After) needs.
		order := ` ORDER BY a.published, a.id, q.start, q.id`
		if f.Newest {
			order = ` ORDER BY a.published DESC, a.id DESC, q.start DESC, q.id DESC`
		}
		if dated {
			w = append(w, `a.published <> ''`)
		} else {
			w = append(w, `a.published = ''`)
			order = ` ORDER BY a.id, q.start, q.id`
			if f.Newest {
				order = ` ORDER BY a.id DESC, q.start DESC, q.id DESC`
			}
		}
		w, a, ok := keyset(w, a, f.After, dated, f.Newest, []string{"q.start", "q.id"}, true)
		if !ok {
			return nil, nil
		}
		if limit > 0 && len(stems) == 0 {
			order += ` LIMIT ?`
			a = append(a, limit)
		}
		return s.quotesWhere(ctx, strings.Join(w, ` AND `), a, order, keep, limit)
	}
	out, err := datedThenUndated(limit, f.From.IsZero() && f.To.IsZero(), run)
	if err != nil {
		return nil, fmt.Errorf("list quotes: %w", err)
	}
	return out, nil
}

// datedThenUndated lists with run the rows of dated articles, then, when
// undated ones may be listed (no date range asked for) and the limit (0 or
// less: none) allows, those of undated articles.
func datedThenUndated[T any](limit int, undatedToo bool, run func(dated bool, limit int) ([]T, error)) ([]T, error) {
	out, err := run(true, limit)
	if err != nil {
		return nil, err
	}
	if (limit <= 0 || len(out) < limit) && undatedToo {
		rest := limit
		if limit > 0 {
			rest = limit - len(out)
		}
		undated, err := run(false, rest)
		if err != nil {
			return nil, err
		}
		out = append(out, undated...)
	}
	return out, nil
}

func (s *sqliteStore) QuoteMonths(ctx context.Context, speaker string) ([]FacetCount, error) {
	names, err := s.speakerNames(ctx, speaker)
	if err != nil {
		return nil, fmt.Errorf("count quotes of %q: %w", speaker, err)
	}
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = n
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT substr(a.published, 1, 7) AS m, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE q.speaker COLLATE NOCASE IN (`+placeholders(len(names))+`) AND length(a.published) >= 7 GROUP BY m ORDER BY m`, args...)
	if err != nil {
		return nil, fmt.Errorf("count quotes of %q: %w", speaker, err)
	}
	defer rows.Close()
	var out []FacetCount
	for rows.Next() {
		var f FacetCount
		if err := rows.Scan(&f.Value, &f.Count); err != nil {
			return nil, fmt.Errorf("count quotes of %q: %w", speaker, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// speakerNames returns speaker, the names of the entities it names
// (speakerEntities: by name or alias, else by its words) and the aliases of
// theirs that no other entity shares (a surname an article used alone:
// "Lorvik" for "Anna Lorvik"), without repeats.
func (s *sqliteStore) speakerNames(ctx context.Context, speaker string) ([]string, error) {
	names := []string{speaker}
	ids, _, err := s.speakerEntities(ctx, speaker)
	if err != nil || len(ids) == 0 {
		return names, err
	}
	in, _ := json.Marshal(ids)
	rows, err := s.rd.QueryContext(ctx, `WITH m AS (SELECT value AS id FROM json_each(?1))
		SELECT e.name FROM entities e JOIN m ON m.id = e.id
		UNION
		SELECT al.alias FROM entity_aliases al JOIN m ON m.id = al.entity_id
		WHERE NOT EXISTS (SELECT 1 FROM entity_aliases o WHERE o.alias = al.alias COLLATE NOCASE AND o.entity_id <> al.entity_id)`, string(in))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[string]bool{strings.ToLower(speaker): true}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	return names, rows.Err()
}

// quotes runs the quote query with where (conditions on q and a, may be
// empty) and order (ORDER BY and LIMIT) appended.
func (s *sqliteStore) quotes(ctx context.Context, where string, args []any, order string) ([]StoredQuote, error) {
	return s.quotesWhere(ctx, where, args, order, nil, 0)
}

// quotesWhere is quotes with a filter on each row: keep (nil keeps all)
// decides, and reading stops once limit (> 0) quotes are kept.
func (s *sqliteStore) quotesWhere(ctx context.Context, where string, args []any, order string, keep func(*StoredQuote) bool, limit int) ([]StoredQuote, error) {
	q := `SELECT q.text, q.speaker, q.direct, q.fragment, q.sentence, q.start, q.end, q.id, a.id, a.title, ` + leadColumn + `, a.published, a.source, a.story_id
		FROM quotes q JOIN articles a ON a.id = q.article_id`
	if where != "" {
		q += ` WHERE ` + where
	}
	rows, err := s.rd.QueryContext(ctx, q+order, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []StoredQuote
	for rows.Next() {
		var sq StoredQuote
		var lead string
		if err := rows.Scan(&sq.Text, &sq.Speaker, &sq.Direct, &sq.Fragment, &sq.Sentence, &sq.Start, &sq.End, &sq.ID, &sq.ArticleID, &sq.Title, &lead, &sq.Published, &sq.Source, &sq.Story); err != nil {
			return nil, err
		}
		sq.Label = ArticleLabel(sq.ArticleID, sq.Title, lead)
		if keep != nil && !keep(&sq) {
			continue
		}
		out = append(out, sq)
		if keep != nil && limit > 0 && len(out) == limit {
			break
		}
	}
	return out, rows.Err()
}

func (s *sqliteStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.rd.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM events)`).
		Scan(&st.Articles, &st.Entities, &st.Quotes, &st.Events)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// loadLinks fills what the story layer decided for a: storyline, claims and
// sentences (the story ID and duplicate are columns of articles).
func (s *sqliteStore) loadLinks(ctx context.Context, a *core.Article) error {
	if a.Story != 0 {
		var line int64
		err := s.rd.QueryRowContext(ctx, `SELECT line FROM stories WHERE id = ?`, a.Story).Scan(&line)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if err == nil {
			if a.Storyline, err = s.lineOf(ctx, line, map[int64]int64{}); err != nil {
				return err
			}
		}
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT key, holder, text, sentence, questioned, speaker FROM claims WHERE article_id = ? ORDER BY id`, a.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var c core.Claim
		if err := rows.Scan(&c.Key, &c.Holder, &c.Text, &c.Sentence, &c.Questioned, &c.Speaker); err != nil {
			rows.Close()
			return err
		}
		a.Claims = append(a.Claims, c)
	}
	rows.Close()
	rows, err = s.rd.QueryContext(ctx, `SELECT text, new, reason FROM article_sentences WHERE article_id = ? ORDER BY idx`, a.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var st core.Sentence
		if err := rows.Scan(&st.Text, &st.New, &st.Reason); err != nil {
			return err
		}
		a.Sentences = append(a.Sentences, st)
	}
	return rows.Err()
}

// publishedBetween adds the conditions of a publication-day range on
// articles a: zero times leave an end open, and undated articles fall
// outside any range with a bound.
func publishedBetween(where []string, args []any, from, to time.Time) ([]string, []any) {
	if !from.IsZero() {
		where = append(where, `a.published >= ?`)
		args = append(args, from.Format("2006-01-02"))
	}
	if !to.IsZero() {
		where = append(where, `a.published <> '' AND substr(a.published, 1, 10) <= ?`)
		args = append(args, to.Format("2006-01-02"))
	}
	return where, args
}

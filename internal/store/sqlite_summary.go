package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// Story summaries (schema version 3). The story list and story page read
// stories.n_articles, n_sources, first_day, last_day, title and
// top_entities instead of aggregating a story's articles on every request.
// They are a pure function of the story's articles (and their entities), so
// they are recomputed, not incremented: whenever the link stage assigns an
// article to a story or merges stories (re-pointing their articles), the
// stories involved are refreshed in that same transaction. A refresh costs
// a few index range scans over one story's articles (articles_story is
// (story_id, published)), which is small next to linking the article.

// refreshStorySQL recomputes the summary of story ?1 from its articles. A
// story none of whose articles has a title is named by the first line of its
// first article, cut at 100 characters. Its top entities are the names of the
// people, organisations and places it names most (not MISC: "Western",
// "Republican"), each name once: a name stored as two types (the place
// "Orvan" and an "Orvan" the tagger took for an organisation) is one entry,
// as the entity pages and filters, which go by name, see it.
const refreshStorySQL = `UPDATE stories SET
	n_articles = (SELECT COUNT(*) FROM articles a WHERE a.story_id = ?1),
	first_day = COALESCE((SELECT MIN(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = ?1 AND a.published <> ''), ''),
	last_day = COALESCE((SELECT MAX(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = ?1 AND a.published <> ''), ''),
	title = COALESCE((SELECT a.title FROM articles a WHERE a.story_id = ?1 AND a.title <> ''
		ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id LIMIT 1),
		(SELECT CASE WHEN length(l) > 100 THEN rtrim(substr(l, 1, 99)) || '…' ELSE l END FROM (
			SELECT trim(substr(a.text, 1, instr(a.text || char(10), char(10)) - 1)) AS l FROM articles a
			WHERE a.story_id = ?1 AND trim(a.text) <> '' ORDER BY a.id LIMIT 1)), ''),
	top_entities = COALESCE((SELECT json_group_array(name) FROM (SELECT e.name AS name FROM article_entities ae
		JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id WHERE a.story_id = ?1 AND e.type <> 'MISC'
		GROUP BY e.name ORDER BY COUNT(*) DESC, SUM(ae.mentions) DESC, e.name LIMIT 5)), '[]')
	WHERE id = ?1`

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// refreshStory recomputes story id's summary columns inside the current
// write transaction (q is the link state, whose statements are prepared
// once per batch, or the migration's transaction).
func refreshStory(ctx context.Context, q execer, id int64) error {
	if _, err := q.ExecContext(ctx, refreshStorySQL, id); err != nil {
		return fmt.Errorf("story %d summary: %w", id, err)
	}
	return countStorySources(ctx, q, id)
}

// countStorySources sets n_sources of story id: its articles' distinct
// SourceKeys, the grouping the story page lists its sources by (records of
// one JSON Lines file, pages of one host, files of one folder are one
// source). SQL's DISTINCT over outlet-or-source counted every record of a
// file and every page of a host apart.
func countStorySources(ctx context.Context, q execer, id int64) error {
	keys, err := queryAll(ctx, q, func(rows *sql.Rows) (string, error) {
		var source, outlet string
		err := rows.Scan(&source, &outlet)
		return SourceKey(source, outlet), err
	}, `SELECT DISTINCT a.source, a.outlet FROM articles a WHERE a.story_id = ?`, id)
	if err != nil {
		return fmt.Errorf("story %d sources: %w", id, err)
	}
	distinct := map[string]bool{}
	for _, k := range keys {
		distinct[k] = true
	}
	if _, err := q.ExecContext(ctx, `UPDATE stories SET n_sources = ? WHERE id = ?`, len(distinct), id); err != nil {
		return fmt.Errorf("story %d sources: %w", id, err)
	}
	return nil
}

// refreshStories refreshes each story of ids once, in id order. PutBatch
// refreshes the stories its articles touched at the end of the batch, not
// after each article: nothing in the transaction reads the summaries, and a
// story that gains a thousand articles in a load is summed once per batch
// instead of once per article (quadratic in the story's size).
func refreshStories(ctx context.Context, q execer, ids map[int64]bool) error {
	sorted := make([]int64, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	slices.Sort(sorted)
	for _, id := range sorted {
		if err := refreshStory(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// refreshAllStories fills the summaries of every story (migration 3).
func refreshAllStories(ctx context.Context, tx *sql.Tx) error {
	ids, err := queryAll(ctx, tx, func(rows *sql.Rows) (id int64, err error) {
		return id, rows.Scan(&id)
	}, `SELECT id FROM stories WHERE merged_into = 0`)
	if err != nil {
		return fmt.Errorf("story summaries: %w", err)
	}
	st, err := tx.PrepareContext(ctx, refreshStorySQL)
	if err != nil {
		return fmt.Errorf("story summaries: %w", err)
	}
	defer st.Close()
	for _, id := range ids {
		if _, err := st.ExecContext(ctx, id); err != nil {
			return fmt.Errorf("story %d summary: %w", id, err)
		}
		if err := countStorySources(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// queryAll runs query on q and returns every row as scan reads it. The rows
// are closed before it returns: the caller writes on the same transaction
// while it walks the result, as the migrations always did.
func queryAll[T any](ctx context.Context, q interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}, scan func(*sql.Rows) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

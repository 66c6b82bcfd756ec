package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// bm25 column weights: a match in the title counts most, then the subtitle.
const bm25Weights = `10.0, 3.0, 1.0`

// maxSearchLimit bounds one page of hits.
const maxSearchLimit = 100

// Search implements Store. It runs in three steps: the ordered ids (with the
// fields facets need, read from the covering index articles_meta, never
// from the wide article rows) of every match, then snippets for the requested page
// only (snippet() is the costly part), then the entity facet over the
// best-ranked EntityFacetMatches ids (see SearchFacets).
func (s *sqliteStore) Search(ctx context.Context, q SearchQuery) (SearchResult, error) {
	var res SearchResult
	match := ""
	if strings.TrimSpace(q.Text) != "" {
		m, err := ParseQuery(q.Text)
		if err != nil {
			return res, err
		}
		match = m
	} else if q.Entity == "" && q.Source == "" && q.Language == "" && q.From.IsZero() && q.To.IsZero() && q.Story == 0 {
		return res, fmt.Errorf("%w: no search terms", ErrBadQuery)
	}
	if q.Story != 0 {
		id, err := s.resolveStory(ctx, q.Story)
		if err != nil {
			return res, fmt.Errorf("search %q: %w", q.Text, err)
		}
		q.Story = id
	}
	if q.Limit <= 0 {
		q.Limit = 20
	}
	q.Limit = min(q.Limit, maxSearchLimit)
	q.Offset = max(q.Offset, 0)

	where, args := searchFilters(q)
	if q.Entity != "" {
		cond, eargs, none, err := s.mentioning(ctx, q.Entity, `a.id`, false)
		if err != nil {
			return res, fmt.Errorf("search %q: %w", q.Text, err)
		}
		if none {
			return res, nil
		}
		where, args = append(where, cond), append(args, eargs...)
	}
	var sqlText string
	if match != "" {
		sqlText = `SELECT a.id, a.source, a.outlet, a.published, bm25(articles_fts, ` + bm25Weights + `) AS score
			FROM articles_fts JOIN articles a INDEXED BY articles_meta ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH ?`
		args = append([]any{match}, args...)
		for _, w := range where {
			sqlText += ` AND ` + w
		}
		sqlText += ` ORDER BY score, a.id DESC`
	} else {
		from := `articles a INDEXED BY articles_meta`
		if q.Story != 0 {
			from = `articles a` // articles_story finds the few
		}
		sqlText = `SELECT a.id, a.source, a.outlet, a.published, 0 FROM ` + from + ` WHERE ` + strings.Join(where, ` AND `) +
			` ORDER BY a.published DESC, a.id DESC`
	}
	rows, err := s.rd.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q.Text, err)
	}
	type match1 struct {
		id                        int64
		source, outlet, published string
		score                     float64
	}
	var all []match1
	for rows.Next() {
		var m match1
		if err := rows.Scan(&m.id, &m.source, &m.outlet, &m.published, &m.score); err != nil {
			rows.Close()
			return res, fmt.Errorf("search %q: %w", q.Text, err)
		}
		all = append(all, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return res, fmt.Errorf("search %q: %w", q.Text, err)
	}
	res.Total = len(all)

	if q.Facets && len(all) > 0 {
		sources := map[string]int{}
		months := map[string]int{}
		ids := make([]int64, len(all))
		for i, m := range all {
			ids[i] = m.id
			sources[SourceKey(m.source, m.outlet)]++
			month := ""
			if len(m.published) >= 7 {
				month = m.published[:7]
			}
			months[month]++
		}
		res.Facets.Sources = topCounts(sources, 10)
		res.Facets.Months = topCounts(months, 0)
		sort.Slice(res.Facets.Months, func(i, j int) bool { return res.Facets.Months[i].Value < res.Facets.Months[j].Value })
		ids = ids[:min(len(ids), EntityFacetMatches)]
		res.Facets.EntitiesOver = len(ids)
		if res.Facets.Entities, err = s.entityFacet(ctx, ids, 12); err != nil {
			return res, fmt.Errorf("search %q: %w", q.Text, err)
		}
	}

	if q.Offset >= len(all) {
		return res, nil
	}
	page := all[q.Offset:min(len(all), q.Offset+q.Limit)]
	ids := make([]int64, len(page))
	for i, m := range page {
		ids[i] = m.id
	}
	hits, err := s.hitDetails(ctx, match, q.Text, ids)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q.Text, err)
	}
	for _, m := range page {
		h, ok := hits[m.id]
		if !ok {
			continue // deleted between the two queries
		}
		h.Score = m.score
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// searchFilters returns the WHERE conditions (on alias a) and their
// arguments, all but the entity filter's (Search adds it: mentioning).
func searchFilters(q SearchQuery) ([]string, []any) {
	var where []string
	var args []any
	if q.Source != "" {
		// Case-blind beyond ASCII: both sides folded by foldCase.
		where = append(where, `(instr(a.source_fold, ?) > 0 OR instr(a.outlet_fold, ?) > 0)`)
		args = append(args, foldCase(q.Source), foldCase(q.Source))
	}
	if q.Language != "" {
		where = append(where, `a.language = ?`)
		args = append(args, q.Language)
	}
	if q.Story != 0 {
		where = append(where, `a.story_id = ?`)
		args = append(args, q.Story)
	}
	if !q.From.IsZero() {
		where = append(where, `a.published >= ?`)
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		where = append(where, `a.published <> '' AND substr(a.published, 1, 10) <= ?`)
		args = append(args, q.To.Format("2006-01-02"))
	}
	return where, args
}

// hitDetails loads titles and snippets of the given articles. With a match
// expression the title is highlighted and the snippet is the best window of
// the body (of the subtitle when only it matched); without one the snippet
// is the body's opening.
func (s *sqliteStore) hitDetails(ctx context.Context, match, query string, ids []int64) (map[int64]SearchHit, error) {
	out := make(map[int64]SearchHit, len(ids))
	if match == "" {
		idJSON, _ := json.Marshal(ids)
		rows, err := s.rd.QueryContext(ctx, `SELECT a.id, a.title, a.source, a.outlet, a.published, a.story_id, a.duplicate_of, substr(a.text, 1, 241)
			FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`, string(idJSON))
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var h SearchHit
			if err := rows.Scan(&h.ID, &h.Title, &h.Source, &h.Outlet, &h.Published, &h.Story, &h.DuplicateOf, &h.Snippet); err != nil {
				return nil, err
			}
			h.TitleMarked = h.Title
			if r := []rune(h.Snippet); len(r) > 240 {
				h.Snippet = trimToWord(string(r[:240])) + "…"
			}
			out[h.ID] = h
		}
		return out, rows.Err()
	}
	// One lookup per hit: FTS5 answers "rowid = ?" from its index directly,
	// where "rowid IN (...)" would walk every match of the expression again.
	// A long body comes back whole instead of its snippet (see snippet.go).
	var terms []snippetTerm
	for _, id := range ids {
		var h SearchHit
		var sub string
		var snip, long sql.NullString
		err := s.rd.QueryRowContext(ctx, `SELECT a.id, a.title, highlight(articles_fts, 0, ?1, ?2), a.source, a.outlet, a.published, a.story_id, a.duplicate_of,
				CASE WHEN length(a.text) <= ?5 THEN snippet(articles_fts, 2, ?1, ?2, '…', 32) END,
				CASE WHEN length(a.text) > ?5 THEN a.text END,
				CASE WHEN a.subtitle <> '' THEN snippet(articles_fts, 1, ?1, ?2, '…', 32) ELSE '' END
			FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH ?3 AND articles_fts.rowid = ?4`, MarkStart, MarkEnd, match, id, snippetScanBytes).
			Scan(&h.ID, &h.Title, &h.TitleMarked, &h.Source, &h.Outlet, &h.Published, &h.Story, &h.DuplicateOf, &snip, &long, &sub)
		if errors.Is(err, sql.ErrNoRows) {
			continue // deleted between the two queries
		}
		if err != nil {
			return nil, err
		}
		h.Snippet = snip.String
		if long.Valid {
			if terms == nil {
				terms = snippetTerms(query)
			}
			if countHits(long.String, terms, maxSnippetHits) > maxSnippetHits {
				h.Snippet = goSnippet(long.String, terms)
			} else if err := s.rd.QueryRowContext(ctx, `SELECT snippet(articles_fts, 2, ?1, ?2, '…', 32)
					FROM articles_fts WHERE articles_fts MATCH ?3 AND articles_fts.rowid = ?4`, MarkStart, MarkEnd, match, id).
				Scan(&h.Snippet); err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
		}
		// When only the subtitle matched, its window says more than the body's.
		if !strings.Contains(h.Snippet, MarkStart) && strings.Contains(sub, MarkStart) {
			h.Snippet = sub
		}
		out[h.ID] = h
	}
	return out, nil
}

// trimToWord cuts s back to its last space so it does not end mid-word or
// mid-rune.
func trimToWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return strings.ToValidUTF8(s, "")
}

func (s *sqliteStore) entityFacet(ctx context.Context, ids []int64, limit int) ([]FacetCount, error) {
	idJSON, _ := json.Marshal(ids)
	// Count by entity id first (the article_entities key covers it), then
	// look up the names of the few that are kept (twice the limit, so
	// names merged below still fill it).
	rows, err := s.rd.QueryContext(ctx, `SELECT e.id, e.name, e.type, c.n FROM (
			SELECT ae.entity_id AS eid, COUNT(*) AS n FROM json_each(?) j CROSS JOIN article_entities ae ON ae.article_id = j.value
			GROUP BY ae.entity_id ORDER BY n DESC, ae.entity_id LIMIT ?) c
		JOIN entities e ON e.id = c.eid ORDER BY c.n DESC, e.name`, string(idJSON), 2*limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []FacetCount
	idsOf := map[string][]int64{} // a name's entities (two types: the place "Orvan" and the organisation "Orvan")
	for rows.Next() {
		var f FacetCount
		var id int64
		if err := rows.Scan(&id, &f.Value, &f.Type, &f.Count); err != nil {
			return nil, err
		}
		if idsOf[f.Value] == nil {
			out = append(out, f) // the type of the name's most counted entity
		}
		idsOf[f.Value] = append(idsOf[f.Value], id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	// One row per name, as the entity filter (?entity=, --entity) and the
	// entity pages go by name: "Orvan 3 · Orvan 1" listed one filter twice
	// with counts that were neither its own. A name of several entities
	// counts the articles naming any of them.
	merged := false
	for i, f := range out {
		eids := idsOf[f.Value]
		if len(eids) < 2 {
			continue
		}
		eidJSON, _ := json.Marshal(eids)
		if err := s.rd.QueryRowContext(ctx, `SELECT COUNT(DISTINCT ae.article_id) FROM json_each(?) j CROSS JOIN article_entities ae ON ae.article_id = j.value
			WHERE ae.entity_id IN (SELECT value FROM json_each(?))`, string(idJSON), string(eidJSON)).Scan(&out[i].Count); err != nil {
			return nil, err
		}
		merged = true
	}
	if merged {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	}
	return out[:min(len(out), limit)], nil
}

// topCounts orders counts by count (then value) and keeps the first limit
// (all when limit is 0).
func topCounts(m map[string]int, limit int) []FacetCount {
	out := make([]FacetCount, 0, len(m))
	for v, n := range m {
		out = append(out, FacetCount{Value: v, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/story"
)

// lineOf resolves a story's storyline through the union-find table.
func (s *sqliteStore) lineOf(ctx context.Context, line int64, memo map[int64]int64) (int64, error) {
	if r, ok := memo[line]; ok {
		return r, nil
	}
	r, err := findLine(ctx, s.db, story.LineID(line))
	if err != nil {
		return 0, err
	}
	memo[line] = int64(r)
	return int64(r), nil
}

// resolveStory follows merges to the story that now holds id.
func (s *sqliteStore) resolveStory(ctx context.Context, id int64) (int64, error) {
	for i := 0; i < 1000; i++ {
		var into int64
		err := s.db.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = ?`, id).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("story %d: %w", id, core.ErrNotFound)
		}
		if err != nil {
			return 0, fmt.Errorf("story %d: %w", id, err)
		}
		if into == 0 || into == id {
			return id, nil
		}
		id = into
	}
	return 0, fmt.Errorf("story %d: merge chain too long", id)
}

const storyInfoQuery = `SELECT s.id, s.line,
	(SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id),
	(SELECT COUNT(DISTINCT CASE WHEN a.outlet <> '' THEN a.outlet ELSE a.source END) FROM articles a WHERE a.story_id = s.id),
	COALESCE((SELECT MIN(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = s.id AND a.published <> ''), ''),
	COALESCE((SELECT MAX(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = s.id AND a.published <> ''), ''),
	COALESCE((SELECT a.title FROM articles a WHERE a.story_id = s.id AND a.title <> '' ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id LIMIT 1), '')
	FROM stories s`

func (s *sqliteStore) scanStoryInfos(ctx context.Context, rows *sql.Rows) ([]StoryInfo, error) {
	defer rows.Close()
	var out []StoryInfo
	memo := map[int64]int64{}
	for rows.Next() {
		var si StoryInfo
		if err := rows.Scan(&si.ID, &si.Storyline, &si.Articles, &si.Sources, &si.First, &si.Last, &si.Title); err != nil {
			return nil, err
		}
		out = append(out, si)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	for i := range out {
		var err error
		if out[i].Storyline, err = s.lineOf(ctx, out[i].Storyline, memo); err != nil {
			return nil, err
		}
		if out[i].TopEntities, err = s.storyEntityNames(ctx, out[i].ID, 5); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *sqliteStore) storyEntityNames(ctx context.Context, id int64, n int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.name FROM article_entities ae JOIN articles a ON a.id = ae.article_id
		JOIN entities e ON e.id = ae.entity_id WHERE a.story_id = ? GROUP BY e.id ORDER BY COUNT(*) DESC, SUM(ae.mentions) DESC, e.name LIMIT ?`, id, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

func (s *sqliteStore) Stories(ctx context.Context, f StoryFilter) ([]StoryInfo, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	q := storyInfoQuery + ` WHERE s.merged_into = 0 AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)`
	var args []any
	if f.Entity != "" {
		q += ` AND s.id IN (SELECT a.story_id FROM articles a JOIN article_entities ae ON ae.article_id = a.id
			JOIN entity_aliases al ON al.entity_id = ae.entity_id WHERE al.alias = ? COLLATE NOCASE)`
		args = append(args, f.Entity)
	}
	// Most recently active first, then biggest; undated stories by arrival.
	q += ` ORDER BY COALESCE((SELECT MAX(substr(a.published, 1, 10)) FROM articles a WHERE a.story_id = s.id AND a.published <> ''), '') DESC,
		(SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id) DESC, s.id DESC`
	if f.Storyline == 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	out, err := s.scanStoryInfos(ctx, rows)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	if f.Storyline != 0 {
		kept := out[:0]
		for _, si := range out {
			if si.Storyline == f.Storyline {
				kept = append(kept, si)
			}
		}
		out = kept
		if len(out) > limit {
			out = out[:limit]
		}
	}
	return out, nil
}

func (s *sqliteStore) Story(ctx context.Context, id int64) (*StoryDetail, error) {
	id, err := s.resolveStory(ctx, id)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, storyInfoQuery+` WHERE s.id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	infos, err := s.scanStoryInfos(ctx, rows)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	if len(infos) == 0 {
		return nil, fmt.Errorf("story %d: %w", id, core.ErrNotFound)
	}
	d := &StoryDetail{StoryInfo: infos[0]}
	arows, err := s.db.QueryContext(ctx, `SELECT `+articleSummaryCols+`, a.duplicate_of, a.story_id, a.link_reason FROM articles a WHERE a.story_id = ?
		ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	for arows.Next() {
		var dup, sid int64
		var reason string
		a, err := scanSummary(arows, &dup, &sid, &reason)
		if err != nil {
			arows.Close()
			return nil, fmt.Errorf("story %d: %w", id, err)
		}
		a.DuplicateOf, a.Story, a.Storyline, a.LinkReason = dup, sid, d.Storyline, reason
		d.Articles = append(d.Articles, a)
	}
	arows.Close()
	erows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, SUM(ae.mentions), COUNT(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
		JOIN entities e ON e.id = ae.entity_id WHERE a.story_id = ? GROUP BY e.id ORDER BY SUM(ae.mentions) DESC, e.name LIMIT 30`, id)
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	for erows.Next() {
		var e StoredEntity
		var typ string
		if err := erows.Scan(&e.ID, &e.Name, &typ, &e.Mentions, &e.Articles); err != nil {
			erows.Close()
			return nil, fmt.Errorf("story %d: %w", id, err)
		}
		e.Type = core.EntityType(typ)
		d.Entities = append(d.Entities, e)
	}
	erows.Close()
	if d.Claims, err = s.Claims(ctx, ClaimFilter{Story: id, Limit: 50}); err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	for _, a := range d.Articles {
		qs, err := s.Quotes(ctx, QuoteFilter{ArticleID: a.ID, Limit: -1})
		if err != nil {
			return nil, fmt.Errorf("story %d: %w", id, err)
		}
		d.Quotes = append(d.Quotes, qs...)
	}
	return d, nil
}

func (s *sqliteStore) Storylines(ctx context.Context, limit int) ([]StorylineInfo, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.db.QueryContext(ctx, storyInfoQuery+` WHERE s.merged_into = 0 AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)`)
	if err != nil {
		return nil, fmt.Errorf("list storylines: %w", err)
	}
	infos, err := s.scanStoryInfos(ctx, rows)
	if err != nil {
		return nil, fmt.Errorf("list storylines: %w", err)
	}
	byLine := map[int64]*StorylineInfo{}
	var order []int64
	for _, si := range infos {
		l := byLine[si.Storyline]
		if l == nil {
			l = &StorylineInfo{ID: si.Storyline}
			byLine[si.Storyline] = l
			order = append(order, si.Storyline)
		}
		l.Stories = append(l.Stories, si)
		l.Articles += si.Articles
		if si.First != "" && (l.First == "" || si.First < l.First) {
			l.First = si.First
		}
		if si.Last > l.Last {
			l.Last = si.Last
		}
	}
	out := make([]StorylineInfo, 0, len(order))
	for _, id := range order {
		l := byLine[id]
		sort.SliceStable(l.Stories, func(i, j int) bool { return storyBefore(l.Stories[i], l.Stories[j]) })
		out = append(out, *l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Last != out[j].Last {
			return out[i].Last > out[j].Last
		}
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func storyBefore(a, b StoryInfo) bool {
	if (a.First == "") != (b.First == "") {
		return a.First != ""
	}
	if a.First != b.First {
		return a.First < b.First
	}
	return a.ID < b.ID
}

func (s *sqliteStore) Claims(ctx context.Context, f ClaimFilter) ([]ClaimGroup, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	minCount := max(f.MinCount, 1)
	var where []string
	var args []any
	if f.Speaker != "" {
		where = append(where, `c.holder = lower(?)`)
		args = append(args, strings.TrimSpace(f.Speaker))
	}
	if f.Story != 0 {
		where = append(where, `c.key IN (SELECT c2.key FROM claims c2 JOIN articles a2 ON a2.id = c2.article_id WHERE a2.story_id = ?)`)
		args = append(args, f.Story)
	}
	if f.ArticleID != 0 {
		where = append(where, `c.key IN (SELECT key FROM claims WHERE article_id = ?)`)
		args = append(args, f.ArticleID)
	}
	q := `SELECT c.key, MIN(c.holder), MIN(c.text), COUNT(DISTINCT c.article_id) FROM claims c`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` GROUP BY c.key HAVING COUNT(DISTINCT c.article_id) >= ? ORDER BY COUNT(DISTINCT c.article_id) DESC, c.key LIMIT ?`
	args = append(args, minCount, limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	var out []ClaimGroup
	for rows.Next() {
		var g ClaimGroup
		if err := rows.Scan(&g.Key, &g.Holder, &g.Text, &g.Articles); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list claims: %w", err)
		}
		out = append(out, g)
	}
	rows.Close()
	for i := range out {
		orows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.published, a.source, c.sentence FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE c.key = ? ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id`, out[i].Key)
		if err != nil {
			return nil, fmt.Errorf("list claims: %w", err)
		}
		for orows.Next() {
			var o ClaimOccurrence
			if err := orows.Scan(&o.ArticleID, &o.Title, &o.Published, &o.Source, &o.Sentence); err != nil {
				orows.Close()
				return nil, fmt.Errorf("list claims: %w", err)
			}
			out[i].Occurrences = append(out[i].Occurrences, o)
		}
		orows.Close()
		if n := len(out[i].Occurrences); n > 0 {
			out[i].First, out[i].Latest = out[i].Occurrences[0], out[i].Occurrences[0]
			for _, o := range out[i].Occurrences {
				if o.Published != "" && (out[i].Latest.Published == "" || o.Published >= out[i].Latest.Published) {
					out[i].Latest = o
				}
			}
		}
	}
	return out, nil
}

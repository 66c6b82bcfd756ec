package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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
	r, err := findLine(ctx, s.rd, story.LineID(line))
	if err != nil {
		return 0, err
	}
	memo[line] = int64(r)
	return int64(r), nil
}

// lineParents reads the storylines union-find table.
func (s *sqliteStore) lineParents(ctx context.Context) (map[int64]int64, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT id, parent FROM storylines`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	parents := map[int64]int64{}
	for rows.Next() {
		var id, p int64
		if err := rows.Scan(&id, &p); err != nil {
			return nil, err
		}
		parents[id] = p
	}
	return parents, rows.Err()
}

// rootLine follows parents to the root, as findLine does in SQL.
func rootLine(parents map[int64]int64, x int64) int64 {
	for i := 0; i < 1000; i++ {
		p, ok := parents[x]
		if !ok || p == x {
			return x
		}
		x = p
	}
	return x
}

// resolveStory follows merges to the story that now holds id.
func (s *sqliteStore) resolveStory(ctx context.Context, id int64) (int64, error) {
	for i := 0; i < 1000; i++ {
		var into int64
		err := s.rd.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = ?`, id).Scan(&into)
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

// storyInfoQuery reads the summary columns kept by refreshStory.
const storyInfoQuery = `SELECT s.id, s.line, s.n_articles, s.n_sources, s.first_day, s.last_day, s.title, s.top_entities FROM stories s`

func (s *sqliteStore) scanStoryInfos(ctx context.Context, rows *sql.Rows) ([]StoryInfo, error) {
	defer rows.Close()
	var out []StoryInfo
	for rows.Next() {
		var si StoryInfo
		var top string
		if err := rows.Scan(&si.ID, &si.Storyline, &si.Articles, &si.Sources, &si.First, &si.Last, &si.Title, &top); err != nil {
			return nil, err
		}
		if top != "" && top != "[]" {
			if err := json.Unmarshal([]byte(top), &si.TopEntities); err != nil {
				return nil, fmt.Errorf("story %d top entities: %w", si.ID, err)
			}
			// A story summed before each name was kept once may list
			// a name twice (two types): once.
			si.TopEntities = onceEach(si.TopEntities)
		}
		out = append(out, si)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(out) > 4 {
		// Many stories: resolve their storylines from the whole union-find
		// table (one row per union, far fewer than stories) in one query.
		parents, err := s.lineParents(ctx)
		if err != nil {
			return nil, err
		}
		for i := range out {
			out[i].Storyline = rootLine(parents, out[i].Storyline)
		}
		return out, nil
	}
	memo := map[int64]int64{}
	for i := range out {
		var err error
		if out[i].Storyline, err = s.lineOf(ctx, out[i].Storyline, memo); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// listedStories is the condition of a story worth listing; it matches the
// partial index stories_listed, whose order is the list's order.
const listedStories = ` WHERE s.merged_into = 0 AND s.n_articles > 0`

func (s *sqliteStore) Stories(ctx context.Context, f StoryFilter) ([]StoryInfo, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	q := storyInfoQuery + listedStories
	var args []any
	if f.Entity != "" {
		cond, eargs, none, err := s.mentioning(ctx, f.Entity, `s.id`, true)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		if none {
			return nil, nil
		}
		q += ` AND ` + cond
		args = append(args, eargs...)
	}
	if f.MinArticles > 1 {
		q += ` AND s.n_articles >= ?`
		args = append(args, f.MinArticles)
	}
	if f.Storyline != 0 {
		// Only the stories whose line is the storyline or joins it
		// (lineStories' query), not every story of the store read and
		// resolved; a superset when the storyline was itself joined into
		// another, so the resolved storylines are still compared below.
		q += ` AND s.line IN ` + joinedLines
		args = append(args, f.Storyline)
	}
	// Most recently active first, then biggest; undated stories by arrival.
	q += ` ORDER BY s.last_day DESC, s.n_articles DESC, s.id DESC`
	if f.Storyline == 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.rd.QueryContext(ctx, q, args...)
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

func (s *sqliteStore) StoryInfo(ctx context.Context, id int64) (StoryInfo, error) {
	id, err := s.resolveStory(ctx, id)
	if err != nil {
		return StoryInfo{}, err
	}
	rows, err := s.rd.QueryContext(ctx, storyInfoQuery+` WHERE s.id = ?`, id)
	if err != nil {
		return StoryInfo{}, fmt.Errorf("story %d: %w", id, err)
	}
	infos, err := s.scanStoryInfos(ctx, rows)
	if err != nil {
		return StoryInfo{}, fmt.Errorf("story %d: %w", id, err)
	}
	if len(infos) == 0 {
		return StoryInfo{}, fmt.Errorf("story %d: %w", id, core.ErrNotFound)
	}
	return infos[0], nil
}

func (s *sqliteStore) Story(ctx context.Context, id int64) (*StoryDetail, error) {
	info, err := s.StoryInfo(ctx, id)
	if err != nil {
		return nil, err
	}
	id = info.ID
	d := &StoryDetail{StoryInfo: info}
	arows, err := s.rd.QueryContext(ctx, `SELECT `+articleSummaryCols+`, a.duplicate_of, a.story_id, a.link_reason FROM articles a WHERE a.story_id = ?
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
	erows, err := s.rd.QueryContext(ctx, `SELECT e.id, e.name, e.type, SUM(ae.mentions), COUNT(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
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
	// The quotes of every article, in the articles' order (one query).
	if d.Quotes, err = s.quotes(ctx, `a.story_id = ?`, []any{id},
		` ORDER BY CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id, q.start`); err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	return d, nil
}

func (s *sqliteStore) Storylines(ctx context.Context, f StorylineFilter) ([]StorylineInfo, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.rd.QueryContext(ctx, storyInfoQuery+listedStories)
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
		if len(l.Stories) < f.MinStories {
			continue
		}
		sort.SliceStable(l.Stories, func(i, j int) bool { return StoryBefore(l.Stories[i], l.Stories[j]) })
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

// StoryBefore orders stories in time: by their first day, undated last,
// then by ID (a storyline's order).
func StoryBefore(a, b StoryInfo) bool {
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
		// The holder ("russia", "putin") or who voiced a country's claim
		// ("Vladimir Putin", matched whole or by the last name).
		// The entities the name matches (Speakers: by name or alias, else
		// by its words, "Kovrin" for "Ana Kovrin") are matched as holders
		// and voices too; a person holds claims under a surname ("kovrin"),
		// matched in the articles that name the person.
		sp := strings.ToLower(strings.TrimSpace(f.Speaker))
		ids, _, err := s.speakerEntities(ctx, f.Speaker)
		if err != nil {
			return nil, fmt.Errorf("list claims: %w", err)
		}
		names, err := s.speakerNames(ctx, strings.TrimSpace(f.Speaker))
		if err != nil {
			return nil, fmt.Errorf("list claims: %w", err)
		}
		var lower, surnames []string
		for _, n := range names {
			lower = append(lower, strings.ToLower(n))
			if w := strings.Fields(strings.ToLower(n)); len(w) > 1 {
				surnames = append(surnames, w[len(w)-1])
			}
		}
		in, _ := json.Marshal(lower)
		sur, _ := json.Marshal(surnames)
		ents, _ := json.Marshal(ids)
		where = append(where, `(c.holder = ? OR c.holder IN (SELECT value FROM json_each(?))
			OR (c.holder IN (SELECT value FROM json_each(?)) AND c.article_id IN (SELECT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))))
			OR c.key IN (SELECT key FROM claims WHERE speaker <> '' AND (lower(speaker) = ? OR lower(speaker) IN (SELECT value FROM json_each(?)) OR lower(speaker) LIKE ? ESCAPE '\')))`)
		args = append(args, sp, string(in), string(sur), string(ents), sp, string(in), "% "+escapeLike(sp))
	}
	if f.Key != "" {
		where = append(where, `c.key = ?`)
		args = append(args, f.Key)
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
	q += ` GROUP BY c.key HAVING COUNT(DISTINCT c.article_id) >= ?`
	args = append(args, minCount)
	if !f.Singles && f.Key == "" {
		q += ` AND (instr(c.key, '|says|') = 0 OR COUNT(DISTINCT c.article_id) >= 2)`
	}
	q += ` ORDER BY COUNT(DISTINCT c.article_id) DESC, c.key LIMIT ?`
	args = append(args, limit)
	rows, err := s.rd.QueryContext(ctx, q, args...)
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
	// Every occurrence of the listed claims in one query.
	keys := make([]string, len(out))
	pos := make(map[string]int, len(out))
	for i := range out {
		keys[i] = out[i].Key
		pos[out[i].Key] = i
	}
	keyJSON, _ := json.Marshal(keys)
	orows, err := s.rd.QueryContext(ctx, `SELECT c.key, a.id, a.title, `+leadColumn+`, a.published, a.source, c.sentence, c.questioned, c.speaker FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.key IN (SELECT value FROM json_each(?)) ORDER BY c.key, CASE WHEN a.published = '' THEN 1 ELSE 0 END, a.published, a.id`, string(keyJSON))
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	for orows.Next() {
		var o ClaimOccurrence
		var key, lead string
		if err := orows.Scan(&key, &o.ArticleID, &o.Title, &lead, &o.Published, &o.Source, &o.Sentence, &o.Questioned, &o.Speaker); err != nil {
			orows.Close()
			return nil, fmt.Errorf("list claims: %w", err)
		}
		o.Label = ArticleLabel(o.ArticleID, o.Title, lead)
		if i, ok := pos[key]; ok {
			out[i].Occurrences = append(out[i].Occurrences, o)
		}
	}
	orows.Close()
	if err := orows.Err(); err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	for i := range out {
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

// escapeLike escapes LIKE's wildcards (and its escape character '\') in s.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// onceEach returns names without the repeats of a name, in order.
func onceEach(names []string) []string {
	for i := 1; i < len(names); i++ {
		if slices.Contains(names[:i], names[i]) {
			out := slices.Clone(names[:i])
			for _, n := range names[i+1:] {
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
			return out
		}
	}
	return names
}

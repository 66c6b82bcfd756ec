package store

import (
	"context"
	"database/sql"
	"fmt"
)

// The SQLite schema, applied as numbered migrations. Each migration runs in
// its own transaction and records its number in schema_migrations, so a store
// created by an older storyline is upgraded in place and a crash mid-upgrade
// leaves the previous version intact.
//
// Layout (version 1):
//
//	articles          one row per article, identified by hash (SHA-256 of the
//	                  normalised title and text); authors, removed and
//	                  key_points are JSON arrays
//	articles_fts      FTS5 index over title, subtitle and text (external content
//	                  table articles, kept in step by triggers)
//	entities          one row per real-world name: key is entity.Key(name, type)
//	entity_aliases    surface forms seen for an entity
//	article_entities  which articles mention which entity, and how often
//	quotes, events    attached to their article; deleted with it
//
// Version 2 adds the story layer (package link): articles.duplicate_of,
// story_id (stories merged later are re-pointed) and link_reason; stories
// (line is the storyline at the story's last update, resolved through the
// storylines union-find table; state is the JSON of the whole
// story.Story, the other columns repeat what queries need);
// story_index (inverted index of active stories; keys are story.Key
// values stored as int64; story_postings since version 7), story_df (document
// frequencies), link_meta (counters: docs seen, last story ID, stream
// position), story_actors (actor postings for storylines, seq = recency),
// minhash + minhash_bands (near-duplicate signatures as little-endian uint32
// arrays, LSH band keys as int64), claims, novelty_traces (stem-hash traces
// as little-endian uint64 arrays) and novelty_keys per storyline, and
// article_sentences (each sentence of an article with whether it is new).
//
// Version 3 makes the read side cheap. stories gains summary columns that
// the story list and page show (n_articles, n_sources, first_day, last_day:
// publication days of its earliest and latest dated articles, title: of the
// earliest article, top_entities: JSON array of the five most mentioned
// names); they are recomputed from articles in the same transaction that
// links an article to a story or merges stories into it (refreshStory), and
// filled for existing stores by the migration. A partial index orders the
// listed stories (merged_into = 0 AND n_articles > 0) as Stories does;
// articles_story becomes (story_id, published); entities gains an index by
// mentions for the most-mentioned list.
//
// Version 4 continues the read side: articles_meta covers what search
// reads and filters on for every match (id, published, outlet, source,
// language, story_id): an article's row holds its whole text, so looking
// these up in the table costs a page per match, the index a page per fifty.
// entities.n_articles counts the articles mentioning the entity (kept by
// putAnnotations as article_entities rows are added).
var migrations = []string{
	1: `
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	hash        TEXT NOT NULL UNIQUE,
	source      TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	subtitle    TEXT NOT NULL DEFAULT '',
	authors     TEXT NOT NULL DEFAULT '[]',
	published   TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	removed     TEXT NOT NULL DEFAULT '[]',
	key_points  TEXT NOT NULL DEFAULT '[]',
	fetched_at  TEXT NOT NULL DEFAULT '',
	ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, subtitle, text, content='articles', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, subtitle, text) VALUES (new.id, new.title, new.subtitle, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, text) VALUES ('delete', old.id, old.title, old.subtitle, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, text) VALUES ('delete', old.id, old.title, old.subtitle, old.text);
	INSERT INTO articles_fts(rowid, title, subtitle, text) VALUES (new.id, new.title, new.subtitle, new.text);
END;
CREATE TABLE entities (
	id         INTEGER PRIMARY KEY,
	key        TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	attributes TEXT NOT NULL DEFAULT '[]',
	mentions   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE entity_aliases (
	entity_id INTEGER NOT NULL REFERENCES entities(id),
	alias     TEXT NOT NULL,
	PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
CREATE TABLE article_entities (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	entity_id  INTEGER NOT NULL REFERENCES entities(id),
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);
CREATE TABLE quotes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	text       TEXT NOT NULL,
	speaker    TEXT NOT NULL DEFAULT '',
	direct     INTEGER NOT NULL,
	fragment   INTEGER NOT NULL,
	sentence   TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE TABLE events (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	actor      TEXT NOT NULL,
	type       TEXT NOT NULL,
	target     TEXT NOT NULL DEFAULT '',
	place      TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	sentence   TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
`,
	2: `
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN story_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN link_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE stories (
	id          INTEGER PRIMARY KEY,
	line        INTEGER NOT NULL,
	size        INTEGER NOT NULL,
	first       TEXT NOT NULL DEFAULT '',
	last        TEXT NOT NULL DEFAULT '',
	seq         INTEGER NOT NULL,
	active      INTEGER NOT NULL,
	merged_into INTEGER NOT NULL DEFAULT 0,
	state       TEXT NOT NULL
);
CREATE INDEX stories_active ON stories(active, seq);
CREATE TABLE story_index (key INTEGER NOT NULL, story_id INTEGER NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
CREATE INDEX story_index_story ON story_index(story_id);
CREATE TABLE story_df (key INTEGER PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE link_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO link_meta(name, value) VALUES ('docs', 0), ('stories', 0), ('seq', 0);
CREATE TABLE storylines (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL);
CREATE TABLE story_actors (seq INTEGER PRIMARY KEY, key INTEGER NOT NULL, story_id INTEGER NOT NULL);
CREATE UNIQUE INDEX story_actors_key ON story_actors(key, story_id);
CREATE TABLE minhash (id INTEGER PRIMARY KEY, doc TEXT NOT NULL, sig BLOB NOT NULL);
CREATE TABLE minhash_bands (band INTEGER NOT NULL, minhash_id INTEGER NOT NULL, PRIMARY KEY (band, minhash_id)) WITHOUT ROWID;
CREATE TABLE claims (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	key        TEXT NOT NULL,
	holder     TEXT NOT NULL,
	text       TEXT NOT NULL,
	sentence   TEXT NOT NULL
);
CREATE INDEX claims_key ON claims(key);
CREATE INDEX claims_article ON claims(article_id);
CREATE TABLE novelty_traces (id INTEGER PRIMARY KEY, line INTEGER NOT NULL, trace BLOB NOT NULL);
CREATE INDEX novelty_traces_line ON novelty_traces(line, id);
CREATE TABLE novelty_keys (line INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (line, key)) WITHOUT ROWID;
CREATE TABLE article_sentences (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	new        INTEGER NOT NULL,
	reason     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
`,
	3: `
ALTER TABLE stories ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN first_day TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN last_day TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN top_entities TEXT NOT NULL DEFAULT '[]';
DROP INDEX articles_story;
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX stories_listed ON stories(last_day DESC, n_articles DESC, id DESC) WHERE merged_into = 0 AND n_articles > 0;
CREATE INDEX entities_mentions ON entities(mentions DESC, name);
`,
	4: `
CREATE INDEX IF NOT EXISTS articles_meta ON articles(id, published, outlet, source, language, story_id);
ALTER TABLE entities ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET n_articles = (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = entities.id);
`,
	// Version 5: articles.story_leaf is the story the link stage assigned
	// (possibly a fragment, see package story); articles.story_id is the
	// story that holds it now, through stories.merged_into, kept in step in
	// the link transaction whenever a story is merged or splits off.
	5: `
ALTER TABLE articles ADD COLUMN story_leaf INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET story_leaf = story_id;
CREATE INDEX articles_story_leaf ON articles(story_leaf);
CREATE INDEX stories_merged_into ON stories(merged_into);
`,
	// Version 6: entity keys fold accents, dots, hyphens and -isation (see
	// entityKey); rekeyEntities merges the entities whose keys now meet.
	6: `SELECT 1;`,
	// Version 7: the inverted index of active stories carries each story's
	// stream position, so that a lookup reads the most recent postings of a
	// key straight from the primary key instead of joining every posting
	// with stories and sorting (story_index becomes story_postings).
	7: `
CREATE TABLE story_postings (key INTEGER NOT NULL, seq INTEGER NOT NULL, story_id INTEGER NOT NULL, PRIMARY KEY (key, seq, story_id)) WITHOUT ROWID;
CREATE INDEX story_postings_story ON story_postings(story_id);
INSERT INTO story_postings(key, seq, story_id) SELECT si.key, s.seq, si.story_id FROM story_index si JOIN stories s ON s.id = si.story_id;
DROP TABLE story_index;
`,
	// Version 8: a claim occurrence may be one the writer puts in question
	// ("skepticism about X's willingness to talk"), listed as such.
	8: `ALTER TABLE claims ADD COLUMN questioned INTEGER NOT NULL DEFAULT 0;`,
	// Version 9: a claim held by a country keeps who voiced it ("Vladimir
	// Putin" for Russia), see core.Claim.Speaker.
	9: `ALTER TABLE claims ADD COLUMN speaker TEXT NOT NULL DEFAULT '';`,
	// Version 10: a story's top entities leave out MISC names; the summaries
	// are recomputed (migrationFuncs).
	10: `SELECT 1;`,
	// Version 11: the story clusterer's short-term memory (stream
	// position, pending absorption checks, stories to consolidate) is kept
	// between processes (story.ScratchState), so a stream ingested in
	// several runs clusters as in one.
	11: `CREATE TABLE link_scratch (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;`,
	// Version 12: dotted acronyms key as their bare form ("F.B.I." with
	// "FBI"), and short forms meet the full names stored before (acronyms,
	// names without middle initials): see shortFormOwner. rekeyShortForms
	// merges what now meets.
	12: `SELECT 1;`,
	// Version 13: an entity's titles and roles are counted over the
	// articles that give them (entity_attributes); entities.attributes
	// caches the most given ones (see attributesOf). Filled from the lists
	// stored before, each counted once.
	13: `
CREATE TABLE entity_attributes (
	entity_id     INTEGER NOT NULL,
	attr          TEXT NOT NULL COLLATE NOCASE,
	n             INTEGER NOT NULL,
	first_article INTEGER NOT NULL,
	PRIMARY KEY (entity_id, attr)
) WITHOUT ROWID;
INSERT OR IGNORE INTO entity_attributes(entity_id, attr, n, first_article)
	SELECT e.id, j.value, 1, j.key FROM entities e, json_each(e.attributes) j WHERE trim(j.value) != '';
`,
	// Version 14: person keys fold diminutives ("Rick" as "Richard") and
	// numbered suffixes ("III"), organisation keys drop "Department",
	// "Inc." and the like; one name stored under two types, and a person
	// stored with and without a middle name, meet, and so do an acronym
	// and the one name with those initials: entity_initials files the
	// names of two or more words other than persons' under their initials
	// (entitykey_cross.go). migrateInitials fills it and merges what now
	// meets.
	14: `CREATE TABLE entity_initials (
	initials  TEXT NOT NULL,
	entity_id INTEGER NOT NULL,
	PRIMARY KEY (initials, entity_id)
) WITHOUT ROWID;`,
	// Version 15: a place named by a US state's AP abbreviation keys as
	// the state ("Calif." and "California" meet); entity_types counts the
	// articles that give an entity each type, and an entity takes the type
	// most give it (entitykey_types.go). An older store's counts start at
	// its entities' article counts under their stored types;
	// rekeyShortForms merges what now meets.
	15: `CREATE TABLE entity_types (
	entity_id INTEGER NOT NULL,
	type      TEXT NOT NULL,
	n         INTEGER NOT NULL,
	PRIMARY KEY (entity_id, type)
) WITHOUT ROWID;
INSERT INTO entity_types(entity_id, type, n) SELECT id, type, n_articles FROM entities;`,
	// Version 16: each event keeps its confidence (core.Event.Confidence),
	// so readers can set weak events apart; events stored before it read 0,
	// unknown.
	// Events are listed across the store by actor and target (Events).
	16: `ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
CREATE INDEX events_actor ON events(actor COLLATE NOCASE);
CREATE INDEX events_target ON events(target COLLATE NOCASE);`,
	// Version 17: the ledger of what each article added to its entities'
	// type votes and title counts, so that deleting or re-analysing an
	// article takes back exactly its own share (article_votes.go).
	// Articles stored before it have no rows: their share stays.
	17: `CREATE TABLE article_votes (
	article_id INTEGER NOT NULL,
	entity_id  INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	value      TEXT NOT NULL COLLATE NOCASE,
	n          INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX article_votes_entity ON article_votes(entity_id);`,
	// Version 18: claim_said keeps each article's statement claims (a
	// speaker's quote keyed by its gist) with the key its words gave
	// (own), the key it was stored under (key: the group of an earlier
	// statement it restates, claims.Join) and its gist (content stems,
	// space-separated), for the statements of later articles to join
	// (claims_said.go). Articles stored before it have no rows: their
	// statements join nothing until `storyline reanalyze` fills them.
	18: `CREATE TABLE claim_said (
	article_id INTEGER NOT NULL,
	idx        INTEGER NOT NULL,
	holder     TEXT NOT NULL,
	own        TEXT NOT NULL,
	key        TEXT NOT NULL,
	gist       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX claim_said_holder ON claim_said(holder, article_id);`,
	// Version 19: storylines are found by parent when a story leaves its
	// storyline (Lines.Detach re-points the leaving line's children), a
	// scan of the whole union-find table without this index.
	19: `CREATE INDEX storylines_parent ON storylines(parent);`,
	// Version 20: a name stored in capitals by an older storyline ("NEW
	// YORK" aka "New York") takes the alias that writes it as usual, as
	// later articles rename it (entitykey_caps.go), and keys are brought
	// up to entity.Key ("Miss" before a surname is a title): see
	// migrateCapsNames.
	20: `SELECT 1;`,
	// Version 21: the source filter (ArticleFilter.Source,
	// SearchQuery.Source) folds case beyond ASCII: source_fold and
	// outlet_fold hold foldCase of source and outlet (SQLite's lower()
	// folds ASCII only: "LE MONDE" met "Le Monde", "ÉCHO" missed "Écho"),
	// written with the article and filled for stored articles by
	// migrateSourceFold; articles_meta, which search reads its filters
	// from, covers them.
	21: `ALTER TABLE articles ADD COLUMN source_fold TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN outlet_fold TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS articles_meta;
CREATE INDEX articles_meta ON articles(id, published, outlet, source, language, story_id, source_fold, outlet_fold);`,
	// Version 22: the entity name filter (EntityFilter.Name) folds case
	// beyond ASCII as the source filter does: alias_fold holds foldCase of
	// alias, filled for stored aliases by fillAliasFold, and after every
	// write transaction for the aliases it added (inTx: the sites that add
	// aliases also run in older migrations, before the column exists, so
	// they leave it '' and the fill follows; entity_aliases_unfolded finds
	// those rows). The filter reads an unfilled row as before (lower()).
	22: `ALTER TABLE entity_aliases ADD COLUMN alias_fold TEXT NOT NULL DEFAULT '';
CREATE INDEX entity_aliases_unfolded ON entity_aliases(entity_id) WHERE alias_fold = '';`,
	// Version 23: a place named with an abbreviated street head ("Snyder
	// Ave.") keys and is named spelt out ("Snyder Avenue"), as a new
	// analysis names it; migrateStreetKeys renames the stored ones and
	// merges what now meets (streetkeys.go).
	23: `SELECT 1;`,
	// Version 24: an article's own highlight marks (U+E000, U+E001) are
	// stored as U+FFFD, same length (noMarks, search.go): the articles
	// stored before are rewritten (the FTS trigger re-indexes them).
	24: `UPDATE articles SET
	title = replace(replace(title, char(57344), char(65533)), char(57345), char(65533)),
	subtitle = replace(replace(subtitle, char(57344), char(65533)), char(57345), char(65533)),
	text = replace(replace(text, char(57344), char(65533)), char(57345), char(65533))
WHERE instr(title, char(57344)) OR instr(title, char(57345)) OR instr(subtitle, char(57344)) OR instr(subtitle, char(57345))
	OR instr(text, char(57344)) OR instr(text, char(57345));`,
	// Version 25: entity_alias_words files each entity under the words of
	// its names and aliases (nameWords), for the speaker filter's match by
	// words (entitiesByWords) to look up instead of scanning every alias.
	// Filled for stored aliases by fillAllAliasWords, then after every
	// write transaction with alias_fold (fillNewAliases: every alias row
	// added starts unfolded); an entity's rows go with it (trigger). A row
	// left over (an alias moved away) only proposes a candidate the
	// lookup checks against the entity's aliases.
	25: `CREATE TABLE entity_alias_words (
	word      TEXT NOT NULL,
	entity_id INTEGER NOT NULL,
	PRIMARY KEY (word, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_alias_words_entity ON entity_alias_words(entity_id);
CREATE TRIGGER entities_ad_words AFTER DELETE ON entities BEGIN
	DELETE FROM entity_alias_words WHERE entity_id = old.id;
END;`,
	// 26: a story's n_sources counts its articles' SourceKeys, as the story
	// page groups them (refreshAllStories recounts every story).
	26: `SELECT 1;`,
	// Version 27: entity_words holds each word of entity_alias_words once,
	// with it spelt backwards (rword, reverseWord), so NearNames reads the
	// stored words that begin as a mistyped one does without the entities
	// filed under each, and those that end so ("Kvorin": kovrin) by a range
	// of rword. Filled by fillAllWordEnds, then with the words
	// (fileAliasWords). A word left over once its entities are gone only
	// proposes a word that names no one.
	27: `CREATE TABLE entity_words (
	word  TEXT PRIMARY KEY,
	rword TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_words_rword ON entity_words(rword);`,
}

// aliasWordsVersion is the schema version that adds entity_alias_words,
// wordEndsVersion the one that adds entity_words.
const aliasWordsVersion, wordEndsVersion = 25, 27

// migrationFuncs run after a migration's SQL, in its transaction: data
// fills that need more than one statement.
var migrationFuncs = map[int]func(ctx context.Context, tx *sql.Tx) error{
	3:  refreshAllStories,
	6:  rekeyEntities,
	10: refreshAllStories,
	12: rekeyShortForms,
	14: migrateInitials,
	15: migrateTypes,
	20: migrateCapsNames,
	21: migrateSourceFold,
	22: fillAliasFold,
	23: migrateStreetKeys,
	25: fillAllAliasWords,
	27: fillAllWordEnds,
	26: refreshAllStories,
}

// fillAliasFold sets alias_fold of the aliases that have none (version 22).
func fillAliasFold(ctx context.Context, tx *sql.Tx) error {
	return fillNewAliases(ctx, tx, 22)
}

// fillNewAliases sets alias_fold of the aliases that have none (after each
// write transaction: the aliases it added) and, from schema version 25
// (aliasWordsVersion), files their entities under their words in
// entity_alias_words, from 27 (wordEndsVersion) the words in entity_words
// too.
func fillNewAliases(ctx context.Context, tx *sql.Tx, schema int) error {
	words := schema >= aliasWordsVersion
	rows, err := tx.QueryContext(ctx, `SELECT rowid, entity_id, alias FROM entity_aliases INDEXED BY entity_aliases_unfolded WHERE alias_fold = ''`)
	if err != nil {
		return err
	}
	type row struct {
		id, entity int64
		alias      string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.entity, &r.alias); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(all) == 0 {
		return err
	}
	up, err := tx.PrepareContext(ctx, `UPDATE entity_aliases SET alias_fold = ? WHERE rowid = ?`)
	if err != nil {
		return err
	}
	defer up.Close()
	var ins, ends *sql.Stmt
	if words {
		if ins, err = tx.PrepareContext(ctx, insertAliasWord); err != nil {
			return err
		}
		defer ins.Close()
	}
	filed := map[string]bool{}
	if schema >= wordEndsVersion {
		if ends, err = tx.PrepareContext(ctx, insertWordEnd); err != nil {
			return err
		}
		defer ends.Close()
	}
	for _, r := range all {
		if _, err := up.ExecContext(ctx, foldCase(r.alias), r.id); err != nil {
			return fmt.Errorf("alias %q: %w", r.alias, err)
		}
		if words {
			if err := fileAliasWords(ctx, ins, ends, filed, r.entity, r.alias); err != nil {
				return err
			}
		}
	}
	return nil
}

const (
	insertAliasWord = `INSERT OR IGNORE INTO entity_alias_words(word, entity_id) VALUES (?, ?)`
	insertWordEnd   = `INSERT OR IGNORE INTO entity_words(word, rword) VALUES (?, ?)`
)

// fileAliasWords files entity under each word of alias (nameWords) and,
// when ends is not nil (schema 27), each word in entity_words that filed
// does not hold yet (the words this transaction filed, then added).
func fileAliasWords(ctx context.Context, ins, ends *sql.Stmt, filed map[string]bool, entity int64, alias string) error {
	for _, w := range nameWords(alias) {
		if _, err := ins.ExecContext(ctx, w, entity); err != nil {
			return fmt.Errorf("alias %q: %w", alias, err)
		}
		if ends != nil && !filed[w] {
			filed[w] = true
			if _, err := ends.ExecContext(ctx, w, reverseWord(w)); err != nil {
				return fmt.Errorf("alias %q: %w", alias, err)
			}
		}
	}
	return nil
}

// fillAllWordEnds files every word of entity_alias_words in entity_words
// (version 27).
func fillAllWordEnds(ctx context.Context, tx *sql.Tx) error {
	words, err := queryAll(ctx, tx, func(rows *sql.Rows) (w string, err error) {
		return w, rows.Scan(&w)
	}, `SELECT DISTINCT word FROM entity_alias_words`)
	if err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, insertWordEnd)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, w := range words {
		if _, err := ins.ExecContext(ctx, w, reverseWord(w)); err != nil {
			return fmt.Errorf("word %q: %w", w, err)
		}
	}
	return nil
}

// fillAllAliasWords files every stored alias's entity under the alias's
// words (version 25); nothing else changes.
func fillAllAliasWords(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		entity int64
		alias  string
	}
	all, err := queryAll(ctx, tx, func(rows *sql.Rows) (r row, err error) {
		return r, rows.Scan(&r.entity, &r.alias)
	}, `SELECT entity_id, alias FROM entity_aliases`)
	if err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, insertAliasWord)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, r := range all {
		if err := fileAliasWords(ctx, ins, nil, nil, r.entity, r.alias); err != nil {
			return err
		}
	}
	return nil
}

// migrateSourceFold fills source_fold and outlet_fold of the stored
// articles (version 21); nothing else changes.
func migrateSourceFold(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id             int64
		source, outlet string
	}
	all, err := queryAll(ctx, tx, func(rows *sql.Rows) (r row, err error) {
		return r, rows.Scan(&r.id, &r.source, &r.outlet)
	}, `SELECT id, source, outlet FROM articles`)
	if err != nil {
		return err
	}
	up, err := tx.PrepareContext(ctx, `UPDATE articles SET source_fold = ?, outlet_fold = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer up.Close()
	for _, r := range all {
		if _, err := up.ExecContext(ctx, foldCase(r.source), foldCase(r.outlet), r.id); err != nil {
			return fmt.Errorf("article %d: %w", r.id, err)
		}
	}
	return nil
}

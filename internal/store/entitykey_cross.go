package store

// Entities across articles, second part: the same name under another type,
// a person's name with a middle name another article leaves out, and the
// context a lone surname needs before it joins a stored person.
//
// Same name, other type: taggers type one name differently from article
// to article ("Nashville" MISC and LOC, "Pueblo Sin Fronteras" PER and
// ORG). A name joins the entity of the same name under another type that
// is mentioned at least as often; one that is mentioned more absorbs the
// others. Places and organisations of one name stay apart (a city and its
// team: "Philadelphia"), and a one-word name meets only a MISC one (a
// surname typed PER and a place of that name stay apart).
//
// Lone surnames: a one-word person name joins the stored person that owns
// it as an alias only when the two share context, a person named in both
// (the incoming article and an article of the stored person), or when the
// stored person is prominent (in at least prominentArticles articles) and
// no other stored person of that surname rivals it (entitykey_rivals.go).
// Otherwise "Williams" in a football report joins the actress Esther
// Williams stored the day before.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// prominentArticles is how many articles a stored person needs for a lone
// surname to join it without shared context.
const prominentArticles = 10

// joinContext is what an incoming article offers to decide whether a lone
// surname is the stored person of that name: the names of the other
// persons it mentions. A nil joinContext (a migration) compares the stored
// articles of the two entities instead.
type joinContext struct {
	article int64 // the incoming article's id
	names   []string
	titles  map[string][]string // lower-cased person name -> the offices the article gives it
	all     []string            // every entity name of the article, of any type
}

// newJoinContext collects the person names of article id's entities (and
// every name of two or more words, of any type).
func newJoinContext(id int64, ents []core.Entity) *joinContext {
	jc := &joinContext{article: id, titles: map[string][]string{}}
	for _, e := range ents {
		if len(strings.Fields(e.Name)) > 1 {
			jc.all = append(jc.all, e.Name)
		}
		if e.Type == core.Person && strings.TrimSpace(e.Name) != "" {
			jc.names = append(jc.names, e.Name)
			for _, a := range e.Attributes {
				if officeTitle(a) {
					k := strings.ToLower(e.Name)
					jc.titles[k] = append(jc.titles[k], a)
				}
			}
		}
	}
	return jc
}

// others returns the names of jc except those equal to skip (case-folded).
func (jc *joinContext) others(skip ...string) []string {
	var out []string
	for _, n := range jc.names {
		keep := true
		for _, s := range skip {
			if strings.EqualFold(n, s) {
				keep = false
			}
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}

// surnameJoins reports whether the lone surname word may join the stored
// person owner. lone is the stored lone entity (0 when the surname is the
// incoming article's).
func surnameJoins(ctx context.Context, tx dbtx, jc *joinContext, owner, lone int64, word, ownerName string) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT n_articles FROM entities WHERE id = ?`, owner).Scan(&n); err != nil {
		return false, err
	}
	if n >= prominentArticles {
		rival, err := hasRival(ctx, tx, word, owner, lone)
		if err != nil || !rival {
			return err == nil, err
		}
		// Another stored person of the surname: context decides (entitykey_rivals.go).
	}
	return contextJoins(ctx, tx, jc, owner, lone, word, ownerName)
}

// contextJoins is surnameJoins without the prominent person's pass: word
// joins owner only when the two share context. A given name or nickname
// typed otherwise than a person needs it ("Salvatore" typed LOC joins
// "Salvatore Gigante" only beside a person named in his articles).
func contextJoins(ctx context.Context, tx dbtx, jc *joinContext, owner, lone int64, word, ownerName string) (bool, error) {
	if ok, err := sharedOffice(ctx, tx, jc, owner, lone, word, ownerName); err != nil || ok {
		return ok, err
	}
	if jc == nil {
		return sharePerson(ctx, tx, owner, lone)
	}
	if lone == 0 {
		// The stored person is named in this very article already, by
		// its full name or its given name ("Kimani" and "Gray" in one
		// article are "Kimani Gray").
		given := ""
		if f := strings.Fields(ownerName); len(f) > 1 {
			given = f[0]
		}
		for _, n := range jc.names {
			if strings.EqualFold(n, ownerName) || (given != "" && strings.EqualFold(n, given) && !strings.EqualFold(n, word)) {
				return true, nil
			}
		}
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM article_entities WHERE article_id = ? AND entity_id = ?`, jc.article, owner).Scan(&one)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return false, err
		}
	}
	names := jc.others(word, ownerName)
	if len(names) == 0 {
		return false, nil
	}
	probe := owner
	if lone != 0 {
		probe = lone
	}
	q := `SELECT 1 FROM article_entities ao
		JOIN article_entities ae ON ae.article_id = ao.article_id AND ae.entity_id != ao.entity_id
		JOIN entities e ON e.id = ae.entity_id AND e.type = 'PER' AND e.id != ?
		JOIN entity_aliases al ON al.entity_id = ae.entity_id
		WHERE ao.entity_id = ? AND al.alias COLLATE NOCASE IN (?` + strings.Repeat(", ?", len(names)-1) + `) LIMIT 1`
	args := []any{owner, probe}
	for _, nm := range names {
		args = append(args, nm)
	}
	var one int
	err := tx.QueryRowContext(ctx, q, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// genericTitles are titles the gazetteer lists that many people of one
// surname hold at once: no evidence that two mentions are one person.
var genericTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "leader": true,
	"chief executive": true, "ceo": true, "commander": true, "captain": true, "capt.": true,
	"major": true, "maj.": true, "lieutenant": true, "lt.": true, "sergeant": true, "sgt.": true,
	"general": true, "gen.": true, "colonel": true, "col.": true, "minister": true, "envoy": true,
	"ambassador": true, "representative": true, "rep.": true, "judge": true, "prosecutor": true}

// officeTitle reports whether the attribute a is an office that names its
// holder well enough to tell a lone surname apart: a title the gazetteer
// lists, not a generic one ("President", "Sen.", "Gov.", "Pope"; not
// "spokesman", "Gen.").
func officeTitle(a string) bool {
	return gazetteer.IsTitle(a) && !genericTitles[strings.ToLower(a)]
}

// sharedOffice reports whether a lone surname and the stored person owner
// are given the same office ("President Carter" and "Jimmy Carter", titled
// President elsewhere): context enough for the surname to join. lone is the
// stored lone entity (0 when the surname is the incoming article's, whose
// titles jc holds; otherwise jc holds the incoming full name's).
func sharedOffice(ctx context.Context, tx dbtx, jc *joinContext, owner, lone int64, word, ownerName string) (bool, error) {
	if jc == nil {
		return false, nil
	}
	titles, stored := jc.titles[strings.ToLower(word)], owner
	if lone != 0 {
		titles, stored = jc.titles[strings.ToLower(ownerName)], lone
	}
	if len(titles) == 0 {
		return false, nil
	}
	args := []any{stored}
	for _, t := range titles {
		args = append(args, t)
	}
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM entity_attributes WHERE entity_id = ? AND attr IN (?`+strings.Repeat(", ?", len(titles)-1)+`) LIMIT 1`, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// sharePerson reports whether a person other than a and b is named both in
// an article of a and in an article of b.
func sharePerson(ctx context.Context, tx dbtx, a, b int64) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM article_entities a1
		JOIN article_entities x1 ON x1.article_id = a1.article_id
		JOIN entities e ON e.id = x1.entity_id AND e.type = 'PER'
		JOIN article_entities x2 ON x2.entity_id = x1.entity_id
		JOIN article_entities b2 ON b2.article_id = x2.article_id
		WHERE a1.entity_id = ? AND b2.entity_id = ? AND x1.entity_id NOT IN (?, ?) LIMIT 1`, a, b, a, b).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// crossTypes are the entity types a name may be stored under.
var crossTypes = []core.EntityType{core.Person, core.Organisation, core.Location, core.Misc}

// crossAllowed reports whether a name typed a in one article and b in
// another may be one entity: not a place and an organisation (unless the
// name is an institution's, below), and for a one-word name only when one
// of the two is MISC (a one-word name typed PER in one article and LOC in
// another is as often a surname and a place as one place: "Bush",
// "Jordan"; and the type kept would be the first stored's, not the one
// most articles give: "Navy").
func crossAllowed(name string, a, b core.EntityType) bool {
	if a == b {
		return false
	}
	if (a == core.Location && b == core.Organisation) || (a == core.Organisation && b == core.Location) {
		return institution(name)
	}
	if len(strings.Fields(name)) == 1 && a != core.Misc && b != core.Misc {
		return false
	}
	return true
}

// institutionHeads are the last words of names that are a building and
// the body it houses at once: typed a place in one article and an
// organisation in another, the name is one thing ("Wasilla Bible Church",
// "Jamaica Hospital"). A place and an organisation of another name stay
// apart (a city and its team: "Philadelphia").
var institutionHeads = map[string]bool{"church": true, "cathedral": true, "chapel": true, "mosque": true,
	"synagogue": true, "temple": true, "school": true, "academy": true, "hospital": true, "clinic": true,
	"prison": true, "jail": true, "penitentiary": true, "library": true, "museum": true}

// institution reports whether name has two or more words and ends in an
// institution's head noun (institutionHeads).
func institution(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && institutionHeads[strings.ToLower(strings.TrimSuffix(w[len(w)-1], "."))]
}

// storedEnt is a stored entity found by key.
type storedEnt struct {
	id       int64
	name     string
	mentions int
}

// byKey returns the stored entity of key k, or ok false.
func byKey(ctx context.Context, tx dbtx, k string) (storedEnt, bool, error) {
	var s storedEnt
	err := tx.QueryRowContext(ctx, `SELECT id, name, mentions FROM entities WHERE key = ?`, k).Scan(&s.id, &s.name, &s.mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return s, false, nil
	}
	return s, err == nil, err
}

// crossTypeOwner returns the stored entity of e's name under another type
// that e joins (see the file comment), or 0.
func crossTypeOwner(ctx context.Context, tx dbtx, e core.Entity) (int64, string, error) {
	var best storedEnt
	var bestType core.EntityType
	for _, t := range crossTypes {
		if !crossAllowed(e.Name, e.Type, t) {
			continue
		}
		s, ok, err := byKey(ctx, tx, entityKey(e.Name, t))
		if err != nil {
			return 0, "", err
		}
		if ok && s.mentions > best.mentions {
			best, bestType = s, t
		}
	}
	if best.id == 0 || !outranks(best.mentions, bestType, max(e.Mentions, 1), e.Type) {
		return 0, "", nil
	}
	return best.id, best.name, nil
}

// outranks reports whether a name mentioned m1 times under type t1 keeps
// its type against the same name mentioned m2 times under t2: more
// mentions win; on a tie a type other than MISC wins over MISC (the
// tagger's catch-all), and otherwise the first stored (t1) wins.
func outranks(m1 int, t1 core.EntityType, m2 int, t2 core.EntityType) bool {
	if m1 != m2 {
		return m1 > m2
	}
	return !(t1 == core.Misc && t2 != core.Misc)
}

// absorbCrossType merges into eid (named name, typed typ) the entities of
// the same name under other types that it outranks.
func absorbCrossType(ctx context.Context, tx dbtx, eid int64, name string, typ core.EntityType) error {
	var mentions int
	if err := tx.QueryRowContext(ctx, `SELECT mentions FROM entities WHERE id = ?`, eid).Scan(&mentions); err != nil {
		return err
	}
	for _, t := range crossTypes {
		if !crossAllowed(name, typ, t) {
			continue
		}
		s, ok, err := byKey(ctx, tx, entityKey(name, t))
		if err != nil {
			return err
		}
		if !ok || s.id == eid || outranks(s.mentions, t, mentions, typ) {
			continue
		}
		if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
			return fmt.Errorf("merge %q (%s) into %q: %w", s.name, t, name, err)
		}
	}
	return nil
}

// particles are lower-case or short name parts that are no middle name.
var particles = map[string]bool{"de": true, "da": true, "del": true, "della": true, "di": true, "van": true,
	"von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true,
	"du": true, "dos": true, "das": true, "ben": true, "mac": true}

// withoutMiddle returns a three-word person name without its middle name
// ("Sarah Huckabee Sanders" -> "Sarah Sanders"), or "" when the middle
// word is an initial or initials ("H.W."), a particle or not capitalised.
func withoutMiddle(name string) string {
	w := strings.Fields(name)
	if len(w) != 3 {
		return ""
	}
	mid := strings.TrimSuffix(w[1], ".")
	if len([]rune(mid)) < 3 || particles[strings.ToLower(mid)] || strings.ToUpper(mid[:1]) != mid[:1] ||
		strings.Contains(mid, ".") {
		return "" // "H.W." is initials, not a middle name
	}
	if last := strings.TrimSuffix(w[2], "."); numberedSuffix[last] || last == "Jr" || last == "Sr" {
		return "" // "Anthony Vessel III": no middle name
	}
	return w[0] + " " + w[2]
}

// absorbMiddle merges into the three-word person eid the stored person
// named without its middle name.
func absorbMiddle(ctx context.Context, tx dbtx, eid int64, name string) error {
	s, ok, err := middleShort(ctx, tx, name)
	if err != nil || !ok || s.id == eid {
		return err
	}
	if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
		return fmt.Errorf("merge %q into %q: %w", s.name, name, err)
	}
	return nil
}

// middleShort returns the stored person named as the three-word person
// name without its middle name ("Sarah Sanders" for "Sarah Huckabee
// Sanders"), or ok false. A stored person named with a numbered suffix
// ("Ike LaRue III", whose key leaves the "III" out) is no short form of a
// name written with a middle name and no suffix ("Ike Parsons LaRue", the
// father of an obituary): the suffix tells the son from the father, and
// the news writes the son with it.
func middleShort(ctx context.Context, tx dbtx, name string) (storedEnt, bool, error) {
	short := withoutMiddle(name)
	if short == "" {
		return storedEnt{}, false, nil
	}
	s, ok, err := byKey(ctx, tx, entityKey(short, core.Person))
	if err != nil || !ok {
		return storedEnt{}, false, err
	}
	if numbered(s.name) {
		return storedEnt{}, false, nil
	}
	aliases, err := entityAliases(ctx, tx, s.id)
	if err != nil {
		return storedEnt{}, false, err
	}
	for _, a := range aliases {
		if numbered(a) {
			return storedEnt{}, false, nil
		}
	}
	return s, true, nil
}

// numbered reports whether the person name ends in a numbered suffix
// ("Ike LaRue III").
func numbered(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && numberedSuffix[strings.TrimSuffix(w[len(w)-1], ".")]
}

// absorbOtherForms merges into eid, stored under e's own name, the same
// name under other types mentioned less, the lone acronym of its initials
// (filing it under them) and, for a three-word person, the person named
// without the middle name.
func absorbOtherForms(ctx context.Context, tx dbtx, eid int64, e core.Entity) error {
	if err := absorbCrossType(ctx, tx, eid, e.Name, e.Type); err != nil {
		return err
	}
	if err := fileInitials(ctx, tx, eid, e.Name, e.Type); err != nil {
		return err
	}
	if err := absorbAcronym(ctx, tx, eid, e.Name, e.Type); err != nil {
		return err
	}
	if e.Type == core.Person {
		return absorbMiddle(ctx, tx, eid, e.Name)
	}
	return nil
}

// absorbCrossTypeRekey is absorbCrossType in a migration, marking the
// entities merged away in gone.
func absorbCrossTypeRekey(ctx context.Context, tx dbtx, eid int64, name string, typ core.EntityType, gone map[int64]bool) error {
	var before []int64
	for _, t := range crossTypes {
		if !crossAllowed(name, typ, t) {
			continue
		}
		if s, ok, err := byKey(ctx, tx, entityKey(name, t)); err != nil {
			return err
		} else if ok && s.id != eid {
			before = append(before, s.id)
		}
	}
	if err := absorbCrossType(ctx, tx, eid, name, typ); err != nil {
		return err
	}
	return markGone(ctx, tx, before, gone)
}

// markGone marks in gone the entities of ids that no longer exist.
func markGone(ctx context.Context, tx dbtx, ids []int64, gone map[int64]bool) error {
	for _, id := range ids {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM entities WHERE id = ?`, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			gone[id] = true
		} else if err != nil {
			return err
		}
	}
	return nil
}

// absorbMiddleRekey is absorbMiddle in a migration, marking the entity
// merged away in gone.
func absorbMiddleRekey(ctx context.Context, tx dbtx, eid int64, name string, gone map[int64]bool) error {
	if s, ok, err := middleShort(ctx, tx, name); err != nil {
		return err
	} else if ok && s.id != eid {
		gone[s.id] = true
	}
	return absorbMiddle(ctx, tx, eid, name)
}

// Acronyms no article spells out: "IBF" in one article and "International
// Boxing Federation" in another are one organisation when no other stored
// name has those initials. Every name of two or more words other than a
// person's is filed under its initials (entity_initials); an acronym of
// three or more letters with no owner among the aliases joins the one
// entity filed under it, and a full name arriving later absorbs the lone
// acronym entity under the same test.

// initialsSkip are the lower-case words an acronym leaves out.
var initialsSkip = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true,
	"in": true, "de": true, "&": true, "to": true, "at": true}

// initialsOf returns the capital initials of a name of two or more words
// ("International Boxing Federation" -> "IBF"), or "" when a word other
// than initialsSkip is not capitalised or fewer than three letters result.
func initialsOf(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if initialsSkip[strings.ToLower(w)] && w != words[0] {
			continue
		}
		r := []rune(w)[0]
		if r < 'A' || r > 'Z' {
			return ""
		}
		b.WriteRune(r)
	}
	if b.Len() < 3 || b.Len() > 8 {
		return ""
	}
	return b.String()
}

// fileInitials files entity eid named name under its initials.
func fileInitials(ctx context.Context, tx dbtx, eid int64, name string, typ core.EntityType) error {
	ini := initialsOf(name)
	if typ == core.Person || ini == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_initials(initials, entity_id) VALUES (?, ?)`, ini, eid)
	return err
}

// initialsOwners returns the stored entities other than persons whose name
// has the initials ini (at most two: two means ambiguous).
func initialsOwners(ctx context.Context, tx dbtx, ini string) ([]storedEnt, error) {
	return storedEnts(ctx, tx, func(s storedEnt) bool {
		return initialsOf(s.name) == ini // else a row left by a deleted entity whose id was reused
	}, `SELECT e.id, e.name, e.mentions FROM entity_initials i JOIN entities e ON e.id = i.entity_id
		WHERE i.initials = ? AND e.type != 'PER' ORDER BY e.id LIMIT 3`, ini)
}

// storedEnts runs q, which selects an entity's id, name and mentions, and
// returns the rows keep accepts, in order.
func storedEnts(ctx context.Context, tx dbtx, keep func(storedEnt) bool, q string, args ...any) ([]storedEnt, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedEnt
	for rows.Next() {
		var s storedEnt
		if err := rows.Scan(&s.id, &s.name, &s.mentions); err != nil {
			return nil, err
		}
		if keep(s) {
			out = append(out, s)
		}
	}
	return out, rows.Err()
}

// initialsOwner returns the one stored entity whose name the acronym forms
// (as acronymForms gives them: bare first) abbreviate, or 0.
func initialsOwner(ctx context.Context, tx dbtx, forms []string) (int64, string, error) {
	if len(forms) == 0 || len(forms[0]) < 3 {
		return 0, "", nil
	}
	owners, err := initialsOwners(ctx, tx, forms[0])
	if err != nil || len(owners) != 1 || gazetteerNamesOther(forms[0], owners[0].name) {
		return 0, "", err
	}
	return owners[0].id, owners[0].name, nil
}

// gazetteerNamesOther reports whether the gazetteer knows acr as a country
// or organisation other than name ("PRC" is China, whatever else has those
// initials): initials never take a listed acronym from what it names.
func gazetteerNamesOther(acr, name string) bool {
	if c, ok := gazetteer.CountryName(acr); ok {
		return !strings.EqualFold(c, name)
	}
	if o, ok := gazetteer.OrgName(acr); ok {
		return !strings.EqualFold(o, name)
	}
	return false
}

// absorbAcronym merges into eid, a name of two or more words other than a
// person's, the lone entity named by its initials when eid is the only
// entity filed under them.
func absorbAcronym(ctx context.Context, tx dbtx, eid int64, name string, typ core.EntityType) error {
	ini := initialsOf(name)
	if typ == core.Person || ini == "" {
		return nil
	}
	if gazetteerNamesOther(ini, name) {
		return nil // "Pew Research Center" is no "PRC": the gazetteer's PRC is China
	}
	owners, err := initialsOwners(ctx, tx, ini)
	if err != nil || len(owners) != 1 || owners[0].id != eid {
		return err
	}
	for _, t := range nonPersonTypes {
		s, ok, err := byKey(ctx, tx, entityKey(ini, t))
		if err != nil {
			return err
		}
		if !ok || s.id == eid {
			continue
		}
		// The acronym must not already belong to another full name.
		if owner, _, err := aliasOwner(ctx, tx, nonPersonTypes, acronymForms(ini), entityKey(ini, t)); err != nil {
			return err
		} else if owner != 0 && owner != eid {
			continue
		}
		if err := mergeEntityInto(ctx, tx, s.id, eid); err != nil {
			return fmt.Errorf("merge %q into %q: %w", ini, name, err)
		}
	}
	return nil
}

// fileAllInitials files every stored name under its initials (migration 14).
func fileAllInitials(ctx context.Context, tx *sql.Tx) error {
	all, err := storedNames(ctx, tx, `SELECT id, name, type FROM entities WHERE type != 'PER' AND name LIKE '% %'`)
	if err != nil {
		return err
	}
	for _, e := range all {
		if err := fileInitials(ctx, tx, e.id, e.name, e.typ); err != nil {
			return err
		}
	}
	return nil
}

// namedEnt is a stored entity's id, name and type.
type namedEnt struct {
	id   int64
	name string
	typ  core.EntityType
}

// storedNames runs q, a query of entities' id, name and type, and returns
// its rows.
func storedNames(ctx context.Context, tx *sql.Tx, q string) ([]namedEnt, error) {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var all []namedEnt
	for rows.Next() {
		var e namedEnt
		if err := rows.Scan(&e.id, &e.name, &e.typ); err != nil {
			return nil, err
		}
		all = append(all, e)
	}
	return all, rows.Err()
}

// migrateInitials is migration 14: file the stored names under their
// initials, then bring the store up to the current keys and rules.
func migrateInitials(ctx context.Context, tx *sql.Tx) error {
	if err := fileAllInitials(ctx, tx); err != nil {
		return fmt.Errorf("file initials: %w", err)
	}
	return rekeyShortForms(ctx, tx)
}

// absorbAcronymRekey is absorbAcronym in a migration, marking the entities
// merged away in gone.
func absorbAcronymRekey(ctx context.Context, tx dbtx, eid int64, name string, typ core.EntityType, gone map[int64]bool) error {
	ini := initialsOf(name)
	if ini == "" {
		return nil
	}
	var before []int64
	for _, t := range nonPersonTypes {
		if s, ok, err := byKey(ctx, tx, entityKey(ini, t)); err != nil {
			return err
		} else if ok && s.id != eid {
			before = append(before, s.id)
		}
	}
	if err := absorbAcronym(ctx, tx, eid, name, typ); err != nil {
		return err
	}
	return markGone(ctx, tx, before, gone)
}

// middleAlias returns the alias a three-word person name gives without its
// middle name ("Sarah Sanders" for "Sarah Huckabee Sanders"), so that an
// article naming the short form later joins it, as the full name joins the
// short form stored before (absorbMiddle, shortFormOwner): the store files
// the two alike in either order, whether or not the first word is a given
// name it knows ("LaTonya Sharon Brown").
func middleAlias(e core.Entity) string {
	if e.Type != core.Person {
		return ""
	}
	return withoutMiddle(e.Name)
}

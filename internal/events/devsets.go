package events

// Dev sets for event typing that cover every PLOVER category. The PLOVER
// gold records are sorted by category, so their dev half (the first 161)
// holds none of the conflict categories of the test half; these two sets
// fill that gap for tuning:
//
//   - "written": testdata/written_dev.tsv, fictional news-wire sentences
//     written for storyline, labelled from the PLOVER/CAMEO category
//     definitions; odd lines of each category are the "tune" half, even
//     lines the "check" half.
//   - "petrarch-plover": the petrarch2 unit-test sentences (read at run
//     time) with their CAMEO codes mapped to PLOVER through the
//     CAMEO2PLOVER-2021.txt table of the gold records' folder (read at run
//     time), renamed to the gold records' category names.

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed testdata/written_dev.tsv
var writtenDev string

//go:embed testdata/written_fresh.tsv
var writtenFresh string

// A Labeled is one sentence with its gold PLOVER categories (any of Want
// is right) and, when known, the gold actor texts (any is right).
type Labeled struct {
	Text   string
	Want   []string
	Actors []string
}

// WrittenDev returns the written dev set: half "tune" (odd lines of each
// category), "check" (even lines), "final" (the lines after the "# @final"
// marker, written last and never tuned on, in neither tune nor check) or
// "all".
func WrittenDev(half string) ([]Labeled, error) {
	switch half {
	case "tune", "check", "final", "all", "":
	default:
		return nil, fmt.Errorf("written dev set: unknown half %q (tune, check, final or all)", half)
	}
	return parseLabeled(writtenDev, half)
}

// WrittenFresh returns the fresh written set of the fourth session
// (testdata/written_fresh.tsv, harder news-wire sentences weighted to the
// conflict categories): half "open" (odd lines of each category, tuned
// on), "held" (even lines, never tuned on) or "all".
func WrittenFresh(half string) ([]Labeled, error) {
	switch half {
	case "open":
		half = "tune"
	case "held":
		half = "check"
	case "all", "":
	default:
		return nil, fmt.Errorf("fresh written set: unknown half %q (open, held or all)", half)
	}
	return parseLabeled(writtenFresh, half)
}

// parseLabeled parses written_dev.tsv lines (category[|category], actor,
// sentence) and keeps one half.
func parseLabeled(raw, half string) ([]Labeled, error) {
	seen := map[string]int{}
	var out []Labeled
	sc := bufio.NewScanner(strings.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	final := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# @final") {
			final = true
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			return nil, fmt.Errorf("written dev set: bad line %q", line)
		}
		seen[f[0]]++
		odd := seen[f[0]]%2 == 1
		if (half == "tune" && (final || !odd)) || (half == "check" && (final || odd)) || (half == "final" && !final) {
			continue
		}
		// "A|B": a sentence reporting two events of equal standing
		out = append(out, Labeled{Text: f[2], Want: strings.Split(f[0], "|"), Actors: []string{f[1]}})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("written dev set: %w", err)
	}
	return out, nil
}

// ploverName renames a PLOVER 2021 category to the name the gold records
// use (they were coded with an earlier PLOVER: DEMAND, DISAPPROVE and
// INVESTIGATE for CAMEO 10, 11 and 09; FIGHT apart from ASSAULT for CAMEO 19).
func ploverName(cat, code string) string {
	switch cat {
	case "REQUEST":
		return "DEMAND"
	case "ACCUSE":
		if strings.HasPrefix(code, "09") {
			return "INVESTIGATE"
		}
		return "DISAPPROVE"
	case "ASSAULT":
		if strings.HasPrefix(code, "19") {
			return "FIGHT"
		}
	}
	return cat
}

// cameoToPLOVER reads CAMEO2PLOVER-2021.txt: lines "code: CATEGORY, mode,
// context # text". It returns code -> gold-record category name.
func cameoToPLOVER(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cameo to plover table: %w", err)
	}
	m := parseCAMEOTable(string(raw))
	if len(m) == 0 {
		return nil, fmt.Errorf("cameo to plover table %s: no codes", path)
	}
	return m, nil
}

// parseCAMEOTable parses the lines of CAMEO2PLOVER-2021.txt.
func parseCAMEOTable(raw string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(raw, "\n") {
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		rest, _, _ = strings.Cut(rest, "#")
		cat, _, _ := strings.Cut(rest, ",")
		cat = strings.TrimSpace(cat)
		if cat == "" || strings.ToUpper(cat) != cat {
			continue
		}
		if _, dup := m[code]; !dup {
			m[code] = ploverName(cat, code)
		}
	}
	return m
}

// lookupCAMEO maps a CAMEO code ("1246", "174K", ":110") through the table:
// the longest prefix the table holds, "" when none (roots 01 and 02, which
// PLOVER drops, and codes that are not CAMEO's).
func lookupCAMEO(table map[string]string, code string) string {
	code = strings.TrimLeft(strings.TrimSpace(code), ":")
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	code = strings.TrimRight(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	for n := len(code); n >= 2; n-- {
		if c, ok := table[code[:n]]; ok {
			return c
		}
	}
	return ""
}

// PetrarchPLOVER reads the petrarch2 unit-test sentences with their codes
// mapped to PLOVER. dir is the events bench folder holding
// petrarch2_unittests/. The codes are WEIS codes (weis.go), read through
// WEISToPLOVER; sentences none of whose codes map to a category are left
// out (statements, and the validation dictionary's own test codes).
func PetrarchPLOVER(ctx context.Context, dir string) ([]Labeled, error) {
	path := filepath.Join(dir, "petrarch2_unittests", "PETR.UnitTest.records.xml")
	sents, err := readPetrarch(ctx, path)
	if err != nil {
		return nil, err
	}
	var out []Labeled
	for _, s := range sents {
		var want []string
		for _, c := range s.codes {
			if cat := WEISToPLOVER(c); cat != "" && cat != "-" {
				want = append(want, cat)
			}
		}
		if len(want) > 0 {
			out = append(out, Labeled{Text: s.text, Want: want})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("petrarch unit tests %s: no sentence with a WEIS code", path)
	}
	return out, nil
}

// A Miss is a record typed wrong: what the primary event was instead.
type Miss struct {
	Labeled
	Got     string // PLOVER category of the primary event, "" when none
	Trigger string
	Actor   string
}

// ScoreLabeled scores Find on labelled sentences as ScorePLOVER does (the
// primary event's PLOVER category against any of Want; actor match
// against Actor when given) and returns the records typed wrong.
func ScoreLabeled(ctx context.Context, recs []Labeled, opts Options) (PLOVERScore, []Miss, error) {
	sc := PLOVERScore{Confusion: map[[2]string]int{}}
	var misses []Miss
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return sc, misses, err
		}
		sc.Records++
		e, ok := Primary(Find(r.Text, opts))
		got := ""
		if ok {
			got = PLOVER(e.Type)
		} else {
			sc.NoEvent++
		}
		right := false
		for _, w := range r.Want {
			right = right || w == got
		}
		gold := r.Want[0]
		if right {
			gold = got
			sc.TypeRight++
		} else {
			misses = append(misses, Miss{Labeled: r, Got: got, Trigger: e.Trigger, Actor: e.Actor})
		}
		sc.Confusion[[2]string{gold, got}]++
		if ok && actorMatches(e.Actor, r.Actors) {
			sc.ActorRight++
		}
	}
	return sc, misses, nil
}

// PerType returns, for each gold category, right and total counts, sorted
// by category.
func (s PLOVERScore) PerType() []TypeCount {
	m := map[string]*TypeCount{}
	for k, v := range s.Confusion {
		tc := m[k[0]]
		if tc == nil {
			tc = &TypeCount{Type: k[0]}
			m[k[0]] = tc
		}
		tc.Total += v
		if k[0] == k[1] {
			tc.Right += v
		}
	}
	out := make([]TypeCount, 0, len(m))
	for _, tc := range m {
		out = append(out, *tc)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Type < out[j].Type })
	return out
}

// A TypeCount is one gold category's right and total records.
type TypeCount struct {
	Type         string
	Right, Total int
}

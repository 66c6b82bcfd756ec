package eval

// Scoring for the dates-htmldate benchmark (../shared/bench/dates-htmldate).
//
// Data layout (read at run time, never copied into the repository):
//
//	eval_default.json          800 pages (BBAW collection): the dev split
//	eval_mediacloud_2020.json  200 pages (MediaCloud 2020): the test split
//	html/<file>.gz             the pages, gzip-compressed raw bytes
//
// Each JSON file maps a page URL to {"file": name, "date": "YYYY-MM-DD"}; a few
// mediacloud dates are the non-standard literal NaN.
//
// Metric, as upstream htmldate's tests/comparison.py computes it, with a day as
// the unit (outputs are cut to YYYY-MM-DD):
//
//	gold null and no output   -> true negative
//	no output (gold not null) -> false negative (NaN gold included)
//	output equal to gold      -> true positive
//	any other output          -> false positive (NaN gold included: NaN equals nothing)
//
//	precision = TP/(TP+FP)   recall = TP/(TP+FN)
//	accuracy  = (TP+TN)/(TP+TN+FP+FN)   F = 2TP/(2TP+FP+FN)
//
// Upstream calls find_date(html, original_date=True, extensive_search=True)
// without the page URL, so the scorer passes no URL unless asked to.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
)

// DatesSets names the benchmark splits: "default" is dev (tune on it),
// "mediacloud" is test (report on it).
// "all" is both, as upstream's published table counts them.
var DatesSets = map[string][]string{
	"default":    {"eval_default.json"},
	"mediacloud": {"eval_mediacloud_2020.json"},
	"all":        {"eval_mediacloud_2020.json", "eval_default.json"},
}

// ErrDatesDataMissing reports that the dates benchmark folder is absent.
var ErrDatesDataMissing = errors.New("dates benchmark data not found")

// A DatesExtractor returns the publication date of one page as "2006-01-02"
// or RFC 3339; ok is false when it finds none. url is empty unless the
// scorer was asked to pass page URLs.
type DatesExtractor func(html []byte, url string) (date string, ok bool)

// DatesOptions configures ScoreDates. The zero value scores nothing useful:
// Dir and Extract are required.
type DatesOptions struct {
	// Dir is the dates-htmldate folder (holding the JSON files and html/).
	Dir string
	// Set is "default" (dev), "mediacloud" (test) or "all"; empty means "default".
	Set string
	// Extract is the method under test.
	Extract DatesExtractor
	// WithURL passes each page's URL to Extract; upstream scoring does not.
	WithURL bool
	// Every scores only every Every-th page (in URL order) for a quick
	// sample; 0 or 1 scores all.
	Every int
}

// DatesPage is one scored page.
type DatesPage struct {
	URL, File string
	// Gold is the reference day; empty with GoldNaN or for a null reference.
	Gold    string
	GoldNaN bool
	// Got is the extractor's answer cut to a day; empty when it found none.
	Got string
	// Outcome is "tp", "fp", "tn" or "fn".
	Outcome string
}

// DatesScore holds the counts of one run and derives the reported metrics.
type DatesScore struct {
	Set            string
	TP, FP, TN, FN int
	// Elapsed is the time spent inside Extract only (no file reading).
	Elapsed time.Duration
	Pages   []DatesPage
}

// N is the number of pages scored.
func (s DatesScore) N() int { return s.TP + s.FP + s.TN + s.FN }

// Precision is TP/(TP+FP).
func (s DatesScore) Precision() float64 { return datesRatio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN).
func (s DatesScore) Recall() float64 { return datesRatio(s.TP, s.TP+s.FN) }

// Accuracy is (TP+TN)/N.
func (s DatesScore) Accuracy() float64 { return datesRatio(s.TP+s.TN, s.N()) }

// F1 is 2TP/(2TP+FP+FN), the benchmark's F-score.
func (s DatesScore) F1() float64 { return datesRatio(2*s.TP, 2*s.TP+s.FP+s.FN) }

// PagesPerSecond is N divided by the time spent in Extract.
func (s DatesScore) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return math.NaN()
	}
	return float64(s.N()) / s.Elapsed.Seconds()
}

// String renders the score on one line.
func (s DatesScore) String() string {
	return fmt.Sprintf("set=%s n=%d P=%.3f R=%.3f F1=%.3f acc=%.3f (tp=%d fp=%d tn=%d fn=%d) %.1f pages/s",
		s.Set, s.N(), s.Precision(), s.Recall(), s.F1(), s.Accuracy(), s.TP, s.FP, s.TN, s.FN, s.PagesPerSecond())
}

func datesRatio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// datesGoldEntry is one row of the benchmark's JSON.
type datesGoldEntry struct {
	URL     string
	File    string
	Date    string
	DateNaN bool
}

var datesNaNLiteral = regexp.MustCompile(`("date"\s*:\s*)NaN\b`)

const datesNaNMarker = "\x00NaN"

// datesLoadGold reads one split's JSON, mapping the NaN literal to a marker,
// and returns the entries sorted by URL for a stable order.
func datesLoadGold(path string) ([]datesGoldEntry, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	raw = datesNaNLiteral.ReplaceAll(raw, []byte(`${1}"\u0000NaN"`))
	var m map[string]struct {
		File string  `json:"file"`
		Date *string `json:"date"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("parse gold %s: %w", path, err)
	}
	out := make([]datesGoldEntry, 0, len(m))
	for u, v := range m {
		e := datesGoldEntry{URL: u, File: v.File}
		if v.Date != nil {
			if *v.Date == datesNaNMarker {
				e.DateNaN = true
			} else {
				e.Date = *v.Date
			}
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// datesReadPage returns the raw bytes of html/<file>.gz (or html/<file>).
func datesReadPage(dir, file string) ([]byte, error) {
	p := filepath.Join(dir, "html", file+".gz")
	f, err := os.Open(p)
	if err != nil {
		b, err2 := os.ReadFile(filepath.Join(dir, "html", file))
		if err2 != nil {
			return nil, fmt.Errorf("open page %s: %w", p, err)
		}
		return b, nil
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip page %s: %w", p, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip page %s: %w", p, err)
	}
	return b, nil
}

// datesDay cuts an answer to its day, "" when it does not start with one.
func datesDay(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

// ScoreDates runs opts.Extract over one split and scores it. Pages are read
// before timing starts; only Extract is timed.
func ScoreDates(ctx context.Context, opts DatesOptions) (DatesScore, error) {
	set := opts.Set
	if set == "" {
		set = "default"
	}
	names, ok := DatesSets[set]
	if !ok {
		return DatesScore{}, fmt.Errorf("dates set %q: want default, mediacloud or all", set)
	}
	if opts.Extract == nil {
		return DatesScore{}, errors.New("dates scoring: no extractor given")
	}
	if st, err := os.Stat(opts.Dir); err != nil || !st.IsDir() {
		return DatesScore{}, fmt.Errorf("%w at %s (expected ../shared/bench/dates-htmldate)", ErrDatesDataMissing, opts.Dir)
	}
	var gold []datesGoldEntry
	for _, name := range names {
		g, err := datesLoadGold(filepath.Join(opts.Dir, name))
		if err != nil {
			return DatesScore{}, err
		}
		gold = append(gold, g...)
	}
	if opts.Every > 1 {
		sample := gold[:0:0]
		for i := 0; i < len(gold); i += opts.Every {
			sample = append(sample, gold[i])
		}
		gold = sample
	}
	score := DatesScore{Set: set, Pages: make([]DatesPage, 0, len(gold))}
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return score, fmt.Errorf("dates scoring %s: %w", set, err)
		}
		page, err := datesReadPage(opts.Dir, g.File)
		if err != nil {
			return score, err
		}
		u := ""
		if opts.WithURL {
			u = g.URL
		}
		start := time.Now()
		got, found := opts.Extract(page, u)
		score.Elapsed += time.Since(start)
		day := ""
		if found {
			day = datesDay(got)
		}
		p := DatesPage{URL: g.URL, File: g.File, Gold: g.Date, GoldNaN: g.DateNaN, Got: day}
		switch {
		case day == "" && g.Date == "" && !g.DateNaN:
			p.Outcome, score.TN = "tn", score.TN+1
		case day == "":
			p.Outcome, score.FN = "fn", score.FN+1
		case !g.DateNaN && day == g.Date:
			p.Outcome, score.TP = "tp", score.TP+1
		default:
			p.Outcome, score.FP = "fp", score.FP+1
		}
		score.Pages = append(score.Pages, p)
	}
	return score, nil
}

// DatesBaseline is go-htmldate alone in extensive mode asking for the
// original date, the configuration upstream's comparison reports.
func DatesBaseline(html []byte, url string) (string, bool) {
	res, err := htmldate.FromReader(bytes.NewReader(html), htmldate.Options{
		UseOriginalDate: true,
		URL:             url,
	})
	if err != nil || res.IsZero() {
		return "", false
	}
	return res.Format("2006-01-02"), true
}

// DatesDefaultDir finds ../shared/bench/dates-htmldate beside the module
// root, walking up from the working directory to the folder holding go.mod.
// It returns the path and whether it exists.
func DatesDefaultDir() (string, bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(filepath.Dir(d), "shared", "bench", "dates-htmldate")
			st, err := os.Stat(p)
			return p, err == nil && st.IsDir()
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	p := filepath.Join(wd, "..", "shared", "bench", "dates-htmldate")
	st, err := os.Stat(p)
	return p, err == nil && st.IsDir()
}

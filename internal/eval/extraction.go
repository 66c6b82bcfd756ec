package eval

// The extraction harness: it runs extractors over one of the two extraction
// benchmarks in ../shared/bench and scores them (see extraction_score.go).
//
// Data layouts (read at run time, never copied into the repository):
//
//	extraction-zyte/ground-truth.json        {id: {"articleBody": str, "url": str}}
//	extraction-zyte/html/<id>.html.gz        181 UTF-8 pages
//	extraction-zyte/reference-outputs/*.json upstream predictions, same schema,
//	                                         some wrapped as {"version", "output"}
//	extraction-trafilatura/evaldata.json     {url: {"file", "with": [], "without": []}}
//	extraction-trafilatura/html/<file>.gz    990 pages in their own encodings

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

// Benchmarks the harness knows, as DetectExtractionBench names them.
const (
	ExtractionZyte        = "extraction-zyte"
	ExtractionTrafilatura = "extraction-trafilatura"
)

// ErrExtractionDataMissing reports a folder that holds neither benchmark.
var ErrExtractionDataMissing = errors.New("extraction benchmark data not found")

// DetectExtractionBench tells which benchmark dir holds by its files:
// ground-truth.json for Zyte, evaldata.json for the trafilatura set.
func DetectExtractionBench(dir string) (string, error) {
	switch {
	case extrIsFile(filepath.Join(dir, "ground-truth.json")):
		return ExtractionZyte, nil
	case extrIsFile(filepath.Join(dir, "evaldata.json")):
		return ExtractionTrafilatura, nil
	}
	return "", fmt.Errorf("%s: no ground-truth.json or evaldata.json: %w", dir, ErrExtractionDataMissing)
}

func extrIsFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// An ExtractionSystem is one extractor under evaluation.
type ExtractionSystem struct {
	Name      string
	Extractor extract.Extractor
}

// ExtractionOptions configures RunExtraction.
type ExtractionOptions struct {
	// Data is the benchmark folder (extraction-zyte or extraction-trafilatura).
	Data string
	// Systems are run one after the other, each over every page, on one
	// goroutine, so pages/second is a one-core figure.
	Systems []ExtractionSystem
	// Limit scores only the first Limit pages (sorted by id); 0 means all.
	Limit int
	// KeepOutputs keeps every system's text per page in the report.
	KeepOutputs bool
}

// An ExtractionScore is one system's result.
type ExtractionScore struct {
	System string
	ExtractionMetrics
	Pages   int
	Failed  int           // pages whose extraction returned an error
	Elapsed time.Duration // extraction wall time only (pages preloaded)
	CPU     time.Duration // process CPU time over the same span, GC included
	// Outputs maps page id to extracted text when KeepOutputs is set.
	Outputs map[string]string
	// PageF1 maps page id to its own F1 (Zyte: shingles; trafilatura set:
	// snippets), for finding errors.
	PageF1 map[string]float64
}

// CPUPagesPerSecond is pages per CPU second: on a busy machine it is steadier
// than wall-clock speed. 0 when CPU time is unknown.
func (s ExtractionScore) CPUPagesPerSecond() float64 {
	if s.CPU <= 0 {
		return 0
	}
	return float64(s.Pages) / s.CPU.Seconds()
}

// PagesPerSecond is the one-core extraction speed.
func (s ExtractionScore) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Pages) / s.Elapsed.Seconds()
}

// An ExtractionReport is the result of one run.
type ExtractionReport struct {
	Bench  string
	Pages  int
	Scores []ExtractionScore
}

// extrPageData is one loaded benchmark page with its gold data.
type extrPageData struct {
	id      string
	doc     core.Document
	gold    string   // Zyte
	with    []string // trafilatura set
	without []string
}

// RunExtraction loads the benchmark in opts.Data and scores every system.
func RunExtraction(ctx context.Context, opts ExtractionOptions) (*ExtractionReport, error) {
	bench, err := DetectExtractionBench(opts.Data)
	if err != nil {
		return nil, err
	}
	pages, err := extrLoad(bench, opts.Data)
	if err != nil {
		return nil, err
	}
	if opts.Limit > 0 && opts.Limit < len(pages) {
		pages = pages[:opts.Limit]
	}
	rep := &ExtractionReport{Bench: bench, Pages: len(pages)}
	for _, sys := range opts.Systems {
		sc, err := extrRunSystem(ctx, bench, pages, sys, opts.KeepOutputs)
		if err != nil {
			return nil, err
		}
		rep.Scores = append(rep.Scores, sc)
	}
	return rep, nil
}

func extrRunSystem(ctx context.Context, bench string, pages []extrPageData, sys ExtractionSystem, keep bool) (ExtractionScore, error) {
	sc := ExtractionScore{System: sys.Name, Pages: len(pages)}
	texts := make([]string, len(pages))
	oks := make([]bool, len(pages))
	start, cpu := time.Now(), extrCPUTime()
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return sc, fmt.Errorf("eval extraction %s: %w", sys.Name, err)
		}
		a, err := sys.Extractor.Extract(ctx, p.doc)
		if err != nil {
			sc.Failed++
			continue
		}
		texts[i], oks[i] = a.Text, true
	}
	sc.Elapsed = time.Since(start)
	sc.CPU = extrCPUTime() - cpu
	if keep {
		sc.Outputs = make(map[string]string, len(pages))
		for i, p := range pages {
			sc.Outputs[p.id] = texts[i]
		}
	}
	switch bench {
	case ExtractionZyte:
		scored := make([]extrPage, len(pages))
		sc.PageF1 = make(map[string]float64, len(pages))
		for i, p := range pages {
			scored[i] = extrMatchShingles(p.gold, texts[i])
			sc.PageF1[p.id] = extrZyteMetrics(scored[i : i+1]).F1
		}
		sc.ExtractionMetrics = extrZyteMetrics(scored)
	default:
		var c extrCounts
		sc.PageF1 = make(map[string]float64, len(pages))
		for i, p := range pages {
			pc := extrMatchSnippets(p.with, p.without, texts[i], oks[i])
			c.add(pc)
			sc.PageF1[p.id] = pc.metrics().F1
		}
		sc.ExtractionMetrics = c.metrics()
	}
	return sc, nil
}

// extrLoad reads every page of a benchmark, sorted by id.
func extrLoad(bench, dir string) ([]extrPageData, error) {
	var pages []extrPageData
	switch bench {
	case ExtractionZyte:
		gold, err := extrLoadZyteJSON(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			return nil, err
		}
		for id, g := range gold {
			path := filepath.Join(dir, "html", id+".html.gz")
			body, err := extrReadGz(path)
			if err != nil {
				return nil, err
			}
			pages = append(pages, extrPageData{
				id:   id,
				doc:  core.Document{Source: path, URL: g.URL, Format: core.FormatHTML, Body: body},
				gold: g.ArticleBody,
			})
		}
	default:
		raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
		if err != nil {
			return nil, fmt.Errorf("eval extraction: %w", err)
		}
		var items map[string]struct {
			File    string   `json:"file"`
			With    []string `json:"with"`
			Without []string `json:"without"`
		}
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, fmt.Errorf("eval extraction: %s: %w", filepath.Join(dir, "evaldata.json"), err)
		}
		for u, it := range items {
			path := filepath.Join(dir, "html", it.File+".gz")
			body, err := extrReadGz(path)
			if err != nil {
				return nil, err
			}
			pages = append(pages, extrPageData{
				id:   u,
				doc:  core.Document{Source: path, URL: u, Format: core.FormatHTML, Body: body},
				with: it.With, without: it.Without,
			})
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

// extrZyteItem is one entry of ground-truth.json or a prediction file.
type extrZyteItem struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// extrLoadZyteJSON reads a Zyte-format file, unwrapping {"output": {...}}.
func extrLoadZyteJSON(path string) (map[string]extrZyteItem, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval extraction: %w", err)
	}
	var wrapped struct {
		Output map[string]extrZyteItem `json:"output"`
	}
	if err := json.Unmarshal(raw, &wrapped); err == nil && wrapped.Output != nil {
		return wrapped.Output, nil
	}
	var items map[string]extrZyteItem
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("eval extraction: %s: %w", path, err)
	}
	return items, nil
}

func extrReadGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval extraction: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("eval extraction: %s: %w", path, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("eval extraction: %s: %w", path, err)
	}
	return body, nil
}

// ExtractionDefaultDir finds ../shared/bench/<bench> from the working
// directory by walking up to the folder that holds go.mod.
func ExtractionDefaultDir(bench string) (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if extrIsFile(filepath.Join(dir, "go.mod")) {
			p := filepath.Join(dir, "..", "shared", "bench", bench)
			st, err := os.Stat(p)
			return p, err == nil && st.IsDir()
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// ScorePredictions scores a Zyte-format predictions file (as the reference
// outputs and bench/readability write them) against the Zyte ground truth
// in dir. Pages missing from the predictions count as empty output.
func ScorePredictions(dir, predictions string) (ExtractionMetrics, error) {
	gold, err := extrLoadZyteJSON(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return ExtractionMetrics{}, err
	}
	pred, err := extrLoadZyteJSON(predictions)
	if err != nil {
		return ExtractionMetrics{}, err
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]extrPage, len(ids))
	for i, id := range ids {
		pages[i] = extrMatchShingles(gold[id].ArticleBody, pred[id].ArticleBody)
	}
	return extrZyteMetrics(pages), nil
}

// A ReferenceRow compares a reference output's score with the published one.
type ReferenceRow struct {
	System    string
	Ours      ExtractionMetrics
	Published ExtractionMetrics
	Found     bool // the README table lists this system
}

// ScoreReference scores every file in dir/reference-outputs and pairs it with
// the row of the same name in the README.rst results tables, so a user can
// see the scorer reproduces the published numbers.
func ScoreReference(dir string) ([]ReferenceRow, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reference-outputs", "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s/reference-outputs: %w", dir, ErrExtractionDataMissing)
	}
	readme, err := os.ReadFile(filepath.Join(dir, "README.rst"))
	if err != nil {
		return nil, fmt.Errorf("eval extraction: %w", err)
	}
	published := extrParseTable(string(readme))
	var rows []ReferenceRow
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		m, err := ScorePredictions(dir, f)
		if err != nil {
			return nil, err
		}
		pub, ok := published[name]
		rows = append(rows, ReferenceRow{System: name, Ours: m, Published: pub, Found: ok})
	}
	return rows, nil
}

// extrParseTable reads the README's result tables: indented rows of
// "name version... F1 ± e precision ± e recall ± e [accuracy ± e]" (a
// version may be two words, "Nov 2019"). The first table listing a name
// wins: the latest evaluation comes first.
func extrParseTable(readme string) map[string]ExtractionMetrics {
	out := map[string]ExtractionMetrics{}
	for _, line := range strings.Split(readme, "\n") {
		f := strings.Fields(line)
		pm := -1
		for i, w := range f {
			if w == "±" {
				pm = i
				break
			}
		}
		if !strings.HasPrefix(line, "    ") || pm < 2 || len(f) < pm+8 {
			continue
		}
		var m ExtractionMetrics
		vals := []*float64{&m.F1, &m.Precision, &m.Recall, &m.Accuracy}
		ok := true
		for i, p := range vals {
			j := pm - 1 + 3*i
			if j >= len(f) {
				break
			}
			if _, err := fmt.Sscanf(f[j], "%g", p); err != nil {
				ok = false
			}
		}
		if _, seen := out[f[0]]; ok && !seen {
			out[f[0]] = m
		}
	}
	return out
}

package clusterscore

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline/storyline/internal/dates/urldate"
)

// ErrNoBench reports a folder holding none of the known clustering sets.
var ErrNoBench = errors.New("clusterscore: no known clustering benchmark in folder")

// A BenchDoc is one document of a gold clustering set.
type BenchDoc struct {
	ID, Title, Text string
	Date            time.Time // zero when the set gives none
	Gold            string    // the story label
	Split           string
}

// Bench formats, detected by file name:
//
//	ecbplus_docs.jsonl    {id, subtopic (gold), split, title?, text}
//	newswcl50_docs.jsonl  {id, event (gold), url, text}; all test; the date
//	                      is the day the url carries, when it holds one
//	meantime_en_docs.jsonl {id, title, date, text}; gold = id (each article
//	                       its own event: an assumption, see its PROVENANCE)
var benchFiles = []string{"ecbplus_docs.jsonl", "newswcl50_docs.jsonl", "meantime_en_docs.jsonl"}

// LoadBench reads the clustering set in dir, keeping the documents of split
// ("train", "dev", "test", "traindev" or "all"; sets without splits count as
// test), in file order. name is the set's file name.
func LoadBench(dir, split string) (docs []BenchDoc, name string, err error) {
	for _, f := range benchFiles {
		p := filepath.Join(dir, f)
		if _, err := os.Stat(p); err == nil {
			docs, err := readBench(p, f, split)
			return docs, f, err
		}
	}
	return nil, "", fmt.Errorf("%w: %s", ErrNoBench, dir)
}

func readBench(path, kind, split string) ([]BenchDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clusterscore: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []BenchDoc
	line := 0
	for sc.Scan() {
		line++
		var r struct {
			ID, Subtopic, Event, Split, Text, Date, URL string
			Title                                       *string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("clusterscore: %s:%d: %w", path, line, err)
		}
		d := BenchDoc{ID: r.ID, Text: r.Text, Split: r.Split}
		if r.Title != nil {
			d.Title = *r.Title
		}
		switch kind {
		case "ecbplus_docs.jsonl":
			d.Gold = r.Subtopic
		case "newswcl50_docs.jsonl":
			d.Gold, d.Split = r.Event, "test"
		default:
			d.Gold, d.Split = r.ID, "test"
			if t, err := time.Parse("2006-01-02", r.Date); err == nil {
				d.Date = t
			}
		}
		if d.Date.IsZero() {
			// As `storyline cluster --json` does: an undated document
			// takes the day its url carries (NewsWCL50 gives urls).
			if day, ok := urldate.Day(r.URL, time.Now()); ok {
				d.Date = day
			}
		}
		if keep(d.Split, split) {
			out = append(out, d)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusterscore: %s: %w", path, err)
	}
	return out, nil
}

func keep(docSplit, want string) bool {
	switch want {
	case "", "all":
		return true
	case "traindev":
		return docSplit == "train" || docSplit == "dev"
	}
	return docSplit == want
}

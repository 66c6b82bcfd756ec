// Command ingestmem measures resident memory while ingesting a large
// directory: it writes a synthetic corpus of fictional HTML and text pages
// (random sentences from a small built-in vocabulary, realistic chrome) of the
// requested total size, ingests it into a fresh store through the same
// pipeline as `storyline ingest`, and reports the peak resident set size
// (VmHWM from /proc/self/status) and throughput.
//
//	go run ./bench/ingestmem -size 1024 -dir /tmp/ingestmem
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

var words = strings.Fields(`harbour council minister talks strike port union
	cranes wages agreement negotiations deadline ministry spokesperson city
	government proposal offer rejected accepted said told reporters on Tuesday
	Veldmark Ostria Lorvik Brannholm federation workers container shipping
	ferry route customs inspectors tariff budget parliament vote committee
	mediator weekend statement press conference sources familiar with matter`)

func sentence(r *rand.Rand) string {
	n := 8 + r.Intn(18)
	w := make([]string, n)
	for i := range w {
		w[i] = words[r.Intn(len(words))]
	}
	s := strings.Join(w, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func paragraph(r *rand.Rand) string {
	n := 2 + r.Intn(4)
	p := make([]string, n)
	for i := range p {
		p[i] = sentence(r)
	}
	return strings.Join(p, " ")
}

func page(r *rand.Rand, i int, html bool) string {
	var b strings.Builder
	title := sentence(r)
	paras := 8 + r.Intn(20)
	if !html {
		fmt.Fprintf(&b, "Skip to content\n\n%s\n\n", title)
		for j := 0; j < paras; j++ {
			fmt.Fprintf(&b, "%s (%d)\n\n", paragraph(r), i)
		}
		b.WriteString("Comments\n\nPost a Comment\n")
		return b.String()
	}
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title><meta property=\"article:published_time\" content=\"2031-0%d-1%dT10:00:00Z\"></head><body>", title, 1+r.Intn(9), r.Intn(9))
	b.WriteString(`<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><div class="cookie">We use cookies. <button>Accept</button></div>`)
	fmt.Fprintf(&b, "<article><h1>%s</h1>", title)
	for j := 0; j < paras; j++ {
		fmt.Fprintf(&b, "<p>%s (%d)</p>\n", paragraph(r), i)
	}
	b.WriteString(`</article><aside><h3>Related</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside><footer>© Fictional Gazette</footer></body></html>`)
	return b.String()
}

func rssMB() (cur, peak float64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		var kb float64
		if strings.HasPrefix(line, "VmRSS:") {
			fmt.Sscanf(strings.TrimPrefix(line, "VmRSS:"), "%f", &kb)
			cur = kb / 1024
		}
		if strings.HasPrefix(line, "VmHWM:") {
			fmt.Sscanf(strings.TrimPrefix(line, "VmHWM:"), "%f", &kb)
			peak = kb / 1024
		}
	}
	return cur, peak
}

func main() {
	sizeMB := flag.Int("size", 1024, "total corpus size in MB")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "storyline-ingestmem"), "where to write the corpus (reused when its size matches)")
	workers := flag.Int("workers", 0, "ingest workers (0: GOMAXPROCS)")
	flag.Parse()
	if err := run(*sizeMB, *dir, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "ingestmem:", err)
		os.Exit(1)
	}
}

func run(sizeMB int, dir string, workers int) error {
	corpus := filepath.Join(dir, "corpus")
	stamp := filepath.Join(dir, fmt.Sprintf("complete-%dMB", sizeMB))
	if _, err := os.Stat(stamp); err != nil {
		os.RemoveAll(dir)
		if err := os.MkdirAll(corpus, 0o755); err != nil {
			return err
		}
		r := rand.New(rand.NewSource(1))
		var total int64
		for i := 0; total < int64(sizeMB)<<20; i++ {
			html := i%2 == 0
			ext := ".txt"
			if html {
				ext = ".html"
			}
			p := page(r, i, html)
			sub := filepath.Join(corpus, fmt.Sprintf("d%03d", i/1000))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%06d%s", i, ext)), []byte(p), 0o644); err != nil {
				return err
			}
			total += int64(len(p))
		}
		if err := os.WriteFile(stamp, nil, 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %d MB corpus to %s\n", sizeMB, corpus)
	}
	dbPath := filepath.Join(dir, "bench.db")
	os.Remove(dbPath)
	os.Remove(dbPath + "-wal")
	os.Remove(dbPath + "-shm")
	ctx := context.Background()
	st, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	peakSeen := 0.0
	opts := ingest.Options{Workers: workers, Progress: func(p ingest.Progress) {
		if p.Done%2000 == 0 {
			cur, peak := rssMB()
			peakSeen = max(peakSeen, peak)
			fmt.Printf("%8d docs  %6.1fs  rss %6.1f MB  peak %6.1f MB\n", p.Done, time.Since(start).Seconds(), cur, peak)
		}
	}}
	sum, err := ingest.Run(ctx, st, []string{corpus}, opts)
	if err != nil {
		return err
	}
	el := time.Since(start)
	_, peak := rssMB()
	fmt.Printf("ingested %d, duplicates %d, failed %d in %.1fs (%.0f docs/s, %.1f MB/s); peak RSS %.1f MB\n",
		sum.Ingested, sum.Duplicates, sum.Failed, el.Seconds(), float64(sum.Ingested+sum.Duplicates)/el.Seconds(), float64(sizeMB)/el.Seconds(), max(peak, peakSeen))
	return nil
}

// Command ingestmem measures resident memory while ingesting a large
// directory: it writes a synthetic corpus of fictional HTML and text pages
// (random sentences from a small built-in vocabulary, realistic chrome) of the
// requested total size, ingests it into a fresh store through the same
// pipeline as `storyline ingest` (language layer and story layer included), and reports the peak resident set size
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
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/store"
)

var words = strings.Fields(`harbour council minister talks strike port union
	cranes wages agreement negotiations deadline ministry spokesperson city
	government proposal offer rejected accepted said told reporters on Tuesday
	Veldmark Ostria Lorvik Brannholm federation workers container shipping
	ferry route customs inspectors tariff budget parliament vote committee
	mediator weekend statement press conference sources familiar with matter`)

// pseudoWord makes a fictional name or term from syllables.
func pseudoWord(r *rand.Rand) string {
	syl := []string{"ka", "lo", "mer", "vin", "dra", "sel", "tor", "an", "bri", "ul", "nes", "gar", "pho", "re", "ths", "ock"}
	n := 2 + r.Intn(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syl[r.Intn(len(syl))])
	}
	return b.String()
}

// topic is one fictional story: its own names and terms mixed with the
// common vocabulary, so a corpus holds many distinct stories.
type topic []string

func newTopic(r *rand.Rand) topic {
	t := make(topic, 12)
	for i := range t {
		w := pseudoWord(r)
		if i < 5 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		t[i] = w
	}
	return t
}

var topics []topic

func sentence(r *rand.Rand) string {
	n := 8 + r.Intn(18)
	w := make([]string, n)
	t := topics[r.Intn(len(topics))]
	if cur != nil {
		t = cur
	}
	for i := range w {
		if r.Intn(3) == 0 {
			w[i] = t[r.Intn(len(t))]
		} else {
			w[i] = words[r.Intn(len(words))]
		}
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

// cur is the topic of the page being written.
var cur topic

func page(r *rand.Rand, i int, html bool) string {
	cur = topics[r.Intn(len(topics))]
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
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title><meta property=\"article:published_time\" content=\"2031-0%d-1%dT10:00:00Z\">", title, 1+r.Intn(9), r.Intn(9))
	// Real pages carry most of their bytes in scripts, styles and menus
	// (news pages weigh 100–200 KB, of which a few KB are the article).
	b.WriteString("<style>")
	for j := 0; j < 150; j++ {
		fmt.Fprintf(&b, ".c%d-%s{margin:%dpx;padding:%dpx;color:#%06x}\n", j, pseudoWord(r), r.Intn(20), r.Intn(20), r.Intn(1<<24))
	}
	b.WriteString("</style><script>window.__STATE__={")
	for j := 0; j < 4500; j++ {
		fmt.Fprintf(&b, "\"%s%d\":%d,", pseudoWord(r), j, r.Intn(1e6))
	}
	b.WriteString("};</script></head><body><ul class=\"menu\">")
	for j := 0; j < 120; j++ {
		fmt.Fprintf(&b, "<li><a href=\"/section/%s\">%s</a></li>", pseudoWord(r), pseudoWord(r))
	}
	b.WriteString("</ul>")
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

// heapProfile, when set, receives a heap profile taken before the store closes.
var heapProfile string

func main() {
	sizeMB := flag.Int("size", 1024, "total corpus size in MB")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "storyline-ingestmem"), "where to write the corpus (reused when its size matches)")
	workers := flag.Int("workers", 0, "ingest workers (0: GOMAXPROCS)")
	noLink := flag.Bool("nolink", false, "turn off the story layer (dedup, stories, claims, novelty)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile here")
	memprofile := flag.String("memprofile", "", "write a heap profile here at the end")
	memLimit := flag.Int("memory-limit", 320, "soft Go memory limit in MiB, as `storyline ingest --memory-limit` (0: none)")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	heapProfile = *memprofile
	if *memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	if err := run(*sizeMB, *dir, *workers, *noLink); err != nil {
		fmt.Fprintln(os.Stderr, "ingestmem:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(sizeMB int, dir string, workers int, noLink bool) error {
	corpus := filepath.Join(dir, "corpus")
	stamp := filepath.Join(dir, fmt.Sprintf("complete-%dMB", sizeMB))
	if _, err := os.Stat(stamp); err != nil {
		os.RemoveAll(dir)
		if err := os.MkdirAll(corpus, 0o755); err != nil {
			return err
		}
		r := rand.New(rand.NewSource(1))
		topics = make([]topic, 2000)
		for i := range topics {
			topics[i] = newTopic(r)
		}
		var total int64
		for i := 0; total < int64(sizeMB)<<20; i++ {
			html := i%5 != 0 // most of a crawl is HTML
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
	st, err := store.Open(ctx, dbPath, store.Options{NoLink: noLink})
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	peakSeen := 0.0
	opts := ingest.Options{Workers: workers, Stages: []ingest.Stage{ingest.SkipTooLarge(analyze.New(analyze.Options{}))}, Progress: func(p ingest.Progress) {
		if p.Done%500 == 0 {
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
	if heapProfile != "" { // while the store is still open
		if f, err := os.Create(heapProfile); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	_, peak := rssMB()
	fmt.Printf("ingested %d, duplicates %d, failed %d in %.1fs (%.0f docs/s, %.1f MB/s); peak RSS %.1f MB\n",
		sum.Ingested, sum.Duplicates, sum.Failed, el.Seconds(), float64(sum.Ingested+sum.Duplicates)/el.Seconds(), float64(sizeMB)/el.Seconds(), max(peak, peakSeen))
	return nil
}

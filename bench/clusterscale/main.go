// Command clusterscale measures the story stages at scale: it clusters a
// synthetic stream (package synth, generated at run time from the shared
// corpora) and reports articles per second and resident memory at
// checkpoints. With -eval it instead scores a gold clustering set, like
// `storyline eval clustering`, for tuning without the full CLI.
//
//	go run ./bench/clusterscale -n 1000000 -checkpoints 10000,100000,1000000
//	go run ./bench/clusterscale -eval ../shared/bench/clustering/ecbplus -split traindev
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/stream"
	"github.com/storyline/storyline/internal/story/synth"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "clusterscale:", err)
		os.Exit(1)
	}
}

func run() error {
	var (
		n        = flag.Int("n", 100000, "articles to stream")
		checks   = flag.String("checkpoints", "10000,100000,1000000", "article counts at which to report")
		shared   = flag.String("shared", "../shared", "shared folder (corpora for the generator)")
		seed     = flag.Uint64("seed", 1, "generator seed")
		noDedup  = flag.Bool("nodedup", false, "skip near-duplicate detection")
		noClaims = flag.Bool("noclaims", false, "skip claims")
		evalDir  = flag.String("eval", "", "score this gold clustering set instead")
		split    = flag.String("split", "traindev", "with -eval: split")
		warm     = flag.Bool("warm", false, "with -eval: stream the other splits first")
		shuffle  = flag.Bool("shuffle", false, "with -eval: shuffle the order")
		so       story.Options
		cpuprof  = flag.String("cpuprofile", "", "write a CPU profile here")
		profFrom = flag.Int("profile-from", 0, "with -cpuprofile: start profiling at this article")
		memprof  = flag.String("memprofile", "", "write a heap profile here at the end")
		dump     = flag.String("dump", "", "write each article's story (on arrival and final) here, to compare runs")
		spillDir = flag.String("spill-dir", "", "keep retired stories in a file in this folder (default: in memory, encoded)")
		gcPct    = flag.Int("gogc", 0, "debug.SetGCPercent (0: leave the runtime's, GOGC or 100; negative: collector off until -memlimit)")
		memLimit = flag.Int("memlimit", 0, "debug.SetMemoryLimit in MB (0: none)")
	)
	flag.Float64Var(&so.Threshold, "threshold", 0, "story join threshold")
	flag.Float64Var(&so.MergeThreshold, "merge", 0, "story merge threshold")
	flag.Float64Var(&so.Adaptive, "adaptive", 0, "adaptive bar factor")
	flag.Float64Var(&so.EntityWeight, "entity-weight", 0, "entity weight")
	flag.Float64Var(&so.YearWeight, "year-weight", 0, "year weight")
	flag.Float64Var(&so.NumberWeight, "number-weight", 0, "number weight")
	flag.Float64Var(&so.BigramWeight, "bigram-weight", 0, "bigram weight")
	flag.Float64Var(&so.TitleWeight, "title-weight", 0, "title weight")
	flag.IntVar(&so.MaxDocTerms, "doc-terms", 0, "features per article")
	flag.Float64Var(&so.PlacePenalty, "place", 0, "place conflict penalty")
	flag.Float64Var(&so.UndatedBar, "undated", 0, "undated bar")
	flag.Float64Var(&so.SmallBar, "small-bar", 0, "small story bar")
	flag.Float64Var(&so.NovelPenalty, "novel", 0, "novel entity penalty")
	flag.IntVar(&so.NovelTop, "novel-top", 0, "novel entity top n")
	flag.IntVar(&so.VenueStories, "venue-stories", 0, "most active stories leading with a venue for it to count as shared (negative: any)")
	flag.Float64Var(&so.NearestMix, "nearest-mix", 0, "nearest member share")
	flag.IntVar(&so.Members, "members", 0, "member vectors kept per story")
	flag.Float64Var(&so.EntityMix, "entity-mix", 0, "entity cosine share")
	flag.IntVar(&so.LeadWords, "lead-words", 0, "words of text read")
	flag.Int64Var(&so.IdleDocs, "idle", 0, "retire stories idle for this many articles")
	flag.IntVar(&so.MaxActive, "max-active", 0, "bound on active stories")
	flag.Float64Var(&so.SplitAbsorb, "split-absorb", 0, "bar for taking back a split-off fragment that drew no follower (negative: off)")
	flag.IntVar(&so.ConsolidateEvery, "consolidate", 0, "consolidate changed young stories every this many articles (negative: off)")
	flag.Parse()
	startProfile := func() error {
		f, err := os.Create(*cpuprof)
		if err != nil {
			return err
		}
		return pprof.StartCPUProfile(f)
	}
	if *cpuprof != "" {
		if *profFrom <= 0 {
			if err := startProfile(); err != nil {
				return err
			}
		}
		defer pprof.StopCPUProfile()
	}
	if *gcPct != 0 {
		debug.SetGCPercent(*gcPct)
	}
	if *memLimit > 0 {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	ctx := context.Background()
	opts := stream.Options{Story: so, Mem: story.MemOptions{SpillDir: *spillDir}, NoDedup: *noDedup, NoClaims: *noClaims}
	if *evalDir != "" {
		r, err := stream.Eval(ctx, stream.EvalOptions{Dir: *evalDir, Split: *split, Warm: *warm, Shuffle: *shuffle, Seed: *seed, Stream: opts})
		if err != nil {
			return err
		}
		s := r.Scores
		fmt.Printf("%s %s n=%d gold=%d pred=%d BCubed P=%.4f R=%.4f F1=%.4f ARI=%.4f (%.0f docs/s)\n",
			r.Set, *split, s.N, s.GoldClusters, s.PredClusters, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI, r.DocsPerSecond)
		return nil
	}
	gen, err := synth.New(ctx, *shared, synth.Options{Seed: *seed})
	if err != nil {
		return err
	}
	var at []int
	for _, c := range strings.Split(*checks, ",") {
		if v, err := strconv.Atoi(strings.TrimSpace(c)); err == nil && v <= *n {
			at = append(at, v)
		}
	}
	r := stream.New(opts)
	limit := "none"
	if l := debug.SetMemoryLimit(-1); l < math.MaxInt64 {
		limit = fmt.Sprintf("%d MB", l>>20)
	}
	fmt.Printf("synthetic stream from %d sentences; GOMAXPROCS=%d; GC percent %d, memory limit %s; retired stories in %s\n",
		gen.Sentences(), runtime.GOMAXPROCS(0), gcPercent(), limit, spillWhere(*spillDir))
	fmt.Printf("%10s %10s %12s %10s %10s %10s %8s\n", "articles", "seconds", "articles/s", "cpu_s", "live_MB", "rss_MB", "stories")
	var clusterTime time.Duration
	var words int64
	next := 0
	var lastStory story.StoryID
	var arrived []stream.Result
	for i := 1; i <= *n; i++ {
		if *cpuprof != "" && *profFrom > 0 && i == *profFrom {
			if err := startProfile(); err != nil {
				return err
			}
		}
		d := gen.Next()
		words += countWords(d.Text)
		t0 := time.Now()
		x, err := r.Add(ctx, d)
		clusterTime += time.Since(t0)
		if err != nil {
			return err
		}
		lastStory = max(lastStory, x.Story)
		if *dump != "" {
			arrived = append(arrived, stream.Result{ID: x.ID, Story: x.Story, Line: x.Line, DuplicateOf: x.DuplicateOf})
		}
		if next < len(at) && i == at[next] {
			next++
			var ms runtime.MemStats
			runtime.GC() // live heap, not garbage awaiting collection
			runtime.ReadMemStats(&ms)
			fmt.Printf("%10d %10.1f %12.0f %10.1f %10.0f %10.0f %8d   (mean %d words/article)\n", i, clusterTime.Seconds(),
				float64(i)/clusterTime.Seconds(), cpuSeconds(), float64(ms.HeapAlloc)/(1<<20), rssMB(), lastStory, words/int64(i))
		}
	}
	// The end of the stream: pending absorptions, a last consolidation and
	// the learned merges (story.Options.MergeModel), timed apart.
	t0 := time.Now()
	if err := r.Flush(ctx); err != nil {
		return err
	}
	fmt.Printf("flush at the end: %.2f s (not in the rates above)\n", time.Since(t0).Seconds())
	if *dump != "" {
		if err := writeDump(ctx, *dump, r, arrived); err != nil {
			return err
		}
	}
	if *memprof != "" {
		f, err := os.Create(*memprof)
		if err != nil {
			return err
		}
		defer f.Close()
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			return err
		}
	}
	runtime.KeepAlive(r) // the heap profile is of the clusterer's state
	return nil
}

// cpuSeconds is the CPU time (user and system) the process has used so
// far, generator included: on a shared machine it shows how much of the
// wall time was the benchmark's; -1 when unknown.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// rssMB reads the resident set size from /proc (Linux); -1 elsewhere.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return -1
}

// writeDump writes "id arrival-story arrival-line final-story final-line
// duplicate-of" per article.
func writeDump(ctx context.Context, path string, r *stream.Runner, rs []stream.Result) error {
	var b strings.Builder
	for _, x := range rs {
		s, l, err := r.Final(ctx, x.Story)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %d %d %d %s\n", x.ID, x.Story, x.Line, s, l, x.DuplicateOf)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// countWords counts runs of non-space bytes (ASCII spaces), without
// allocating: the generator's articles are what is measured, not this.
func countWords(s string) int64 {
	var n int64
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// gcPercent reads the collector's setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func spillWhere(dir string) string {
	if dir == "" {
		return "memory (encoded)"
	}
	return "a file in " + dir
}

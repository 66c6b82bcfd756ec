// Command load measures the storyline web server on loopback: it stores a
// synthetic fictional corpus (10,000 articles by default), serves it with
// internal/server on 127.0.0.1, and drives a bounded mix of page and API
// requests from concurrent clients for a fixed time, then reports
// requests per second, latency percentiles and errors per route. The
// default mix is the issue's: article 35%, story 25%, search page 35%
// (ten hits, facets), home 5%; -route measures one route alone (also
// entity and api-search, which the mix leaves out).
//
//	go run ./bench/load -articles 10000 -duration 20s -concurrency 16
//
// Only loopback is ever targeted: the server is started in-process on
// 127.0.0.1:0 and nothing else is addressed. The rate
// limiter is off by default (one client address sends everything); pass
// -rate 0 to measure with the server's default limit.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/storyline/storyline/internal/server"
	"github.com/storyline/storyline/internal/store"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

type route struct {
	name   string
	weight int
	path   func(r *rand.Rand) string
}

type sample struct {
	route int
	d     time.Duration
	err   bool
}

func run() error {
	var (
		n           = flag.Int("articles", 10000, "synthetic articles to store")
		dur         = flag.Duration("duration", 20*time.Second, "how long to send requests (at most 2m)")
		warm        = flag.Duration("warmup", 2*time.Second, "requests before measuring")
		conc        = flag.Int("concurrency", 16, "concurrent clients")
		dbPath      = flag.String("db", "", "store to use (default: a new one in a temporary folder)")
		rate        = flag.Float64("rate", -1, "server rate limit per client (-1 off, 0 the server's default)")
		routeFilter = flag.String("route", "", "only this route (article, search, home, entity, api-search, story)")
		cpuProfile  = flag.String("cpuprofile", "", "write a CPU profile of the measured run to this file")
		fillProfile = flag.String("fillprofile", "", "write a CPU profile of storing the synthetic articles to this file")
		noLink      = flag.Bool("nolink", false, "store without the story layer (faster to fill; no story pages)")
		noCache     = flag.Bool("nocache", false, "turn the server's response cache off (every request builds its answer)")
		optimize    = flag.Bool("optimize", true, "optimize the store before serving, as `storyline ingest` does after a bulk load")
	)
	flag.Parse()
	if *dur > 2*time.Minute {
		return errors.New("-duration over 2m")
	}
	ctx := context.Background()
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "storyline-load-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "load.db")
	}
	st, err := store.Open(ctx, path, store.Options{NoLink: *noLink})
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Articles < *n {
		if *fillProfile != "" {
			f, err := os.Create(*fillProfile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
		}
		t0 := time.Now()
		arts := genArticles(*n, 42)
		for i := 0; i < len(arts); i += 500 {
			if _, err := st.PutBatch(ctx, arts[i:min(i+500, len(arts))]); err != nil {
				return err
			}
		}
		if *fillProfile != "" {
			pprof.StopCPUProfile()
		}
		fmt.Printf("stored %d synthetic articles in %s\n", *n, time.Since(t0).Round(time.Millisecond))
	}
	if *optimize {
		// As `storyline ingest` does after a bulk load: merge the full-text
		// index segments so that queries read one b-tree per term.
		if o, ok := st.(store.Optimizer); ok {
			t0 := time.Now()
			if err := o.Optimize(ctx); err != nil {
				return err
			}
			fmt.Printf("optimized the store in %s\n", time.Since(t0).Round(time.Millisecond))
		}
	}
	if stats, err = st.Stats(ctx); err != nil {
		return err
	}
	fmt.Printf("store: %d articles, %d entities, %d quotes\n", stats.Articles, stats.Entities, stats.Quotes)

	cacheBytes := 0 // the server's default
	if *noCache {
		cacheBytes = -1
	}
	srv := server.New(st, server.Options{RateLimit: *rate, CacheBytes: cacheBytes})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go srv.Serve(ln)
	defer srv.Shutdown(ctx)
	base := "http://" + ln.Addr().String()

	maxID := stats.Articles
	stories, err := st.Stories(ctx, store.StoryFilter{Limit: 2000})
	if err != nil {
		return err
	}
	fmt.Printf("store: %d stories listed for the story route\n", len(stories))
	routes := []route{
		{"article", 35, func(r *rand.Rand) string { return fmt.Sprintf("/articles/%d", 1+r.IntN(maxID)) }},
		{"search", 30, func(r *rand.Rand) string { return "/search?q=" + url.QueryEscape(searchTerm(r)) }},
		{"home", 5, func(*rand.Rand) string { return "/" }},
		{"entity", 0, func(r *rand.Rand) string { return "/entities/" + url.PathEscape(pick(r, people)) }},
		{"api-search", 0, func(r *rand.Rand) string { return "/api/search?q=" + url.QueryEscape(searchTerm(r)) }},
	}
	if len(stories) > 0 {
		routes = append(routes, route{"story", 25, func(r *rand.Rand) string { return fmt.Sprintf("/stories/%d", pick(r, stories).ID) }})
	}
	if *routeFilter != "" {
		var keep []route
		for _, rt := range routes {
			if rt.name == *routeFilter {
				keep = append(keep, rt)
			}
		}
		if keep == nil {
			return fmt.Errorf("-route %q: no such route", *routeFilter)
		}
		keep[0].weight = 1
		routes = keep
	}
	total := 0
	var weighted []route
	for _, rt := range routes {
		if rt.weight > 0 {
			total += rt.weight
			weighted = append(weighted, rt)
		}
	}
	routes = weighted
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc}}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var mu sync.Mutex
	var samples []sample
	var measuring sync.WaitGroup
	start := time.Now()
	measureFrom := start.Add(*warm)
	end := measureFrom.Add(*dur)
	cpuAtStart := make(chan time.Duration, 1)
	go func() {
		time.Sleep(time.Until(measureFrom))
		cpuAtStart <- cpuTime()
	}()
	for c := 0; c < *conc; c++ {
		measuring.Add(1)
		go func(seed uint64) {
			defer measuring.Done()
			r := rand.New(rand.NewPCG(seed, 7))
			var local []sample
			for time.Now().Before(end) {
				k := r.IntN(total)
				ri := 0
				for ; k >= routes[ri].weight; ri++ {
					k -= routes[ri].weight
				}
				t0 := time.Now()
				failed := get(client, base+routes[ri].path(r))
				if t0.After(measureFrom) {
					local = append(local, sample{ri, time.Since(t0), failed})
				}
			}
			mu.Lock()
			samples = append(samples, local...)
			mu.Unlock()
		}(uint64(c + 1))
	}
	measuring.Wait()
	cpu := cpuTime() - <-cpuAtStart
	report(routes, samples, *dur, *conc)
	if n := len(samples); n > 0 {
		// Whole-process CPU (server and clients together): unlike latency it
		// does not depend much on what else the machine is running.
		fmt.Printf("cpu: %.2f ms per request (server and clients), %.2f cores busy\n",
			float64(cpu)/float64(time.Millisecond)/float64(n), cpu.Seconds()/dur.Seconds())
	}
	if hits, misses := srv.CacheStats(); hits+misses > 0 {
		fmt.Printf("response cache: %d hits, %d misses (warm-up included), hit rate %.1f%%\n", hits, misses, 100*float64(hits)/float64(hits+misses))
	}
	return nil
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func searchTerm(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return pick(r, places)
	case 1:
		return `"` + pick(r, topics) + `"`
	case 2:
		return pick(r, people)
	default:
		return pick(r, orgs) + " " + pick(r, []string{"strike", "quota*", "tariffs", "repairs"})
	}
}

// get fetches u and reports whether it failed (transport error or a status
// other than 200).
func get(c *http.Client, u string) bool {
	resp, err := c.Get(u)
	if err != nil {
		return true
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return err != nil || resp.StatusCode != http.StatusOK
}

func report(routes []route, samples []sample, dur time.Duration, conc int) {
	byRoute := make([][]time.Duration, len(routes))
	errs := make([]int, len(routes))
	var all []time.Duration
	totalErrs := 0
	for _, s := range samples {
		byRoute[s.route] = append(byRoute[s.route], s.d)
		all = append(all, s.d)
		if s.err {
			errs[s.route]++
			totalErrs++
		}
	}
	fmt.Printf("%d clients for %s on loopback\n", conc, dur)
	fmt.Printf("%-11s %8s %9s %8s %8s %8s %7s\n", "route", "requests", "req/s", "p50", "p99", "max", "errors")
	line := func(name string, ds []time.Duration, e int) {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		q := func(p float64) time.Duration {
			if len(ds) == 0 {
				return 0
			}
			return ds[min(len(ds)-1, int(p*float64(len(ds))))]
		}
		var mx time.Duration
		if len(ds) > 0 {
			mx = ds[len(ds)-1]
		}
		fmt.Printf("%-11s %8d %9.0f %8s %8s %8s %7d\n", name, len(ds), float64(len(ds))/dur.Seconds(),
			q(0.50).Round(10*time.Microsecond), q(0.99).Round(10*time.Microsecond), mx.Round(10*time.Microsecond), e)
	}
	for i, rt := range routes {
		line(rt.name, byRoute[i], errs[i])
	}
	line("all", all, totalErrs)
}

// Command renew times timeline.Renew, the judgement of what is new in
// publication order, on a copy of a store: every storyline whose articles
// were stored out of publication order (or, with -all, every storyline) is
// judged again and the new judgements are stored.
//
//	cp STORE /tmp/copy.db && go run ./bench/renew -db /tmp/copy.db [-all]
//
// It writes to the store it is given: pass a copy.
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime/pprof"
	"time"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

func main() {
	db := flag.String("db", "", "store to judge again (a copy: it is written)")
	all := flag.Bool("all", false, "judge every storyline, not only those stored out of order")
	maxArticles := flag.Int("max", 0, "articles judged anew per storyline at most (0: all)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the judging (Renew) to this file")
	flag.Parse()
	if err := run(*db, *all, *maxArticles, *cpuProfile); err != nil {
		fmt.Fprintln(os.Stderr, "renew:", err)
		os.Exit(1)
	}
}

func run(db string, all bool, maxArticles int, cpuProfile string) error {
	if db == "" {
		return fmt.Errorf("-db is required")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	arts, err := st.Articles(ctx, store.ArticleFilter{Bare: true, Limit: math.MaxInt32})
	if err != nil {
		return err
	}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[len(arts)-1-i] = a.ID
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	start := time.Now()
	n, err := timeline.RenewArticles(ctx, st, ids, timeline.RenewOptions{All: all, MaxArticles: maxArticles})
	el := time.Since(start)
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return err
	}
	rate := 0.0
	if el > 0 {
		rate = float64(n) / el.Seconds()
	}
	fmt.Printf("store: %d articles; judged again: %d articles in %.1fs (%.0f articles/s)\n", len(ids), n, el.Seconds(), rate)
	return nil
}

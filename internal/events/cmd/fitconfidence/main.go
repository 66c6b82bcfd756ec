// Command fitconfidence fits the weights of events.Signals.Score: an
// L2-regularised logistic regression (full-batch gradient descent) of
// "type right" on the signal bits, over the table that
//
//	EVENTS_DIAG=table.tsv EVENTS_DIAG_SETS=real,held,held2,...,held8 \
//	    go test -run TestDiagRealEventFeatures ./internal/eval
//
// writes from the judged real-news samples (column 4: the verdict, "y..."
// for a right type; column 20: the signal bits, comma-separated). It prints
// the intercept and the weights in signal order, to be pasted into
// confidence.go (internal/events/NOTE.md, fourteenth pass). Usage:
//
//	go run ./internal/events/cmd/fitconfidence -lambda 3 table.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

func main() {
	lambda := flag.Float64("lambda", 3, "L2 penalty")
	steps := flag.Int("steps", 3000, "gradient steps")
	rate := flag.Float64("rate", 0.1, "learning rate")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: fitconfidence [-lambda L] TABLE.tsv")
		os.Exit(2)
	}
	names, xs, ys, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitconfidence:", err)
		os.Exit(1)
	}
	b, w := fit(xs, ys, *lambda, *steps, *rate)
	fmt.Printf("const confBias = %.3f\n\nvar confWeights = [...]float64{\n", b)
	for i, n := range names {
		fmt.Printf("\t%.3f, // %s\n", w[i], n)
	}
	fmt.Println("}")
}

// read loads the signal bits and verdicts of a diag table.
func read(path string) (names []string, xs [][]float64, ys []float64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 20 {
			return nil, nil, nil, fmt.Errorf("%s:%d: %d columns, want 20 or more", path, line, len(fs))
		}
		if fs[0] == "set" {
			names = strings.Split(fs[19], ",")
			continue
		}
		var x []float64
		for _, v := range strings.Split(fs[19], ",") {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			x = append(x, n)
		}
		y := 0.0
		if strings.HasPrefix(fs[3], "y") {
			y = 1
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, err
	}
	if len(xs) == 0 || len(names) != len(xs[0]) {
		return nil, nil, nil, fmt.Errorf("%s: no rows, or a header that does not name every signal", path)
	}
	return names, xs, ys, nil
}

// fit runs full-batch gradient descent on the mean log loss plus
// lambda/2n times the squared weights (the intercept is not penalised).
func fit(xs [][]float64, ys []float64, lambda float64, steps int, rate float64) (float64, []float64) {
	d, n := len(xs[0]), float64(len(xs))
	w, b := make([]float64, d), 0.0
	gw := make([]float64, d)
	for range steps {
		clear(gw)
		gb := 0.0
		for r, x := range xs {
			z := b
			for i, xi := range x {
				z += w[i] * xi
			}
			e := 1/(1+math.Exp(-z)) - ys[r]
			gb += e
			for i, xi := range x {
				if xi != 0 {
					gw[i] += e * xi
				}
			}
		}
		b -= rate * gb / n
		for i := range w {
			w[i] -= rate * (gw[i]/n + lambda*w[i]/n)
		}
	}
	return b, w
}

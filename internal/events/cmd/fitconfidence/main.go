// Command fitconfidence fits the weights of events.Signals.Score: an
// L2-regularised logistic regression (full-batch gradient descent) of
// "type right" on the signal bits, over the table that
//
//	EVENTS_DIAG=table.tsv EVENTS_DIAG_SETS=real,held,held2,...,held11 \
//	    go test -run TestDiagRealEventFeatures ./internal/eval
//
// writes from the judged real-news samples (column 1: the sample; column
// 4: the verdict, "y..." for a right type; column 20: the signal bits,
// comma-separated). It prints the intercept and the weights in signal
// order, to be pasted into confidence.go (internal/events/NOTE.md,
// fourteenth and fifteenth passes). Usage:
//
//	go run ./internal/events/cmd/fitconfidence -lambda 3 [-calibrate held8,held9,held10,held11] table.tsv
//
// (the committed model since the twenty-first session: real..held13 and
// calib16 in the table, every set spelled out, -calibrate
// held8,held9,held10,held11,held12,held13,calib16; calib17 is its held
// check)
//
// With -calibrate the model is recalibrated for unseen news (Platt
// scaling): each named sample's events are scored by a model fitted on the
// other samples, a slope a and an offset c are fitted by logistic
// regression of the verdicts on those out-of-sample scores z, and the
// printed model is a*(bias + w.x) + c of the model fitted on every row.
// The spent samples were tuned on, so a model fitted on them alone is too
// confident on news no rule has seen; the samples named should be the
// least tuned ones.
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
	calibrate := flag.String("calibrate", "", "comma-separated samples (column 1) whose out-of-sample scores recalibrate the model")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: fitconfidence [-lambda L] [-calibrate S1,S2] TABLE.tsv")
		os.Exit(2)
	}
	names, sets, xs, ys, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitconfidence:", err)
		os.Exit(1)
	}
	b, w := fit(xs, ys, *lambda, *steps, *rate)
	if *calibrate != "" {
		a, c, n, err := platt(strings.Split(*calibrate, ","), sets, xs, ys, *lambda, *steps, *rate)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fitconfidence:", err)
			os.Exit(1)
		}
		fmt.Printf("// recalibrated on %d out-of-sample events of %s: slope %.3f, offset %.3f\n", n, *calibrate, a, c)
		b = a*b + c
		for i := range w {
			w[i] *= a
		}
	}
	fmt.Printf("const confBias = %.3f\n\nvar confWeights = [...]float64{\n", b)
	for i, n := range names {
		fmt.Printf("\t%.3f, // %s\n", w[i], n)
	}
	fmt.Println("}")
}

// read loads the sample names, signal bits and verdicts of a diag table.
func read(path string) (names, sets []string, xs [][]float64, ys []float64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 20 {
			return nil, nil, nil, nil, fmt.Errorf("%s:%d: %d columns, want 20 or more", path, line, len(fs))
		}
		if fs[0] == "set" {
			names = strings.Split(fs[19], ",")
			continue
		}
		var x []float64
		for _, v := range strings.Split(fs[19], ",") {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return nil, nil, nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			x = append(x, n)
		}
		y := 0.0
		if strings.HasPrefix(fs[3], "y") {
			y = 1
		}
		xs, ys, sets = append(xs, x), append(ys, y), append(sets, fs[0])
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, nil, err
	}
	if len(xs) == 0 || len(names) != len(xs[0]) {
		return nil, nil, nil, nil, fmt.Errorf("%s: no rows, or a header that does not name every signal", path)
	}
	return names, sets, xs, ys, nil
}

// platt scores each event of the samples cal by a model fitted on the
// rows of the other samples and fits p = sigmoid(a*z + c) to the verdicts
// of those out-of-sample scores z (gradient descent from a = 1, c = 0);
// n is the number of events scored.
func platt(cal, sets []string, xs [][]float64, ys []float64, lambda float64, steps int, rate float64) (a, c float64, n int, err error) {
	var zs, zy []float64
	for _, s := range cal {
		var trX, teX [][]float64
		var trY, teY []float64
		for r, x := range xs {
			if sets[r] == s {
				teX, teY = append(teX, x), append(teY, ys[r])
			} else {
				trX, trY = append(trX, x), append(trY, ys[r])
			}
		}
		if len(teX) == 0 || len(trX) == 0 {
			return 0, 0, 0, fmt.Errorf("-calibrate: sample %q has no rows, or no other sample has", s)
		}
		b, w := fit(trX, trY, lambda, steps, rate)
		for r, x := range teX {
			z := b
			for i, xi := range x {
				z += w[i] * xi
			}
			zs, zy = append(zs, z), append(zy, teY[r])
		}
	}
	a = 1
	m := float64(len(zs))
	for range 5 * steps {
		ga, gc := 0.0, 0.0
		for r, z := range zs {
			e := 1/(1+math.Exp(-(a*z+c))) - zy[r]
			ga += e * z
			gc += e
		}
		a -= rate * ga / m
		c -= rate * gc / m
	}
	return a, c, len(zs), nil
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

// Command badinput runs generated bad inputs (see gen.go) end to end
// through a storyline binary at scales 1x, 2x, 4x and 8x, and reports CPU
// time, peak memory and exit status of every step, the ratio of CPU time
// per doubling of the input, and any panic, 5xx or error that does not
// name its input.
//
//	go build -o /tmp/sl ./cmd/storyline && go run ./bench/badinput -bin /tmp/sl -dir /tmp/badinput
//
// Steps: analyze --json, ingest into a fresh store, cluster --json, new
// (first and last article), stories, storylines, claims, story 1 (all
// --json), and serve with the API and page routes plus a text/plain POST
// /api/articles of the first record. A step is flagged "SUPERLINEAR" when
// its CPU time, less the same step's time on a tiny input, grows more than
// 2.5 times per doubling while taking at least 0.5 s.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type result struct {
	cpu    float64 // user+sys seconds (server: whole process)
	wall   float64
	rssMB  float64
	status string // "ok", "exit N", "timeout", HTTP status
	note   string
}

func main() {
	bin := flag.String("bin", "/tmp/sl", "storyline binary")
	dir := flag.String("dir", "/tmp/badinput", "scratch directory (inputs and stores)")
	only := flag.String("cases", "", "comma-separated case names (empty: all)")
	scales := flag.String("scales", "1,2,4,8", "scales")
	timeout := flag.Duration("timeout", 5*time.Minute, "per-step limit")
	noHTTP := flag.Bool("nohttp", false, "skip the server steps")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var ks []int
	for _, s := range strings.Split(*scales, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 {
			fmt.Fprintf(os.Stderr, "-scales: bad scale %q\n", s)
			os.Exit(2)
		}
		ks = append(ks, k)
	}
	want := map[string]bool{}
	for _, c := range strings.Split(*only, ",") {
		if c = strings.TrimSpace(c); c != "" {
			want[c] = true
		}
	}
	r := &runner{bin: *bin, dir: *dir, timeout: *timeout, http: !*noHTTP}
	// The baseline: a tiny ordinary article, so the fixed cost of a step
	// (start-up, loading the tagger) is not read as growth.
	base := r.runCase(gencase{name: "tiny", gen: func(int) []doc { return one("tiny", "Harbour talks", sentence(0)+" "+sentence(1)) }}, 1)
	for _, c := range cases {
		if len(want) > 0 && !want[c.name] {
			continue
		}
		fmt.Printf("\n## %s: %s\n\n", c.name, c.what)
		byK := map[int]map[string]result{}
		for _, k := range ks {
			byK[k] = r.runCase(c, k)
		}
		report(c.name, ks, byK, base)
	}
}

type runner struct {
	bin     string
	dir     string
	timeout time.Duration
	http    bool
}

// runCase writes the case's records at scale k and runs every step.
func (r *runner) runCase(c gencase, k int) map[string]result {
	docs := c.gen(k)
	stem := filepath.Join(r.dir, fmt.Sprintf("%s-%dx", c.name, k))
	in := stem + ".jsonl"
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, d := range docs {
		_ = enc.Encode(d)
	}
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	db := stem + ".db"
	for _, suf := range []string{"", "-wal", "-shm"} {
		os.Remove(db + suf)
	}
	out := map[string]result{}
	out["analyze"] = r.cmd(in, "analyze", "--json", in)
	out["ingest"] = r.cmd(in, "--db", db, "ingest", in)
	out["cluster"] = r.cmd(in, "cluster", "--json", in)
	out["new 1"] = r.cmd(in, "--db", db, "new", "1", "--json")
	out["new last"] = r.cmd(in, "--db", db, "new", strconv.Itoa(len(docs)), "--json")
	out["stories"] = r.cmd(in, "--db", db, "stories", "--json")
	out["story 1"] = r.cmd(in, "--db", db, "story", "1", "--json")
	out["storylines"] = r.cmd(in, "--db", db, "storylines", "--min-stories", "1", "--json")
	out["claims"] = r.cmd(in, "--db", db, "claims", "--singles", "--json")
	out["articles"] = r.cmd(in, "--db", db, "articles")
	if r.http {
		for name, res := range r.serve(db, docs[0].Text) {
			out[name] = res
		}
	}
	fmt.Fprintf(os.Stderr, "%s %dx: %d records, %d bytes\n", c.name, k, len(docs), buf.Len())
	return out
}

// cmd runs the binary and classifies the outcome: a panic, a non-zero exit
// with a message that names neither the input nor an ID, or a timeout.
func (r *runner) cmd(input string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	c := exec.CommandContext(ctx, r.bin, args...)
	var stderr bytes.Buffer
	c.Stdout = io.Discard
	c.Stderr = &stderr
	t0 := time.Now()
	err := c.Run()
	res := result{wall: time.Since(t0).Seconds(), status: "ok"}
	if ps := c.ProcessState; ps != nil {
		res.cpu = ps.UserTime().Seconds() + ps.SystemTime().Seconds()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			res.rssMB = float64(ru.Maxrss) / 1024
		}
	}
	msg := strings.TrimSpace(stderr.String())
	switch {
	case ctx.Err() != nil:
		res.status = "timeout"
	case err != nil:
		res.status = "exit " + strconv.Itoa(c.ProcessState.ExitCode())
		if !namesInput(msg, input, args) {
			res.note = "UNCLEAR ERROR: "
		}
	}
	if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine ") {
		res.note = "PANIC: "
	}
	if res.status != "ok" || res.note != "" {
		res.note += lastLine(msg)
	}
	return res
}

// namesInput reports whether an error message names the input file or
// the ID the command was given.
func namesInput(msg, input string, args []string) bool {
	if strings.Contains(msg, filepath.Base(input)) {
		return true
	}
	for _, a := range args {
		if _, err := strconv.Atoi(a); err == nil && strings.Contains(msg, " "+a+":") {
			return true
		}
	}
	return false
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := lines[len(lines)-1]
	if len(l) > 160 {
		l = l[:160] + "..."
	}
	return l
}

// serve starts `serve` on a free port and times each route.
func (r *runner) serve(db, firstText string) map[string]result {
	out := map[string]result{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		out["serve"] = result{status: "listen: " + err.Error()}
		return out
	}
	addr := l.Addr().String()
	l.Close()
	c := exec.Command(r.bin, "--db", db, "serve", "--addr", addr, "--rate", "-1")
	var stderr bytes.Buffer
	c.Stderr = &stderr
	c.Stdout = io.Discard
	if err := c.Start(); err != nil {
		out["serve"] = result{status: "start: " + err.Error()}
		return out
	}
	base := "http://" + addr
	client := &http.Client{Timeout: r.timeout}
	up := false
	for i := 0; i < 300 && !up; i++ {
		if resp, err := client.Get(base + "/api/stats"); err == nil {
			resp.Body.Close()
			up = true
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !up {
		c.Process.Kill()
		c.Wait()
		out["serve"] = result{status: "not up", note: lastLine(stderr.String())}
		return out
	}
	name := firstEntity(client, base)
	routes := []string{"/api/articles", "/api/articles/1", "/api/stories", "/api/stories/1", "/api/storylines", "/api/storylines/1",
		"/api/claims", "/api/entities", "/api/entities/" + name, "/api/quotes", "/api/quotes?group=true", "/api/events?all=true",
		"/api/search?q=harbour&facets=true", "/api/stats", "/", "/articles", "/articles/1", "/stories/1", "/storylines", "/storylines/1",
		"/claims", "/entities", "/entities/" + name, "/search?q=harbour"}
	for _, p := range routes {
		t0 := time.Now()
		resp, err := client.Get(base + p)
		res := result{status: "ok"}
		if err != nil {
			res.status, res.note = "error", err.Error()
		} else {
			n, _ := io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			res.status = strconv.Itoa(resp.StatusCode)
			if resp.StatusCode >= 500 {
				res.note = fmt.Sprintf("5xx (%d bytes)", n)
			}
		}
		res.wall = time.Since(t0).Seconds()
		res.cpu = res.wall
		out["GET "+strings.SplitN(p, "?", 2)[0]] = res
	}
	t0 := time.Now()
	resp, err := client.Post(base+"/api/articles?url=https://example.org/2024/03/06/posted", "text/plain", strings.NewReader(firstText+"\n\nPosted again."))
	res := result{status: "ok"}
	if err != nil {
		res.status, res.note = "error", err.Error()
	} else {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		res.status = strconv.Itoa(resp.StatusCode)
		if resp.StatusCode >= 500 {
			res.note = "5xx: " + lastLine(string(b))
		}
	}
	res.wall = time.Since(t0).Seconds()
	res.cpu = res.wall
	out["POST /api/articles"] = res
	c.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { c.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		c.Process.Kill()
		<-done
	}
	sr := result{status: "ok"}
	if ps := c.ProcessState; ps != nil {
		sr.cpu = ps.UserTime().Seconds() + ps.SystemTime().Seconds()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			sr.rssMB = float64(ru.Maxrss) / 1024
		}
	}
	if msg := stderr.String(); strings.Contains(msg, "panic") {
		sr.note = "PANIC: " + lastLine(msg)
	}
	out["serve (process)"] = sr
	return out
}

// firstEntity is the path segment of the first listed entity, or "x".
func firstEntity(client *http.Client, base string) string {
	resp, err := client.Get(base + "/api/entities?limit=1")
	if err != nil {
		return "x"
	}
	defer resp.Body.Close()
	var v struct {
		Entities []struct {
			Name string `json:"name"`
		} `json:"entities"`
	}
	if json.NewDecoder(resp.Body).Decode(&v) != nil || len(v.Entities) == 0 {
		return "x"
	}
	return strings.ReplaceAll(v.Entities[0].Name, " ", "%20")
}

// report prints one table per case: each step's CPU seconds (wall for a
// route) and peak RSS per scale, the growth per doubling of the time over
// the tiny baseline, and flags.
func report(name string, ks []int, byK map[int]map[string]result, base map[string]result) {
	var steps []string
	for s := range byK[ks[0]] {
		steps = append(steps, s)
	}
	sort.Strings(steps)
	fmt.Printf("| step |")
	for _, k := range ks {
		fmt.Printf(" %dx s (MB) |", k)
	}
	fmt.Printf(" growth/2x | flags |\n|---|")
	for range ks {
		fmt.Printf("---|")
	}
	fmt.Printf("---|---|\n")
	for _, s := range steps {
		fmt.Printf("| %s |", s)
		var flags []string
		var growth []string
		prev := -1.0
		prevK := 0
		for _, k := range ks {
			res := byK[k][s]
			if res.rssMB > 0 {
				fmt.Printf(" %.2f (%.0f) |", res.cpu, res.rssMB)
			} else {
				fmt.Printf(" %.2f |", res.cpu)
			}
			if res.status != "ok" && !strings.HasPrefix(res.status, "2") && !strings.HasPrefix(res.status, "4") {
				flags = append(flags, fmt.Sprintf("%dx %s", k, res.status))
			}
			if res.note != "" {
				flags = append(flags, fmt.Sprintf("%dx %s", k, res.note))
			}
			if strings.HasPrefix(res.status, "4") {
				flags = append(flags, fmt.Sprintf("%dx HTTP %s", k, res.status))
			}
			net := res.cpu - base[s].cpu
			if prev >= 0 && k == 2*prevK && prev > 0.05 {
				g := net / prev
				growth = append(growth, fmt.Sprintf("%.1f", g))
				if g > 2.5 && net >= 0.5 {
					flags = append(flags, fmt.Sprintf("SUPERLINEAR %dx->%dx", prevK, k))
				}
			} else if prev >= 0 {
				growth = append(growth, "-")
			}
			prev, prevK = net, k
		}
		fmt.Printf(" %s | %s |\n", strings.Join(growth, " "), strings.Join(dedupe(flags), "; "))
	}
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/story"
	"github.com/storyline/storyline/internal/story/stream"
)

// clusterIn is one input line of `storyline cluster --json`.
type clusterIn struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	// FetchedAt (RFC 3339), as ingest reads it from a JSONL record, is the
	// moment a relative date ("yesterday", "2 hours ago") is read against.
	FetchedAt string `json:"fetched_at"`
}

// clusterOut is one output line.
type clusterOut struct {
	ID          string   `json:"id"`
	Story       int64    `json:"story"`
	Storyline   int64    `json:"storyline"`
	DuplicateOf string   `json:"duplicate_of,omitempty"`
	Claims      []string `json:"claims,omitempty"`
	Reason      string   `json:"reason,omitempty"`
}

func newClusterCmd() *cobra.Command {
	var (
		file    string
		reasons bool
	)
	cmd := &cobra.Command{
		Use:   "cluster --json FILE.jsonl",
		Short: "Cluster JSON Lines documents into stories and storylines, in the given order, without a store",
		Long: `Read documents {id, title, text, date?, url?, fetched_at?} one per line ("-" for stdin), assign
near-duplicates, stories and storylines in one pass in the given order, and print
{id, story, storyline, duplicate_of} per document (story and storyline after all
later merges). A document with no readable date takes the day its url carries.
A relative date ("yesterday", "2 hours ago") is read against the document's
fetched_at (RFC 3339) as ingest reads it, and ignored when there is none (never
against the clock). --reasons adds each document's claims and the reason for
its story.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if file == "" {
				return fmt.Errorf("cluster: --json FILE.jsonl is required")
			}
			var r io.Reader = cmd.InOrStdin()
			if file != "-" {
				f, err := os.Open(file)
				if err != nil {
					return fmt.Errorf("cluster: %w", err)
				}
				defer f.Close()
				r = f
			}
			docs, notes, err := readClusterDocs(r, file)
			if err != nil {
				return err
			}
			return runCluster(cmd, docs, notes, reasons)
		},
	}
	cmd.Flags().StringVar(&file, "json", "", "JSON Lines file of documents {id, title, text, date?, url?, fetched_at?}")
	cmd.Flags().BoolVar(&reasons, "reasons", false, "also print claims and the reason for each assignment")
	return cmd
}

// clusterMaxLine is the longest input line cluster reads.
const clusterMaxLine = 64 << 20

// readClusterDocs reads the documents of r (named name in errors), with
// for each one a note for its reason: what became of a date field that no
// form reads ("" when there is none to make).
func readClusterDocs(r io.Reader, name string) ([]story.Doc, []string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), clusterMaxLine)
	var (
		docs  []story.Doc
		notes []string
	)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var in clusterIn
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			return nil, nil, fmt.Errorf("cluster: %s:%d: %w", name, line, err)
		}
		if in.ID == "" {
			in.ID = fmt.Sprintf("%s:%d", name, line)
		}
		fetched, fetchedNote := fetchedAt(in.FetchedAt)
		day := docDate(in.Date, in.URL, fetched)
		docs = append(docs, story.Doc{ID: in.ID, Title: in.Title, Text: in.Text, Published: day})
		notes = append(notes, joinNotes(fetchedNote, dateNote(in.Date, day, fetched)))
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			// The scanner stops there: name the line, as a bad record is.
			return nil, nil, fmt.Errorf("cluster: %s:%d: a line longer than %d MiB", name, line+1, clusterMaxLine>>20)
		}
		return nil, nil, fmt.Errorf("cluster: %s: %w", name, err)
	}
	return docs, notes, nil
}

// dateNote says, for a reason, that a document's date field was unreadable
// and what was used instead (day, from its url, or nothing): without it an
// article dated "2024-02-30" is placed as if undated with no word of why. A
// relative date with no fetched_at to read it against says so. "" when the
// field is empty or read.
func dateNote(date string, day, fetched time.Time) string {
	if strings.TrimSpace(date) == "" || !docDate(date, "", fetched).IsZero() {
		return ""
	}
	shown := cutNote(date, 40)
	why := "unreadable"
	if fetched.IsZero() && relativeDate(date) {
		why = relativeNoFetch
	}
	if day.IsZero() {
		return fmt.Sprintf("date %q %s, ignored", shown, why)
	}
	return fmt.Sprintf("date %q %s, the url's day %s used", shown, why, day.Format("2006-01-02"))
}

// relativeNoFetch is why a relative date is not read: what ingest and
// cluster say.
const relativeNoFetch = "relative, with no fetched_at to read it against"

// relativeDate tells whether s is a date only a reference moment makes a
// day of ("yesterday", "2 hours ago"): read against two moments ten years
// apart it gives two days. A written date gives one day or none.
func relativeDate(s string) bool {
	a, okA := dates.Parse(s, time.Date(2000, 6, 1, 12, 0, 0, 0, time.UTC))
	b, okB := dates.Parse(s, time.Date(2010, 6, 1, 12, 0, 0, 0, time.UTC))
	return okA && okB && a != b
}

// fetchedAt reads a document's fetched_at (RFC 3339) and a note when it is
// given but unreadable (then it is ignored: zero).
func fetchedAt(s string) (time.Time, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, ""
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Sprintf("fetched_at %q unreadable (want RFC 3339), ignored", cutNote(s, 40))
	}
	return t, ""
}

// joinNotes joins the notes that are not empty with "; ".
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// docDate is a document's publication time: its date field ("2006-01-02",
// RFC 3339 or any form dates.Parse reads; a relative one against fetched,
// as ingest reads it, never against the clock), else the day written in its
// URL; zero when neither gives one.
func docDate(date, url string, fetched time.Time) time.Time {
	if t := parseDocDate(date); !t.IsZero() {
		return t
	}
	if d, ok := dates.Parse(date, fetched); ok && date != "" {
		if t := parseDocDate(d); !t.IsZero() {
			return t
		}
	}
	if d, ok := dates.FromURL(url, fetched); ok {
		return parseDocDate(d)
	}
	return time.Time{}
}

// parseDocDate reads "2006-01-02" or RFC 3339; zero when absent or malformed.
func parseDocDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func runCluster(cmd *cobra.Command, docs []story.Doc, notes []string, reasons bool) error {
	ctx := cmd.Context()
	r := stream.New(stream.Options{Story: story.Options{Now: time.Now()}})
	res := make([]stream.Result, 0, len(docs))
	for _, d := range docs {
		x, err := r.Add(ctx, d)
		if err != nil {
			return err
		}
		res = append(res, x)
	}
	// The checks later articles would have triggered (consolidation,
	// pending absorptions) run now, so the output is the final clustering.
	if err := r.Flush(ctx); err != nil {
		return err
	}
	w := bufio.NewWriter(cmd.OutOrStdout())
	defer w.Flush()
	enc := json.NewEncoder(w)
	for i, x := range res {
		s, l, err := r.Final(ctx, x.Story)
		if err != nil {
			return err
		}
		o := clusterOut{ID: x.ID, Story: int64(s), Storyline: int64(l), DuplicateOf: x.DuplicateOf}
		if reasons {
			o.Reason = x.Reason
			if notes[i] != "" {
				o.Reason = notes[i] + "; " + o.Reason
			}
			if s != x.Story {
				// The reason is the one given on arrival; say when a
				// later merge moved the article's story.
				o.Reason += fmt.Sprintf("; its story %d was later merged into story %d", x.Story, s)
			}
			for _, c := range x.Claims {
				o.Claims = append(o.Claims, c.Text)
			}
		}
		if err := enc.Encode(o); err != nil {
			return fmt.Errorf("cluster: %w", err)
		}
	}
	return nil
}

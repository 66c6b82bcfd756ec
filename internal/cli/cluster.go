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
		Long: `Read documents {id, title, text, date?, url?} one per line ("-" for stdin), assign
near-duplicates, stories and storylines in one pass in the given order, and print
{id, story, storyline, duplicate_of} per document (story and storyline after all
later merges). A document with no readable date takes the day its url carries.
--reasons adds each document's claims and the reason for its story.`,
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
	cmd.Flags().StringVar(&file, "json", "", "JSON Lines file of documents {id, title, text, date?, url?}")
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
		day := docDate(in.Date, in.URL)
		docs = append(docs, story.Doc{ID: in.ID, Title: in.Title, Text: in.Text, Published: day})
		notes = append(notes, dateNote(in.Date, day))
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
// article dated "yesterday" or "2024-02-30" is placed as if undated with
// no word of why. "" when the field is empty or read.
func dateNote(date string, day time.Time) string {
	if strings.TrimSpace(date) == "" || !docDate(date, "").IsZero() {
		return ""
	}
	shown := cutNote(date, 40)
	if day.IsZero() {
		return fmt.Sprintf("date %q unreadable, ignored", shown)
	}
	return fmt.Sprintf("date %q unreadable, the url's day %s used", shown, day.Format("2006-01-02"))
}

// docDate is a document's publication time: its date field ("2006-01-02",
// RFC 3339 or any form dates.Parse reads), else the day written in its URL;
// zero when neither gives one.
func docDate(date, url string) time.Time {
	if t := parseDocDate(date); !t.IsZero() {
		return t
	}
	now := time.Now()
	if d, ok := dates.Parse(date, now); ok && date != "" {
		if t := parseDocDate(d); !t.IsZero() {
			return t
		}
	}
	if d, ok := dates.FromURL(url, now); ok {
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

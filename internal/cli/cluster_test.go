package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestClusterCmd(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","title":"Storm closes Karvik bridge","text":"The Karvik bridge over the Tolm river was closed after a storm damaged two cables, the roads agency said. Engineer Mira Odell said inspections would take a week.","date":"2024-03-01"}`,
		`{"id":"b","title":"Storm closes Karvik bridge","text":"The Karvik bridge over the Tolm river was closed after a storm damaged two cables, the roads agency said. Engineer Mira Odell said inspections would take a week.","date":"2024-03-01"}`,
		`{"id":"c","title":"Harvest festival opens in Orsa valley","text":"Bakers from twelve villages compete for the golden loaf prize at the Orsa valley harvest festival, organiser Pell Varga said."}`,
		`{"id":"d","text":""}`,
		``,
	}, "\n")
	rows := clusterRows(t, in, 4)
	if rows[1].DuplicateOf != "a" || rows[1].Story != rows[0].Story {
		t.Errorf("b: %+v, want a duplicate of a in its story", rows[1])
	}
	if rows[2].Story == rows[0].Story || rows[3].Story == rows[0].Story {
		t.Errorf("unrelated documents share a story: %+v", rows)
	}
	if rows[3].Reason == "" || rows[3].Storyline == 0 {
		t.Errorf("empty document: %+v, want a reason and a storyline", rows[3])
	}
}

func TestClusterCmdErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"--json", "/nonexistent/file.jsonl"}} {
		cmd := newClusterCmd()
		cmd.SetArgs(args)
		cmd.SetOut(&bytes.Buffer{})
		if err := cmd.Execute(); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	cmd := newClusterCmd()
	cmd.SetIn(strings.NewReader("{not json\n"))
	cmd.SetArgs([]string{"--json", "-"})
	cmd.SetOut(&bytes.Buffer{})
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "-:1") {
		t.Errorf("bad JSON: err = %v, want one naming -:1", err)
	}
}

func FuzzReadClusterDocs(f *testing.F) {
	f.Add(`{"id":"a","title":"T","text":"x","date":"2024-01-02"}`)
	f.Add(`{"text":"no id","date":"1970-01-01T00:00:00Z"}` + "\n\n" + `{"id":1}`)
	f.Add(`{"id":"z","date":"yesterday"}`)
	f.Fuzz(func(t *testing.T, s string) {
		docs, notes, err := readClusterDocs(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		if len(notes) != len(docs) {
			t.Fatalf("%d notes for %d documents from %q", len(notes), len(docs), s)
		}
		for i, d := range docs {
			if d.ID == "" {
				t.Fatalf("document without an ID from %q", s)
			}
			if !utf8.ValidString(notes[i]) && utf8.ValidString(s) {
				t.Fatalf("note %q of valid input %q is not UTF-8", notes[i], s)
			}
		}
	})
}

// A document's date field wins; a date in another written form is read; a
// document with no readable date takes the day its url carries.
func TestClusterDocDate(t *testing.T) {
	cases := []struct{ date, url, want string }{
		{"2024-03-01", "https://example.org/2023/01/02/x", "2024-03-01"},
		{"2024-03-01T10:00:00Z", "", "2024-03-01"},
		{"March 1, 2024", "", "2024-03-01"},
		{"", "https://example.org/2023/01/02/bridge-closes", "2023-01-02"},
		{"soon", "https://example.org/2023/01/02/bridge-closes", "2023-01-02"},
		{"", "https://example.org/news/bridge-closes", ""},
		{"", "", ""},
	}
	for _, c := range cases {
		got := docDate(c.date, c.url, time.Time{})
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != c.want {
			t.Errorf("docDate(%q, %q) = %q, want %q", c.date, c.url, s, c.want)
		}
	}
}

// A story that a later merge folds into another keeps the reason given on
// arrival; the printed reason must then say the story was merged, or it
// reads "new story" for an article printed in an older story.
func TestClusterCmdReasonNamesLaterMerge(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","title":"Ferry strike in Kellin","text":""}`,
		`{"id":"b","title":"Budget vote in Tessin","text":"  "}`,
		`{"id":"c","title":"","text":""}`,
		`{"id":"d","text":"Anna Lorvik met Tomas Hale in Kellin."}`,
		``,
	}, "\n")
	rows := clusterRows(t, in, 4)
	d := rows[3]
	if d.Story != rows[0].Story || !strings.HasPrefix(d.Reason, "new story") {
		t.Fatalf("d: %+v; this case needs d to start a story that a later merge folds into a's", d)
	}
	if !strings.Contains(d.Reason, "later merged into story") {
		t.Errorf("d: reason %q does not say its story was merged", d.Reason)
	}
	for _, r := range rows[:3] {
		if strings.Contains(r.Reason, "merged") {
			t.Errorf("%s: reason %q names a merge that did not move it", r.ID, r.Reason)
		}
	}
}

// clusterRows runs `cluster --json - --reasons` on in and returns its rows,
// failing unless there are want of them.
func clusterRows(t *testing.T, in string, want int) []clusterOut {
	t.Helper()
	cmd := newClusterCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetIn(strings.NewReader(in))
	cmd.SetArgs([]string{"--json", "-", "--reasons"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var rows []clusterOut
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r clusterOut
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		rows = append(rows, r)
	}
	if len(rows) != want {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), want, out.String())
	}
	return rows
}

// A date field no form reads is dropped; the reason must say so (and what
// was used instead), or the article is placed as if undated with no word
// of why. Read dates and empty fields add nothing.
func TestClusterCmdReasonNamesUnreadableDate(t *testing.T) {
	text := `"text":"The Karvik bridge over the Tolm river was closed after a storm damaged two cables, the roads agency said."`
	in := strings.Join([]string{
		`{"id":"a","title":"Storm closes Karvik bridge",` + text + `,"date":"2024-02-30"}`,
		`{"id":"b","title":"Karvik bridge shut",` + text + `,"date":"0000-00-00","url":"https://example.org/2024/03/02/karvik"}`,
		`{"id":"c","title":"Karvik bridge closed",` + text + `,"date":"2024-03-01"}`,
		`{"id":"d","title":"Bridge closed at Karvik",` + text + `}`,
		``,
	}, "\n")
	rows := clusterRows(t, in, 4)
	if !strings.HasPrefix(rows[0].Reason, `date "2024-02-30" unreadable, ignored; `) {
		t.Errorf("a: reason %q does not say its date was unreadable", rows[0].Reason)
	}
	if !strings.HasPrefix(rows[1].Reason, `date "0000-00-00" unreadable, the url's day 2024-03-02 used; `) {
		t.Errorf("b: reason %q does not say its date was unreadable and the url's day used", rows[1].Reason)
	}
	for _, r := range rows[2:] {
		if strings.Contains(r.Reason, "unreadable") {
			t.Errorf("%s: reason %q names an unreadable date", r.ID, r.Reason)
		}
	}
	if long := dateNote(strings.Repeat("é", 100), time.Time{}, time.Time{}); len(long) > 80 || !utf8.ValidString(long) {
		t.Errorf("dateNote of a long field: %q, want it cut on a rune", long)
	}
}

// endless is a reader of one line that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += len(p)
	return len(p), nil
}

// A line longer than cluster reads stops the run with an error naming the
// line, not only the file (the scanner's "token too long").
func TestClusterDocsLineTooLong(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`{"id":"a","text":"Ferry strike in Kellin."}`+"\n"), &endless{})
	_, _, err := readClusterDocs(r, "big.jsonl")
	if err == nil || !strings.Contains(err.Error(), "big.jsonl:2: a line longer than 64 MiB") {
		t.Errorf("err = %v, want one naming big.jsonl:2", err)
	}
}

// A relative date ("yesterday") is read against the document's fetched_at,
// as ingest reads a record's, and never against the clock: with no
// fetched_at it is ignored, and the reason (and ingest's line) says why.
func TestClusterAndIngestReadRelativeDatesAlike(t *testing.T) {
	fetched := time.Date(2024, 3, 2, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		date string
		at   time.Time
		want string
	}{
		{"yesterday", fetched, "2024-03-01"},
		{"2 days ago", fetched, "2024-02-29"},
		{"yesterday", time.Time{}, ""},
		{"3 hours ago", time.Time{}, ""},
		{"2024-02-11", time.Time{}, "2024-02-11"},
	} {
		got := docDate(c.date, "", c.at)
		if s := map[bool]string{true: "", false: got.Format("2006-01-02")}[got.IsZero()]; s != c.want {
			t.Errorf("docDate(%q, fetched %v) = %q, want %q", c.date, c.at, s, c.want)
		}
	}
	text := `"text":"The Karvik bridge over the Tolm river was closed after a storm damaged two cables, the roads agency said."`
	in := strings.Join([]string{
		`{"id":"a","title":"Storm closes Karvik bridge",` + text + `,"date":"yesterday"}`,
		`{"id":"b","title":"Karvik bridge shut",` + text + `,"date":"yesterday","fetched_at":"2024-03-02T08:00:00Z"}`,
		`{"id":"c","title":"Karvik bridge closed",` + text + `,"date":"2024-03-01","fetched_at":"then"}`,
		``,
	}, "\n")
	rows := clusterRows(t, in, 3)
	if !strings.HasPrefix(rows[0].Reason, `date "yesterday" relative, with no fetched_at to read it against, ignored; `) {
		t.Errorf("a: reason %q, want the relative date named and ignored", rows[0].Reason)
	}
	if strings.Contains(rows[1].Reason, "date") {
		t.Errorf("b: reason %q names its date, which was read", rows[1].Reason)
	}
	if !strings.HasPrefix(rows[2].Reason, `fetched_at "then" unreadable (want RFC 3339), ignored; `) {
		t.Errorf("c: reason %q, want the bad fetched_at named", rows[2].Reason)
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "bridge.jsonl")
	recs := `{"title":"Storm closes Karvik bridge",` + text + `,"published":"yesterday"}` + "\n" +
		`{"title":"Karvik bridge shut again","text":"The Karvik bridge was shut for a second day while engineers from the Tolm roads agency checked the cables.","published":"yesterday","fetched_at":"2024-03-02T08:00:00Z"}` + "\n"
	if err := os.WriteFile(path, []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	out, errs, err := execute([]string{"--db", db, "ingest", path})
	if err != nil || !strings.Contains(out+errs, `(date "yesterday" relative, with no fetched_at to read it against, dropped)`) {
		t.Errorf("ingest: %v\n%s%s\nwant the relative date named as dropped", err, out, errs)
	}
	out, _ = run(t, "--db", db, "articles", "--json")
	if !strings.Contains(out, `"title":"Karvik bridge shut again","source":`) || !strings.Contains(out, `"published":"2024-03-01"`) {
		t.Errorf("articles:\n%s\nwant the fetched record dated 2024-03-01", out)
	}
}

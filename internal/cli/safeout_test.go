package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafeWriter(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"plain text, «quoted» · fine\n\tindented\n"}, "plain text, «quoted» · fine\n\tindented\n"},
		{[]string{"clear \x1b[2J now\a\r\x7f"}, `clear \x1b[2J now\x07\x0d\u007f`},
		{[]string{"eight-bit CSI \u009b31m and NEL \u0085."}, `eight-bit CSI \u009b31m and NEL \u0085.`},
		{[]string{"cut \xc2", "\x9b here and \xc2", "\xb7 there"}, `cut \u009b here and · there`},
		{[]string{"a euro \xe2\x82", "\xac sign"}, "a euro € sign"},
		{[]string{"bad \xff byte"}, "bad \xff byte"},
	} {
		var b bytes.Buffer
		w := &safeWriter{w: &b}
		for _, p := range c.in {
			if n, err := w.Write([]byte(p)); n != len(p) || err != nil {
				t.Errorf("Write(%q) = %d, %v", p, n, err)
			}
		}
		if b.String() != c.want {
			t.Errorf("safeWriter(%q) wrote %q, want %q", c.in, b.String(), c.want)
		}
	}
}

// TestCommandsEscapeControls: a stored title, outlet and body carrying
// terminal controls ("\u001b[2J" clears the screen, OSC 0 retitles the
// terminal) were printed raw by articles, show, quotes and search; they are
// shown escaped, and --json is unchanged (review25).
func TestCommandsEscapeControls(t *testing.T) {
	dir := t.TempDir()
	rec := `{"title":"Weir \u001b[31mred\u001b[0m notice \u0007","text":"Mayor Ilse Darrow said the \u001b[2J weir at Pellby would open on Friday for every barge.","outlet":"Pellby\u001b]0;pwned\u0007 Post","published":"2026-06-01"}` + "\n"
	path := filepath.Join(dir, "weir.jsonl")
	if err := os.WriteFile(path, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if out, err := run(t, "--db", db, "ingest", path); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"articles"}, {"show", "1"}, {"quotes"}, {"search", "weir"}, {"stories"}} {
		out, errs, err := execute(append([]string{"--db", db}, args...))
		if err != nil {
			t.Fatalf("%s: %v", args, err)
		}
		if strings.ContainsAny(out+errs, "\x1b\x07") || !strings.Contains(out, `\x1b`) {
			t.Errorf("%s printed a raw control (or none escaped):\n%q", args, out)
		}
	}
	out, err := run(t, "--db", db, "articles", "--json")
	if err != nil || !strings.Contains(out, `\u001b[31mred`) {
		t.Errorf("articles --json: %v %s", err, out)
	}
}

// TestEvalOutputNotWrapped: the eval commands and cluster write as they did.
func TestEvalOutputNotWrapped(t *testing.T) {
	root := newRootCmd()
	var b bytes.Buffer
	root.SetOut(&b)
	seen := 0
	for _, c := range root.Commands() {
		switch c.Name() {
		case "eval":
			for _, sub := range c.Commands() {
				safeOutput(sub)
				if sub.OutOrStdout() != &b {
					t.Errorf("eval %s: output wrapped", sub.Name())
				}
			}
			seen++
		case "cluster":
			safeOutput(c)
			if c.OutOrStdout() != &b {
				t.Error("cluster: output wrapped")
			}
			seen++
		}
	}
	if seen != 2 {
		t.Fatalf("found %d of eval and cluster", seen)
	}
}

// TestJSONStaysJSON: DEL and a C1 control, which encoding/json writes raw,
// come out as JSON's own escapes, so export's lines still decode to the
// same text.
func TestJSONStaysJSON(t *testing.T) {
	in := map[string]string{"text": "a\x7fb\u0085c\\\u009bd"}
	raw, _ := json.Marshal(in)
	var b bytes.Buffer
	(&safeWriter{w: &b}).Write(raw)
	var out map[string]string
	if err := json.Unmarshal(b.Bytes(), &out); err != nil || out["text"] != in["text"] {
		t.Errorf("%s -> %s: %v %q", raw, b.String(), err, out["text"])
	}
}

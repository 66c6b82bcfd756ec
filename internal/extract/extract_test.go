package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// page builds a fictional news page; every sentence here was written for
// these tests.
func page(head, body string) string {
	return `<!DOCTYPE html><html lang="en"><head>` + head + `</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>` + body + `</article></main>
<footer><p>Contact us</p><p>Privacy policy</p></footer></body></html>`
}

const storyBody = `<h1>Harbour council votes to restore the old lighthouse</h1>
<h2>The tower, dark since 1987, will shine again by next winter.</h2>
<p>The harbour council of Port Elwyn voted on Tuesday evening to restore the lighthouse on the northern breakwater, ending a debate that had lasted for more than ten years.</p>
<p>Councillors approved a budget of 2.4 million crowns for the work, which will replace the rusted lantern room and rebuild the keeper's stair from the foundations up.</p>
<p>"Ships have managed without it, but the town has not," said the council chair, Mara Quill, after the vote. Fishermen in the public gallery applauded the decision.</p>
<p>Work is due to begin in the spring once the winter storms have passed, and the lamp should be lit again before the first gales of next year.</p>
<p>Read also: Ferry timetable changes for the summer season</p>
<p>Photo: Port Elwyn Harbour Archive</p>`

const storyHead = `<meta charset="utf-8"><title>Harbour council votes to restore the old lighthouse | The Elwyn Gazette</title>
<meta property="og:title" content="Harbour council votes to restore the old lighthouse">
<meta property="og:site_name" content="The Elwyn Gazette">
<meta name="description" content="The tower, dark since 1987, will shine again by next winter.">
<meta name="author" content="Tomas Reed">`

func htmlDoc(body string) core.Document {
	return core.Document{Source: "test.html", URL: "https://gazette.example/harbour", Format: core.FormatHTML, Body: []byte(body)}
}

func TestExtractHTML(t *testing.T) {
	a, err := New(Options{}).Extract(context.Background(), htmlDoc(page(storyHead, storyBody)))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		field, got, want string
	}{
		{"Title", a.Title, "Harbour council votes to restore the old lighthouse"},
		{"Subtitle", a.Subtitle, "The tower, dark since 1987, will shine again by next winter."},
		{"Outlet", a.Outlet, "The Elwyn Gazette"},
		{"Language", a.Language, "en"},
		{"Authors", strings.Join(a.Authors, ";"), "Tomas Reed"},
		{"Source", a.Source, "test.html"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 {
		t.Errorf("Text has %d paragraphs, want 4:\n%s", len(paras), a.Text)
	}
	if !strings.HasPrefix(a.Text, "The harbour council of Port Elwyn") {
		t.Errorf("Text starts %.60q, want the first paragraph (headline and standfirst moved out)", a.Text)
	}
	for _, junk := range []string{"Read also", "Photo:", "Privacy policy", "Home"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("Text keeps %q", junk)
		}
	}
	reasons := map[string]bool{}
	for _, r := range a.Removed {
		reasons[r.Reason] = true
	}
	for _, want := range []string{core.ReasonRepeatedHeader, core.ReasonCaption, core.ReasonDebris, core.ReasonBoilerplate} {
		if !reasons[want] {
			t.Errorf("Removed has no %q record: %+v", want, a.Removed)
		}
	}
	dropped := map[string]bool{}
	for _, r := range a.Removed {
		dropped[r.Text] = true
		if strings.Contains(a.Text, r.Text) {
			t.Errorf("Removed %q is still in Text", r.Text)
		}
	}
	for _, want := range []string{"Privacy policy", "Read also: Ferry timetable changes for the summer season"} {
		if !dropped[want] {
			t.Errorf("Removed has no record of %q", want)
		}
	}
	if a.Hash != Hash(a.Title, a.Text) || len(a.Hash) != 64 {
		t.Errorf("Hash = %q, want Hash(title, text)", a.Hash)
	}
}

func TestExtractRawKeepsLibraryOutput(t *testing.T) {
	a, err := New(Options{Raw: true}).Extract(context.Background(), htmlDoc(page(storyHead, storyBody)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Harbour council votes") || a.Subtitle != "" {
		t.Errorf("Raw: headline should stay in the body and no subtitle be taken; got subtitle %q, text %.80q", a.Subtitle, a.Text)
	}
}

func TestExtractNoHeadline(t *testing.T) {
	body := `<html><body><div><p>The ferry to the island of Skarva now runs twice a day, leaving the mainland quay at seven in the morning and at four in the afternoon.</p>
<p>The extra crossing was added after islanders complained that a single boat left them no time for errands on the mainland before it returned.</p>
<p>The operator says the new timetable will stay in place until the end of October, when the winter service of one daily crossing resumes.</p></div></body></html>`
	a, err := New(Options{}).Extract(context.Background(), htmlDoc(body))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" {
		t.Errorf("Title = %q, want empty for a page without a headline", a.Title)
	}
	doc := htmlDoc(body)
	doc.Title = "Skarva ferry doubles"
	a, err = New(Options{}).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Skarva ferry doubles" {
		t.Errorf("Title = %q, want the document hint", a.Title)
	}
}

func TestExtractText(t *testing.T) {
	doc := core.Document{Source: "scrape.txt", Format: core.FormatText,
		Body: []byte("The mill on the Arrow river reopened on Saturday after a two-year restoration by volunteers.\n\nVisitors can watch flour being ground every weekend until September.")}
	a, err := New(Options{}).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "mill on the Arrow river") || !strings.Contains(a.Text, "flour being ground") {
		t.Errorf("Text = %q", a.Text)
	}
	if a.Language != "en" || a.Hash == "" {
		t.Errorf("Language %q, Hash %q", a.Language, a.Hash)
	}
}

// TestBadInput runs hostile and broken inputs: each must return an article
// or an error naming the source, never panic (a hang trips go test's timeout).
func TestBadInput(t *testing.T) {
	para := `<p>The harbour council of Port Elwyn voted on Tuesday evening to restore the lighthouse on the northern breakwater, ending a long debate in the town.</p>`
	deep := strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000)
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 du port a rouvert ses portes mardi apr\xe8s deux ann\xe9es de travaux, et les p\xeacheurs y prennent \xe0 nouveau leur petit d\xe9jeuner avant l'aube.</p><p>La patronne esp\xe8re accueillir les touristes d\xe8s le mois de juin prochain.</p></body></html>")
	utf16 := utf16le("\uFEFF<html><body><p>The lighthouse keeper's cottage will become a small museum of the harbour's history, the council decided after a long public consultation.</p></body></html>")
	binary := bytes.Repeat([]byte{0x00, 0x01, 0xFF, 0x7F, 0x89, 0x50, 0x4E, 0x47}, 512)
	invalid := []byte("<html><body><p>Broken bytes \xff\xfe\xc3\x28 inside a sentence about the harbour council's vote on the lighthouse restoration budget this week.</p></body></html>")
	tests := []struct {
		name    string
		doc     core.Document
		wantErr error  // nil: an article is expected
		want    string // a fragment the text must hold
	}{
		{"empty", core.Document{Source: "empty.html", Format: core.FormatHTML}, core.ErrNotArticle, ""},
		{"binary", core.Document{Source: "blob.html", Format: core.FormatHTML, Body: binary}, core.ErrNotArticle, ""},
		{"only markup", core.Document{Source: "chrome.html", Format: core.FormatHTML, Body: []byte("<html><body><nav></nav></body></html>")}, core.ErrNotArticle, ""},
		{"unknown format", core.Document{Source: "x.pdf", Format: "pdf", Body: []byte("%PDF")}, core.ErrUnsupportedFormat, ""},
		{"nested 100000 deep", core.Document{Source: "deep.html", Format: core.FormatHTML, Body: []byte(deep)}, nil, "northern breakwater"},
		{"latin-1", core.Document{Source: "latin1.html", Format: core.FormatHTML, Body: latin1}, nil, "Le café du port"},
		{"utf-16", core.Document{Source: "utf16.html", Format: core.FormatHTML, Body: utf16}, nil, "lighthouse keeper's cottage"},
		{"invalid utf-8", core.Document{Source: "bad.html", Format: core.FormatHTML, Body: invalid}, nil, "harbour council"},
		{"binary text", core.Document{Source: "blob.txt", Format: core.FormatText, Body: binary}, core.ErrNotArticle, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(Options{}).Extract(context.Background(), tt.doc)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.doc.Source) {
					t.Errorf("err = %v, want %v naming %q", err, tt.wantErr, tt.doc.Source)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("Text = %.200q, want it to hold %q", a.Text, tt.want)
			}
			if strings.ContainsRune(a.Text, 0) {
				t.Errorf("Text holds NUL")
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	// A 100 MB single line is refused up front under the default limit and
	// under a smaller one.
	huge := bytes.Repeat([]byte("harbour "), (100<<20)/8)
	for _, opts := range []Options{{}, {MaxBytes: 1 << 20}} {
		for _, f := range []core.Format{core.FormatHTML, core.FormatText} {
			_, err := New(opts).Extract(context.Background(), core.Document{Source: "huge.html", Format: f, Body: huge})
			if !errors.Is(err, core.ErrTooLarge) || !strings.Contains(err.Error(), "huge.html") {
				t.Errorf("%+v %s: err = %v, want ErrTooLarge naming huge.html", opts, f, err)
			}
		}
	}
}

func TestLongLineUnderLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	// A 1 MB page that is one line of words and no markup: extracted (or
	// refused as no article), in linear time.
	line := bytes.Repeat([]byte("harbour "), (1<<20)/8)
	_, err := New(Options{}).Extract(context.Background(), core.Document{Source: "line.html", Format: core.FormatHTML, Body: line})
	if err != nil && !errors.Is(err, core.ErrNotArticle) {
		t.Errorf("err = %v", err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Options{}).Extract(ctx, htmlDoc(page(storyHead, storyBody)))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestFunc(t *testing.T) {
	var e Extractor = Func(func(_ context.Context, d core.Document) (*core.Article, error) {
		return &core.Article{Source: d.Source}, nil
	})
	a, err := e.Extract(context.Background(), core.Document{Source: "s"})
	if err != nil || a.Source != "s" {
		t.Errorf("Func: %v %v", a, err)
	}
}

func TestHash(t *testing.T) {
	tests := []struct {
		t1, b1, t2, b2 string
		same           bool
	}{
		{"Title", "One paragraph.\n\nTwo.", "title", "One  paragraph.\nTwo.", true},
		{"Title", "Body", "Title", "Other body", false},
		{"A", "B C", "A B", "C", false},
	}
	for _, tt := range tests {
		if got := Hash(tt.t1, tt.b1) == Hash(tt.t2, tt.b2); got != tt.same {
			t.Errorf("Hash(%q,%q) == Hash(%q,%q) is %v, want %v", tt.t1, tt.b1, tt.t2, tt.b2, got, tt.same)
		}
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		if r > 0xFFFF {
			r = '?'
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

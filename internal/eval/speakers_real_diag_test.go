package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagSpeakerDoc prints what the quote finder gives on one sample
// document (STORYLINE_SPKDOC=ecbplus/31_3ecbplus): every unit with its
// kind, cue and speaker span. A diagnostic, skipped unless the variable
// is set.
func TestDiagSpeakerDoc(t *testing.T) {
	id := os.Getenv("STORYLINE_SPKDOC")
	if id == "" {
		t.Skip("set STORYLINE_SPKDOC to a sample document id")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	var text string
	for _, o := range []RealSampleOptions{{Shared: shared}, {Shared: shared, Held: true}, {Shared: shared, Held2: true}, {Shared: shared, Held3: true, Held4: true}, {Shared: shared, Held5: true}} {
		docs, err := realDocs(o.withDefaults())
		if err != nil {
			t.Skip(err)
		}
		for _, d := range docs {
			if d.id == id {
				text = d.text
			}
		}
	}
	for _, draw := range []func(string) ([]realDoc, error){held5SpeakerDocs, held6SpeakerDocs, held7SpeakerDocs, held8SpeakerDocs, held9SpeakerDocs} {
		docs, err := draw(shared)
		if err != nil {
			t.Skip(err)
		}
		for _, d := range docs {
			if d.id == id {
				text = d.text
			}
		}
	}
	if text == "" {
		t.Fatalf("no document %s", id)
	}
	z := analyze.New(analyze.Options{})
	ms := z.Mentions(&core.Article{Text: text})
	for _, q := range quotes.Find(text, quotes.Options{Resolver: quotes.ResolverFunc(func(string) []quotes.Mention { return ms })}) {
		src := ""
		if q.SpeakerStart >= 0 {
			src = text[q.SpeakerStart:q.SpeakerEnd]
		}
		fmt.Printf("%d-%d %s cue=%q src=%q speaker=%q frag=%v\n   %s\n", q.Start, q.End, q.Kind, q.Cue, src, q.Speaker, q.Fragment,
			strings.Join(strings.Fields(text[q.Start:min(q.End, q.Start+100)]), " "))
	}
}

// TestDiagSpanningQuotes prints the quotes analyze lists on the spent
// speaker samples' documents whose text holds an attribution between
// closing and opening marks (a quotation the marks paired wrongly). A
// diagnostic, skipped unless STORYLINE_SPANNING is set.
func TestDiagSpanningQuotes(t *testing.T) {
	if os.Getenv("STORYLINE_SPANNING") == "" {
		t.Skip("set STORYLINE_SPANNING=1")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	var docs []realDoc
	for _, o := range []SpeakerSampleOptions{{Shared: shared}, {Shared: shared, Held: true}, {Shared: shared, Held2: true}, {Shared: shared, Held3: true}, {Shared: shared, Held4: true}, {Shared: shared, Held5: true}, {Shared: shared, Held6: true}} {
		ds, err := o.sampleDocs(context.Background())
		if err != nil {
			t.Skip(err)
		}
		docs = append(docs, ds...)
	}
	re := regexp.MustCompile(`[,.?!]\s*["”']\s*(?:[,.]\s*)?(?:[A-Z][\w.'-]*\s+){0,5}(?:said|says|added|told|explained|asked|continued|wrote)\b|,\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:said|says)\W*$`)
	z := analyze.New(analyze.Options{})
	for _, d := range docs {
		a := &core.Article{Text: d.text}
		if err := z.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if re.MatchString(q.Text) {
				fmt.Printf("%s@%d-%d direct=%v speaker=%q\n   %s\n", d.id, q.Start, q.End, q.Direct, q.Speaker, strings.Join(strings.Fields(q.Text), " "))
			}
		}
	}
}

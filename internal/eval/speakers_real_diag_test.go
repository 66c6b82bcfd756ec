package eval

import (
	"fmt"
	"os"
	"path/filepath"
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
	for _, draw := range []func(string) ([]realDoc, error){held5SpeakerDocs, held6SpeakerDocs, held7SpeakerDocs} {
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

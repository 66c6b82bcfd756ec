package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/testshared"
)

// TestDiagSpeakersHeld12 scores the twelfth held-out speaker sample and
// lists its quotes not judged right (STORYLINE_SPKHELD12=1; =all lists
// every quote). The eval speakers command has no --set for it: a
// diagnostic, skipped unless the variable is set.
func TestDiagSpeakersHeld12(t *testing.T) {
	mode := os.Getenv("STORYLINE_SPKHELD12")
	if mode == "" {
		t.Skip("set STORYLINE_SPKHELD12=1")
	}
	shared := filepath.Dir(testshared.Dir(t, "seeds")) // skips when ../shared is absent
	o := SpeakerSampleOptions{Shared: shared, Held12: true}
	qs, err := RealSpeakers(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreSpeakers(qs)
	fmt.Printf("speaker sample set=real-held12 quotes=%d judged=%d not judged=%d\n", s.Quotes, s.Judged, s.Unjudged)
	fmt.Printf("speaker right   %.3f  (%d of %d judged)\n", s.Accuracy(), s.Right, s.Judged)
	fmt.Printf("wrong speaker   %d\nshould be none  %d\n", s.Wrong, s.ShouldNone)
	fmt.Printf("named right     %.3f  (%d of %d shown with a speaker)\n", ratio(s.NamedRight, s.Named), s.NamedRight, s.Named)
	dropped, err := SpeakersDropped(context.Background(), o, qs)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range dropped {
		fmt.Printf("no longer found: %s\n", v.Line())
	}
	for _, q := range qs {
		v, ok := q.Fresh()
		if ok && v.OK == 'y' && mode != "all" {
			continue
		}
		fmt.Printf("\n%s\n  speaker=%q direct=%v fragment=%v\n  %s\n", v.Line(), q.Quote.Speaker, q.Quote.Direct, q.Quote.Fragment,
			strings.Join(strings.Fields(q.Context), " "))
	}
}

package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/quotes"
)

func TestClosingSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text, span, speaker, want string
	}{
		{"a description before the name", `Tomas Brell died on Monday in Velsk, said family friend Ana Lind, who wrote his life story.`,
			`died on Monday in Velsk`, "", "Ana Lind"},
		{"a speaker already given", `Tomas Brell died on Monday in Velsk, said family friend Ana Lind.`,
			`died on Monday in Velsk`, "Tomas Brell", ""},
		{"according to", `Tomas Brell died on Monday in Velsk, according to family friend Ana Lind.`,
			`died on Monday in Velsk`, "", "Ana Lind"},
		{"no reporting verb", `Tomas Brell died on Monday in Velsk, leaving Ana Lind his boat.`,
			`died on Monday in Velsk`, "", ""},
		{"a clause between", `Tomas Brell died on Monday in Velsk, said the doctor who treated Ana Lind.`,
			`died on Monday in Velsk`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []quotes.Mention
			for _, p := range []string{"Tomas Brell", "Ana Lind"} {
				if i := strings.Index(tc.text, p); i >= 0 {
					ms = append(ms, quotes.Mention{Name: p, Type: core.Person, Start: i, End: i + len(p)})
				}
			}
			s := strings.Index(tc.text, tc.span)
			q := quotes.Quote{Quote: core.Quote{Text: tc.span, Start: s, End: s + len(tc.span), Speaker: tc.speaker}}
			if got := closingSpeaker(tc.text, q, ms); got != tc.want {
				t.Errorf("closingSpeaker = %q, want %q", got, tc.want)
			}
		})
	}
}

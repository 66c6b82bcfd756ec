package quotes

import (
	"github.com/storyline/storyline/internal/core"
	"strings"
	"testing"
)

// TestPersonOverBody: a person named in a source phrase speaks, not the
// body or place that describes them; a body with no titled person after
// it keeps the quote.
func TestPersonOverBody(t *testing.T) {
	type m struct{ name, typ string }
	tests := []struct {
		name, text  string
		ms          []m
		quote, want string
	}{
		{"title and body name before the run",
			"Crews fought the blaze overnight. Tomas Brell, Deputy Fire Officer at Velsk Fire and Rescue Service says the depot is \"beyond repair\".",
			[]m{{"Tomas Brell", "PER"}, {"Velsk Fire", "ORG"}, {"Rescue Service", "ORG"}}, "beyond repair", "Tomas Brell"},
		{"county and state before a titled person",
			"The body was found on Monday, but Orvik County, Del., coroner Mira Holt said the death occurred on Friday.",
			[]m{{"Orvik County", "ORG"}, {"Mira Holt", "PER"}}, "the death occurred", "Mira Holt"},
		{"county tagged as a person",
			"The body was found on Monday, but Orvik County, Del., coroner Mira Holt said the death occurred on Friday.",
			[]m{{"Orvik County", "PER"}, {"Mira Holt", "PER"}}, "the death occurred", "Mira Holt"},
		{"an apposition naming the role of a body",
			"Costs must fall. As part of the plan, Tomas Brell, the president of Velsk Motors announced that the plants in Ostria would close.",
			[]m{{"Tomas Brell", "PER"}, {"Velsk Motors", "PER"}}, "plants in Ostria would close", "Tomas Brell"},
		{"an apposition naming the role of a body tagged ORG",
			"Costs must fall. As part of the plan, Tomas Brell, the president of Velsk Motors announced that the plants in Ostria would close.",
			[]m{{"Tomas Brell", "PER"}, {"Velsk Motors", "ORG"}}, "plants in Ostria would close", "Tomas Brell"},
		{"a body whose chief is joined by of keeps the quote",
			"Velsk Shipping, the firm of Mira Holt, said the ferries would sail in May.",
			[]m{{"Velsk Shipping", "ORG"}, {"Mira Holt", "PER"}}, "the ferries would sail", "Velsk Shipping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			for _, x := range tt.ms {
				i := strings.Index(tt.text, x.name)
				if i < 0 {
					t.Fatalf("no %q in the text", x.name)
				}
				ms = append(ms, Mention{Name: x.name, Type: core.EntityType(x.typ), Start: i, End: i + len(x.name)})
			}
			opts := Options{Resolver: ResolverFunc(func(string) []Mention { return ms })}
			expectSpeaker(t, Find(tt.text, opts), tt.quote, tt.want)
		})
	}
}

// TestContinuedQuotation: a quotation running over paragraphs (each
// reopened with a mark, only the last closed) keeps its speaker, also
// more than two sentences after the attribution.
func TestContinuedQuotation(t *testing.T) {
	text := "The team won again. “We are a different side now,” Mira Holt said after the game. “We do not look like the team we were in May. He is so quick. He made the key plays late. “I am really proud of him, because it is hard to turn it on.” The next game is on Friday."
	expectSpeaker(t, Find(text, Options{}), "really proud", "Mira Holt")
	if !continuedBetween(text, strings.Index(text, " Mira"), strings.Index(text, "“I am")) {
		t.Errorf("continuedBetween: the reopened paragraph not seen")
	}
	closed := "“A b,” Ana said. “C d e f.” Then more. “G.”"
	if continuedBetween(closed, strings.Index(closed, " Ana"), strings.LastIndex(closed, "“")) {
		t.Errorf("continuedBetween: a closed quotation taken for a continued one")
	}
}

package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestPostposedSources runs the whole layer on fictional text: a source
// after its quotation ("“…,” said a commentary in the Karstad Herald") is
// the quotation's speaker, never a quote of its own; a description names
// someone new or the person the rules named; a fragment in reported speech
// is its source's.
func TestPostposedSources(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, want string
	}{
		{"a document noun in a publication (postposedSource)",
			"Velsk warns neighbours over dam. KARSTAD 2031-05-02 Velsk on Friday urged its neighbours to respect the river treaty. \"Some officials in Orlo are still pretending that the dam belongs to them,\" said a commentary in the official Karstad Herald. \"They must stop.\"",
			"Some officials in Orlo", "Karstad Herald"},
		{"the next quotation keeps it",
			"Velsk warns neighbours over dam. KARSTAD 2031-05-02 Velsk on Friday urged its neighbours to respect the river treaty. \"Some officials in Orlo are still pretending that the dam belongs to them,\" said a commentary in the official Karstad Herald. \"They must stop.\"",
			"They must stop", "Karstad Herald"},
		{"an editorial after a named speaker's quote",
			"Velsk warns neighbours over dam.\n\n\"Nobody believes the figures,\" said Anna Berg, a spokeswoman for the Velsk opposition.\n\n\"The government has panicked,\" said an editorial in the liberal daily Nova Vest.\n",
			"The government has panicked", "Nova Vest"},
		{"a statement from a ministry",
			"Velsk warns neighbours over dam.\n\nThe river treaty was signed in 2004 after years of talks between the two governments.\n\n\"The talks have failed,\" said a spokesman for the Orlo foreign ministry. He gave no details.\n\n\"We will rebuild the bridge by June,\" said a statement from the Velsk Transport Ministry.\n",
			"We will rebuild the bridge", "Velsk Transport Ministry"},
		{"a long description stays, short (roleHead)",
			"Velsk warns neighbours over dam.\n\nThe river treaty was signed in 2004 after years of talks between the two governments.\n\n\"The talks have failed,\" said a spokesman for the Orlo foreign ministry. He gave no details.\n",
			"The talks have failed", "a spokesman for the Orlo foreign ministry"},
		{"an age description the rules resolved (rulesNamedSource)",
			"Velsk beats Orlo in tennis final.\n\nAnke Lind, who reached the final a week ago, could only mourn her luck. \"I wasn't happy when I saw the draw,\" said the 21-year-old German. \"It's always tough.\"\n",
			"I wasn't happy", "Anke Lind"},
		{"an occasion after the source is cut off (adjunctStart)",
			"Velsk beats Orlo in tennis final.\n\nOrlo Systems released a fix on Monday. \"We have released a security update,\" said the company in a statement.\n",
			"We have released a security update", "Orlo Systems"}, // the company named just before (recentOrganisation)
		{"a fragment in reported speech is its source's (fragmentBeforeSource)",
			"Orlo Systems rushes out browser fix.\n\nOrlo Systems released an emergency patch yesterday. The Velsk software giant said on Tuesday that it had delivered a software cure \"in the unprecedented time of eight days.\" Researchers at security firm Karst Labs say attacks based on the flaw are \"spreading like wildfire\" with millions of computers already compromised.\n",
			"spreading like wildfire", "Researchers at security firm Karst Labs"},
		{"an indefinite description is someone new, not the Republican named before",
			"Insiders: Lind will rebound in New Hampshire.\n\nRepublican front-runner Tom Varga lost Iowa on Monday, but insiders say he will win next week.\n\n“Varga will be defeated in this process, but I don't think he will collapse in a week,” said a New Hampshire Republican.\n\n“New Hampshire has always been about trajectories, and it’s a mistake to trust the polls,” said a New Hampshire Republican. “Rubin will come on strong.”\n",
			"New Hampshire has always been", "a New Hampshire Republican"},
		{"a place before a role noun is its modifier (mentionAsModifier)",
			"Insiders: Lind will rebound in New Hampshire.\n\nRepublican front-runner Tom Varga lost Iowa on Monday, but insiders say he will win next week.\n\n“Varga will be defeated in this process, but I don't think he will collapse in a week,” said a New Hampshire Republican, who, like all respondents, responded anonymously. “Congrats to Rubin, but now everyone will go after him.”\n",
			"Congrats to Rubin", "New Hampshire Republican"},
		{"a relative clause after the description is cut (roleHead)",
			"Insiders: Lind will rebound in New Hampshire.\n\nRepublican front-runner Tom Varga lost Iowa on Monday, but insiders say he will win next week.\n\n“Varga will be defeated in this process, but I don't think he will collapse in a week,” said a New Hampshire Republican, who, like all respondents, responded anonymously. “Congrats to Rubin, but now everyone will go after him.”\n",
			"Varga will be defeated", "a New Hampshire Republican"},
		{"a quotation after a unit the rules missed is the unit's speaker's (carriedFromRules)",
			"Party aims to heal primary wounds.\n\nA Lind adviser, speaking on the condition of anonymity to speak candidly, said of the senator, \"She takes the threat of Varga very seriously and she takes seriously her potential role in helping unify the party.\"\n\nOne danger is that Brell could be met by a chorus of Democrats urging him, both personally and publicly, to bow out. \"We have to be thoughtful about having a few voices at one time as opposed to everyone talking and preaching at the same time,\" said Sen. Robert P. Kasey Jr. (D-Pa.), a Lind backer. \"You can't have 30 people call and start lecturing.\"\n",
			"You can't have 30 people", "Robert P. Kasey"},
		{"a name modifying a role noun in a long source is not the speaker (personModifiesNoun, personAsModifier)",
			"Senator weighs a run.\n\nSenator Ana Lind met donors in Velsk on Monday.\n\nA Lind adviser, speaking on the condition of anonymity, said of the senator, \"She takes the threat very seriously.\"\n",
			"She takes the threat", "a Lind adviser"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &core.Article{Text: tc.text}
			if err := New(Options{}).Process(t.Context(), a); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, q := range a.Quotes {
				if strings.Contains(q.Text, "commentary in the") || strings.Contains(q.Text, "editorial in the") || strings.Contains(q.Text, "statement from the") || strings.Contains(q.Text, "spokesman for the") {
					t.Errorf("source listed as a quote: %q (speaker %q)", q.Text, q.Speaker)
				}
				if strings.Contains(q.Text, tc.quote) {
					found = true
					if q.Speaker != tc.want {
						t.Errorf("speaker of %q = %q, want %q", tc.quote, q.Speaker, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("no quote holding %q among %d", tc.quote, len(a.Quotes))
			}
		})
	}
}

func TestRoleHead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a New Hampshire Republican, who, like all respondents", "a New Hampshire Republican"},
		{"a spokesman for the Orlo foreign ministry", "a spokesman for the Orlo foreign ministry"},
		{"The head of the Velsk Atomic Energy organization", "the head of the Velsk Atomic Energy organization"},
		{"Six in 10 Velsk Democratic primary voters", "Six in 10 Velsk Democratic primary voters"},
		{"she’s worked to woo Velsk voters with", ""},
		{"legal history and articles from", ""},
		{"a woman can run for mayor without being", ""},
		{"46 percent of voters said yes", ""},
		{"has been the willingness of those in", ""},
		{"the brief order gave no reasons and", ""},
		{"a diplomat, who asked not to be named because of the talks in Velsk", "a diplomat"},
		{"the mayor of the harbour town of Velsk on the Orlo river in the north", ""},
	} {
		if got := roleHead(tc.in); got != tc.want {
			t.Errorf("roleHead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package quotes

import (
	"strings"
	"testing"
)

// exclusiveUnits returns the units the PolNeAR path (Exclusive, clause
// subjects on) makes of text tagged by hand.
func exclusiveUnits(text string, tagged map[string]int) []Quote {
	d := newDoc(text, Heuristic{})
	d.clauseSubj = true
	d.tags = tagText(d, tagged)
	return d.withModel(nil, true)
}

// Speaker rules of the seventh session, on hand-tagged fictional
// sentences, through the PolNeAR (exclusive) path.
func TestLinkRulesSeventh(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   string // speaker of the unit holding wantOf; "" for none
		wantOf string
	}{
		{"a relative pronoun source is named by the phrase before its comma",
			"Tom Reyes, who runs the pier, said the ferry will stop.",
			map[string]int{"who": tagBSrc, "said": tagBCue, "the ferry will stop": tagBCon},
			"Tom Reyes", "the ferry will stop"},
		{"a source run opening with who and a verb is a relative clause",
			"Tom Reyes, who will retire soon, praised the ferry crews.",
			map[string]int{"who will retire soon": tagBSrc, "praised": tagBCue, "the ferry crews": tagBCon},
			"Tom Reyes", "the ferry crews"},
		{"who followed by its own subject is no relative subject",
			"The pier, which harbour officials said was unsafe, reopened.",
			map[string]int{"which harbour officials": tagBSrc, "said": tagBCue, "was unsafe": tagBCon},
			"officials", "was unsafe"},
		{"a place before the cue gives way to the sentence's subject",
			"Ana Lind, who won Velsk and her home town of Ostrava, is calling for a new pier.",
			map[string]int{"is calling for": tagBCue, "a new pier": tagBCon},
			"Ana Lind", "a new pier"},
		{"a cue in a relative clause takes the pronoun, named by the phrase before it",
			"Tom Reyes, who last year threatened to close the pier, opened it on Monday.",
			map[string]int{"Tom": tagBSrc, "threatened": tagBCue, "to close the pier": tagBCon},
			"Tom Reyes", "to close the pier"},
		{"a verb coordinated inside a relative clause",
			"The harbour board, which met in May and says the pier is safe, will vote.",
			map[string]int{"says": tagBCue, "the pier is safe": tagBCon},
			"harbour board", "the pier is safe"},
		{"a relative clause with a subject of its own is not the cue's",
			"The pier was shut, which is why Ana Lind has and will continue to criticise the board.",
			map[string]int{"continue to criticise": tagBCue, "the board": tagBCon},
			"Ana Lind", "the board"},
		{"a subject pronoun right before the cue, not a source further back",
			"Ana Lind had met the crews in May, where she not only brushed off the report but also left.",
			map[string]int{"Ana Lind": tagBSrc, "brushed off": tagBCue, "the report": tagBCon},
			"Ana Lind", "the report"},
		{"a relative clause set off by commas before the cue: its antecedent",
			"Ana Lind, who has visited several towns to rally crews behind Tom Reyes, said the pier is safe.",
			map[string]int{"said": tagBCue, "the pier is safe": tagBCon},
			"Ana Lind", "the pier is safe"},
		{"a long description set off by commas before the cue: the name before it",
			"Ana Lind, the harbour master who ran the port of Velsk for Tom Reyes, said the pier is safe.",
			map[string]int{"said": tagBCue, "the pier is safe": tagBCon},
			"Ana Lind", "the pier is safe"},
		{"an adjunct set off by commas before the cue: the name before it, not a source inside",
			"Ana Lind, after two rallies with Tom Reyes, wrote that the pier is safe.",
			map[string]int{"Ana Lind": tagBSrc, "Tom Reyes": tagBSrc, "wrote": tagBCue, "that the pier is safe": tagBCon},
			"Ana Lind", "that the pier is safe"},
		{"an unnamed I after a transcript label is the label's speaker",
			"The hearing went on.\nROE: Well, I think the pier is safe.",
			map[string]int{"I": tagBSrc, "think": tagBCue, "the pier is safe": tagBCon},
			"ROE", "the pier is safe"},
		{"a participle's subject past an honorific's full stop",
			"Mr. Reyes revised his plans in October, saying that the pier would stay open.",
			map[string]int{"saying": tagBCue, "that the pier would stay open": tagBCon},
			"Reyes", "that the pier would stay open"},
		{"a source right after a cue ending in a preposition is its object",
			"“The pier stays,” Ana Lind said, adding of Tom Reyes, “He agrees.”",
			map[string]int{"“The pier stays,”": tagBCon, "Ana Lind": tagBSrc, "said": tagBCue, "adding of": tagBCue, "Tom Reyes": tagBSrc, "“He agrees.”": tagBCon},
			"Ana Lind", "He agrees"},
		{"a pronoun whose antecedent lies in reported content takes the tagged name that reports it",
			"Roe claimed that he backs no one, and in addition to a meeting he had with Tom Reyes in May, he also hosted Ana Lind.",
			map[string]int{"Roe": tagBSrc, "claimed": tagBCue, "that he backs no one, and in addition to a meeting he had with Tom Reyes in May": tagBCon, "he also": tagBSrc, "hosted": tagBCue, "Ana Lind.": tagBCon},
			"Roe", "Ana Lind"},
		{"a coordinated cue's subject after an opening phrase up to its comma",
			"Hours later, Ana Lind returned the favour to Tom Reyes, telling the crowd that the pier stays.",
			map[string]int{"telling": tagBCue, "that the pier stays": tagBCon},
			"Ana Lind", "that the pier stays"},
		{"a subject pronoun tagged inside the cue",
			"Ana Lind met Tom Reyes in May, and he’s hoping the board will help.",
			map[string]int{"Ana Lind": tagBSrc, "he’s hoping": tagBCue, "the board will help": tagBCon},
			"Tom Reyes", "the board will help"},
		{"a subject pronoun after an auxiliary inside the cue",
			"Tom Reyes spoke. Nor did they note the cost of the pier.",
			map[string]int{"Tom Reyes": tagBSrc, "did they note": tagBCue, "the cost of the pier": tagBCon},
			"", "the cost of the pier"},
		{"a name closing the content before the cue is its subject",
			"While Ana Lind argued that the pier is old, Tom Reyes has said it is safe.",
			map[string]int{"Ana Lind": tagBSrc, "argued": tagBCue, "that the pier is old, Tom Reyes": tagBCon, "has said": tagBCue, "it is safe": tagBCon},
			"Tom Reyes", "it is safe"},
		{"a dateline is no subject",
			"VELSK, Ostria - Judge Ana Lind late on Thursday issued an order to close the pier.",
			map[string]int{"issued": tagBCue, "an order to close the pier": tagBCon},
			"Ana Lind", "an order to close the pier"},
		{"a participle hangs on the subject of the clause after but",
			"Tom Reyes talked about the ferry, but Ana Lind brought him back to the pier, asking him to explain the cost.",
			map[string]int{"Tom Reyes": tagBSrc, "talked about": tagBCue, "the ferry": tagBCon, "asking": tagBCue, "him to explain the cost": tagBCon},
			"Ana Lind", "him to explain the cost"},
		{"a source run ending in and with no first verb's subject gives way to the clause subject",
			"Minutes later, Ana Lind reversed herself, rushed everyone inside the hall and said the vote would go on.",
			map[string]int{"the hall and": tagBSrc, "said": tagBCue, "the vote would go on": tagBCon},
			"Ana Lind", "the vote would go on"},
		{"whether tagged as the source is no subject",
			"Ana Lind spoke for an hour, whether discussing the pier or the ferry.",
			map[string]int{"whether": tagBSrc, "discussing": tagBCue, "the pier or the ferry": tagBCon},
			"Ana Lind", "the pier or the ferry"},
		{"a gerund after by in a relative clause takes the pronoun",
			"The board thanked Tom Reyes, who last week surprised Ana Lind by declaring that the pier is safe.",
			map[string]int{"declaring": tagBCue, "that the pier is safe": tagBCon},
			"Tom Reyes", "that the pier is safe"},
		{"an opening I is a coordinated cue's subject",
			"I met Tom Reyes in Velsk and told him the pier stays.",
			map[string]int{"told him": tagBCue, "the pier stays": tagBCon},
			"", "the pier stays"},
		{"a possessive pronoun tagged before a noun cue is its source",
			"Tom Reyes met the crews, and Ana Lind has kept her promise that the pier stays.",
			map[string]int{"Tom Reyes": tagBSrc, "her": tagBSrc, "promise": tagBCue, "that the pier stays": tagBCon},
			"Ana Lind", "that the pier stays"},
		{"a possessor is not the subject of its noun",
			"Tom Reyes’ s neighbours figured the pier was safe.",
			map[string]int{"figured": tagBCue, "the pier was safe": tagBCon},
			"neighbours", "the pier was safe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, q := range exclusiveUnits(tt.text, tt.tagged) {
				if !strings.Contains(q.Text, tt.wantOf) {
					continue
				}
				found = true
				if tt.want == "" && q.Speaker != "" || !strings.Contains(q.Speaker, tt.want) {
					t.Errorf("unit %q: speaker %q, want %q", q.Text, q.Speaker, tt.want)
				}
			}
			if !found {
				t.Errorf("no unit holds %q", tt.wantOf)
			}
		})
	}
}

func TestInnerAttribution(t *testing.T) {
	tests := []struct {
		quote string
		want  string // the text after the inner mark; "" for none
	}{
		{`We will build it, " he said. " It is easy.`, ` he said. " It is easy.`},
		{`I disagree,” said Ana Lind, a clerk in Velsk.`, ` said Ana Lind, a clerk in Velsk.`},
		{`Never underestimate him, ” Tom Reyes said on Friday.`, ` Tom Reyes said on Friday.`},
		{`the word "safe" is wrong`, ""},
		{`It is safe," the pier is old.`, ""},
		{`"`, ""},
	}
	for _, tt := range tests {
		got := ""
		if p := innerAttribution(tt.quote); p > 0 {
			got = tt.quote[p:]
		}
		if got != tt.want {
			t.Errorf("innerAttribution(%q) leaves %q, want %q", tt.quote, got, tt.want)
		}
	}
}

func TestInnerAttributionSpeaker(t *testing.T) {
	text := "The mayor spoke at the pier.\n\n“We will build it, \" Ana Lind said. \" It is easy.”\n"
	qs := Find(text, Options{NoModel: true})
	if len(qs) == 0 {
		t.Fatalf("no quote in %q", text)
	}
	if !strings.Contains(qs[0].Speaker, "Ana Lind") {
		t.Errorf("%q: speaker %q, want Ana Lind", qs[0].Text, qs[0].Speaker)
	}
}

func TestCreditParagraph(t *testing.T) {
	tests := []struct {
		text string
		want string // the speaker of the first quote
	}{
		{"The debate ran late.\n\n\"The ferry pays no fees.\"\n\n- Reyes.\n\nThe next topic was the pier.", "Reyes"},
		{"The debate ran late.\n\n\"The ferry pays no fees.\"\n\n- The next topic, raised by a clerk who had waited all evening, was the pier.", ""},
	}
	for _, tt := range tests {
		qs := Find(tt.text, Options{NoModel: true})
		if len(qs) == 0 {
			t.Fatalf("no quote in %q", tt.text)
		}
		if qs[0].Speaker != tt.want {
			t.Errorf("%q: speaker %q, want %q", qs[0].Text, qs[0].Speaker, tt.want)
		}
	}
}

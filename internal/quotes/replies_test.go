package quotes

import (
	"strings"
	"testing"
)

// TestAnswerNotAsker: an answer goes to the one who answers, not to the
// one who asked the question before it.
func TestAnswerNotAsker(t *testing.T) {
	tests := []struct{ name, text, frag, want string }{
		{"manner adverb before the cue",
			"Mira Holt told jurors about the night. When prosecutor Tomas Brell asked whether she shielded her son, Holt quietly answered, \"Yes.\"",
			"Yes", "Mira Holt"},
		{"pronoun after a question to another",
			"Deputy Public Defender Tomas Brell asked Elia Coleman, \"So which is it?\" Coleman then said he had seen the gun before. He admitted he was lying. At one point, Brell asked Coleman, \"You just lied to this jury when you told them that, correct?\" \"Yes,\" he responded. During one of the exchanges, the judge spoke.",
			"Yes", "Elia Coleman"},
		{"pronoun after a statement keeps the speaker",
			"Asked about the vote by Elia Coleman, Tomas Brell smiled. \"We won,\" Brell said. \"It was close,\" he replied.",
			"close", "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectSpeaker(t, Find(tt.text, Options{}), tt.frag, tt.want)
		})
	}
}

// TestMannerAdverb: a manner adverb between a speaker and the cue is
// skipped ("Holt quietly answered,"); nouns in -ly are not adverbs.
func TestMannerAdverb(t *testing.T) {
	text := "When prosecutor Tomas Brell asked whether she ran, Mira Holt quietly answered, \"Yes.\""
	d := newDoc(text, Heuristic{})
	at, ok := d.attribute(0, strings.Index(text, "\"Yes"), false)
	if !ok || at.speaker != "Mira Holt" {
		t.Errorf("attribute before the answer = %q, %v; want Mira Holt", at.speaker, ok)
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{{"quietly", true}, {"angrily", true}, {"family", false}, {"only", false}, {"Italy", false}, {"said", false}} {
		if got := mannerAdverb(tc.w); got != tc.want {
			t.Errorf("mannerAdverb(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestOwnContentPronoun: a pronoun source after its content does not name
// a person inside that content ("[Brell was on probation], he said").
func TestOwnContentPronoun(t *testing.T) {
	text := "Tomas Brell was arrested on Monday. Brell failed sobriety tests shortly after 2 a.m., police spokesman Ray Lind said. Brell was on probation for a previous similar arrest, he said. The team gave no comment."
	expectSpeaker(t, Find(text, Options{}), "on probation", "Ray Lind")
}

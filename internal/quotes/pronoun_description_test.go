package quotes

import "testing"

// TestPronounAfterDescription: a he or she after a sentence whose subject
// is a definite description of a role that is itself a source ("The officer
// said ...", "Later, the spokesman told ...") continues the description
// under the name the description rules give it, not the last person named
// before it (speakers4, twenty-first session).
func TestPronounAfterDescription(t *testing.T) {
	type m = person
	lina, odile := m{"Lina Marenko", "Lina Marenko", 0}, m{"Odile Dufresne", "Odile Dufresne", 'f'}
	tests := []struct {
		name, text, frag string
		ms               []m
		want             string
	}{
		{"the officer, then he added",
			"Lina Marenko beat Odile Dufresne on Tuesday. “I was tired,” Dufresne said. The officer said the bridge was closed. “We will reopen it tomorrow morning,” he added.",
			"reopen it tomorrow", []m{lina, odile, {"Dufresne", "Odile Dufresne", 'f'}}, "The officer"},
		{"a leading word before the description",
			"Tomas Brell wrote the first two films of the ferry saga. Later, the spokesman told reporters that the studio would wait. “I promise to keep the spirit of the books,” he wrote in a letter to fans.",
			"keep the spirit", []m{{"Tomas Brell", "Tomas Brell", 'm'}}, "the spokesman"},
		{"a description that says nothing is no antecedent",
			"Tomas Brell wrote the first two films of the ferry saga. Still, the director was taking no chances. “I promise to keep the spirit of the books,” he wrote in a letter to fans.",
			"keep the spirit", []m{{"Tomas Brell", "Tomas Brell", 'm'}}, "Tomas Brell"},
		{"a director named before keeps the name",
			"Director Ilan Drex met Tomas Brell on Monday. The director said the film would open in May. “We are ready,” he said.",
			"We are ready", []m{{"Ilan Drex", "Ilan Drex", 'm'}, {"Tomas Brell", "Tomas Brell", 'm'}}, "Ilan Drex"},
		{"an epithet left as it stands keeps the plain answer",
			"Tomas Brell won the primary in Velsk on Saturday. The billionaire candidate said running for office is tough. “We will win in May,” he said.",
			"We will win", []m{{"Tomas Brell", "Tomas Brell", 'm'}}, "Tomas Brell"},
		{"a description of a body is no subject here",
			"Tomas Brell met the ministers on Monday. The ministry said the talks had ended. “We are ready,” he said.",
			"We are ready", []m{{"Tomas Brell", "Tomas Brell", 'm'}}, "Tomas Brell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := personResolver(tt.text, tt.ms)
			expectSpeaker(t, Find(tt.text, Options{Resolver: res}), tt.frag, tt.want)
		})
	}
}

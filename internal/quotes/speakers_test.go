package quotes

import (
	"strings"
	"testing"
)

func TestFindCreditsAndLabels(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a credit after a no-break space",
			"Readers wrote in.\n“The ferry should run all winter.”\u00a0― Ana Lind\u00a0\n“The harbour needs new cranes.”\u00a0― Tom Reyes\n",
			"The harbour needs new cranes", "Tom Reyes"},
		{"a transcript label opening the quotation",
			"The interview went on.\n\n\"MORROW: Will the ferry run in winter?\"\n\n\"LIND: It will run every day.\"\n",
			"It will run every day", "LIND"},
		{"a label in mixed case is no label",
			"The interview went on. \"Morrow: the ferry will run,\" Ana Lind said.",
			"the ferry will run", "Ana Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, opts := range []Options{{}, {Exclusive: true}, {NoModel: true}} {
				found := false
				for _, q := range Find(tt.text, opts) {
					if strings.Contains(q.Text, tt.quote) {
						found = true
						if q.Speaker != tt.want {
							t.Errorf("%+v: %q by %q, want %q", opts, q.Text, q.Speaker, tt.want)
						}
					}
				}
				if !found {
					t.Errorf("%+v: no quote holding %q", opts, tt.quote)
				}
			}
		})
	}
}

func TestTagUnitsTranscriptLabel(t *testing.T) {
	text := "The interview went on.\n\n\"LIND: It will run every day, and the cranes come in May.\n\nMORROW: Thank you."
	_, spk := unitTexts(t, text, map[string]int{"\"LIND: It will run every day, and the cranes come in May.": tagBCon})
	if len(spk) != 1 || spk[0] != "LIND" {
		t.Errorf("speakers %q, want [LIND]", spk)
	}
}

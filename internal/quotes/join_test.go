package quotes

import (
	"strings"
	"testing"
)

// tagText tags the tokens of d lying in the first occurrence of each
// phrase with the phrase's B- tag (I- after its first token).
func tagText(d *doc, phrases map[string]int) []int8 {
	tags := make([]int8, len(d.toks))
	for ph, kind := range phrases {
		a := strings.Index(d.text, ph)
		if a < 0 {
			continue
		}
		b := a + len(ph)
		first := true
		for i, t := range d.toks {
			if t.Start >= a && t.End <= b {
				tags[i] = int8(kind)
				if !first {
					tags[i] = int8(kind + 1)
				}
				first = false
			}
		}
	}
	return tags
}

func unitOf(text, part string) Quote {
	a := strings.Index(text, part)
	q := Quote{SpeakerStart: -1, SpeakerEnd: -1}
	q.Start, q.End, q.Text = a, a+len(part), part
	return q
}

func TestJoinQuoted(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		parts  []string
		tagged map[string]int
		want   []string // the joined units' texts
	}{
		{
			name:   "long attribution between parts",
			text:   "“We will build the bridge,” said Mayor Ana Lind, who leads the council of Brackton. “It opens in May.”",
			parts:  []string{"“We will build the bridge", "“It opens in May.”"},
			tagged: map[string]int{"said": tagBCue, "Mayor Ana Lind": tagBSrc},
			want:   []string{"“We will build the bridge,” said Mayor Ana Lind, who leads the council of Brackton. “It opens in May.”"},
		},
		{
			name: "a long piece in the attribution's sentence is absorbed",
			text: "“It is over,” she said of the long dispute over the harbour, in which the council of Brackton had sided with the ferry company against her. “Over for good.”",
			parts: []string{"“It is over", "the long dispute over the harbour, in which the council of Brackton had sided with the ferry company against her",
				"“Over for good.”"},
			tagged: map[string]int{"said": tagBCue, "she": tagBSrc},
			want:   []string{"“It is over,” she said of the long dispute over the harbour, in which the council of Brackton had sided with the ferry company against her. “Over for good.”"},
		},
		{
			name:   "a stray piece in the gap is absorbed",
			text:   "“Here it comes,” she said, waving. “The big one.”",
			parts:  []string{"“Here it comes", "waving", "“The big one.”"},
			tagged: map[string]int{"said": tagBCue, "she": tagBSrc, "waving": tagBCon},
			want:   []string{"“Here it comes,” she said, waving. “The big one.”"},
		},
		{
			name:   "second part with its own attribution",
			text:   "“We will build it,” said Ana Lind. “It is too late,” Tom Reyes replied.",
			parts:  []string{"“We will build it", "“It is too late"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc, "replied": tagBCue, "Tom Reyes": tagBSrc},
			want:   []string{"“We will build it", "“It is too late"},
		},
		{
			name:   "a participle cue in the gap gives the second part its own attribution",
			text:   "“We will build it,” said Ana Lind, adding later, “It opens in May.”",
			parts:  []string{"“We will build it", "“It opens in May.”"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc, "adding later": tagBCue},
			want:   []string{"“We will build it", "“It opens in May.”"},
		},
		{
			name:   "a participle with its own object does not introduce the second part",
			text:   "“We will build it,” said Ana Lind, pointing to the old ferry pier. “It opens in May.”",
			parts:  []string{"“We will build it", "the old ferry pier", "“It opens in May.”"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc, "pointing to": tagBCue, "the old ferry pier": tagBCon},
			want:   []string{"“We will build it,” said Ana Lind, pointing to the old ferry pier. “It opens in May.”"},
		},
		{
			name:   "a reporting participle with its own content still gives the second part an attribution",
			text:   "“We will build it,” said Ana Lind, adding that the pier would close. “It opens in May.”",
			parts:  []string{"“We will build it", "the pier would close", "“It opens in May.”"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc, "adding": tagBCue, "the pier would close": tagBCon},
			want:   []string{"“We will build it", "the pier would close", "“It opens in May.”"},
		},
		{
			name:   "no attribution in the gap",
			text:   "“We will build it,” and then the rain came. “It is too late.”",
			parts:  []string{"“We will build it", "“It is too late.”"},
			tagged: map[string]int{},
			want:   []string{"“We will build it", "“It is too late.”"},
		},
		{
			name:   "paragraph break",
			text:   "“We will build it,” said Ana Lind.\n\n“It is too late.”",
			parts:  []string{"“We will build it", "“It is too late.”"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc},
			want:   []string{"“We will build it", "“It is too late.”"},
		},
		{
			name:   "unit inside another is dropped",
			text:   "Ana Lind said the plan was “a disaster” for the town.",
			parts:  []string{"the plan was “a disaster” for the town", "“a disaster”"},
			tagged: map[string]int{"said": tagBCue, "Ana Lind": tagBSrc},
			want:   []string{"the plan was “a disaster” for the town"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			var units []Quote
			for _, p := range tt.parts {
				units = append(units, unitOf(tt.text, p))
			}
			expectJoined(t, tt.text, d.joinQuoted(units, tagText(d, tt.tagged)), tt.want)
		})
	}
}

func TestFillCueOnly(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		tagged map[string]int
		want   string // the content the filled tags give, "" for none
	}{
		{"content after the cue", "The mayor announced a new plan for the harbour.",
			map[string]int{"The mayor": tagBSrc, "announced": tagBCue}, "a new plan for the harbour"},
		{"content before the source and cue", "A new plan is coming, officials said.",
			map[string]int{"officials": tagBSrc, "said": tagBCue}, "A new plan is coming"},
		{"a sentence with content keeps it", "The mayor announced a new plan for the harbour.",
			map[string]int{"The mayor": tagBSrc, "announced": tagBCue, "a new plan": tagBCon}, "a new plan"},
		{"a source run past its comma is cut there", "According to aides in Brackton, the ferry will stop in June.",
			map[string]int{"According to": tagBCue, "aides in Brackton, the ferry": tagBSrc}, "the ferry will stop in June"},
		{"a passive cue with its agent after it: the words before are the content", "The harbour plan, meanwhile, is backed by few councillors.",
			map[string]int{"is backed": tagBCue}, "The harbour plan, meanwhile"},
		{"an adjunct after the cue is no content", "The mayor made the pledge at a harbour meeting on Friday.",
			map[string]int{"The mayor": tagBSrc, "made the pledge": tagBCue}, ""},
		{"a time word after the cue is no content", "Brackton police released the video Monday of last week's chase.",
			map[string]int{"Brackton police": tagBSrc, "released the video": tagBCue}, ""},
		{"no cue, no content", "The mayor walked to the harbour.",
			map[string]int{"The mayor": tagBSrc}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			tags := d.fillCueOnly(tagText(d, tt.tagged))
			a, b := -1, -1
			for i, tg := range tags {
				if tg == tagBCon || tg == tagICon {
					if a < 0 {
						a = d.toks[i].Start
					}
					b = d.toks[i].End
				}
			}
			got := ""
			if a >= 0 {
				got = tt.text[a:b]
			}
			if got != tt.want {
				t.Errorf("content %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJoinBareAfter(t *testing.T) {
	tests := []struct {
		name string
		text string
		// parts: unit texts; a part starting with a quote mark is direct,
		// and cues gives a part its own cue.
		parts []string
		cues  map[string]string
		want  []string
	}{
		{
			name:  "a bare quotation opening the next sentence goes on with the content before",
			text:  "Mayor Ana Lind said the ferry pier would close in May. “It is not safe for anyone.”",
			parts: []string{"the ferry pier would close in May", "“It is not safe for anyone.”"},
			cues:  map[string]string{"the ferry pier would close in May": "said"},
			want:  []string{"the ferry pier would close in May. “It is not safe for anyone.”"},
		},
		{
			name:  "a quotation with a cue of its own stays apart",
			text:  "Mayor Ana Lind said the ferry pier would close in May. “It is not safe for anyone,” she added.",
			parts: []string{"the ferry pier would close in May", "“It is not safe for anyone"},
			cues:  map[string]string{"the ferry pier would close in May": "said", "“It is not safe for anyone": "added"},
			want:  []string{"the ferry pier would close in May", "“It is not safe for anyone"},
		},
		{
			name:  "a quotation in the next paragraph stays apart",
			text:  "Mayor Ana Lind said the ferry pier would close in May.\n\n“It is not safe for anyone.”",
			parts: []string{"the ferry pier would close in May", "“It is not safe for anyone.”"},
			cues:  map[string]string{"the ferry pier would close in May": "said"},
			want:  []string{"the ferry pier would close in May", "“It is not safe for anyone.”"},
		},
		{
			name:  "a quotation a sentence further on stays apart",
			text:  "Mayor Ana Lind said the ferry pier would close in May. The council met on Monday. “It is not safe for anyone.”",
			parts: []string{"the ferry pier would close in May", "“It is not safe for anyone.”"},
			cues:  map[string]string{"the ferry pier would close in May": "said"},
			want:  []string{"the ferry pier would close in May", "“It is not safe for anyone.”"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text, Heuristic{})
			var units []Quote
			for _, p := range tt.parts {
				u := unitOf(tt.text, p)
				u.Direct = startsQuoted(p)
				u.Cue = tt.cues[p]
				units = append(units, u)
			}
			expectJoined(t, tt.text, d.joinBareAfter(units), tt.want)
		})
	}
}

func TestFindJoinsBareQuotationAfter(t *testing.T) {
	text := "Mayor Ana Lind said the ferry pier would close in May. “It is not safe for anyone to walk on it after dark, and we cannot pay to mend it this year.”\n\nThe council met on Monday."
	want := "the ferry pier would close in May. “It is not safe for anyone to walk on it after dark, and we cannot pay to mend it this year.”"
	got := Find(text, Options{Exclusive: true})
	if len(got) != 1 || got[0].Text != want || got[0].Speaker != "Ana Lind" {
		var texts []string
		for _, q := range got {
			texts = append(texts, q.Text+" ("+q.Speaker+")")
		}
		t.Errorf("got %q, want one unit %q by Ana Lind", texts, want)
	}
}

// expectJoined checks that each unit of got holds its text at its
// offsets in text and that the units' texts are want, in order.
func expectJoined(t *testing.T, text string, got []Quote, want []string) {
	t.Helper()
	var texts []string
	for _, q := range got {
		texts = append(texts, q.Text)
		if text[q.Start:q.End] != q.Text {
			t.Errorf("unit %q: offsets %d:%d do not hold its text", q.Text, q.Start, q.End)
		}
	}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", texts, want)
	}
}

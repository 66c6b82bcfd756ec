package wire

import "github.com/storyline/storyline/internal/timeline"

// Timeline is one storyline told story by story: what each story added
// and which claims it voiced first or repeated.
type Timeline struct {
	ID        int64       `json:"id"`
	Articles  int         `json:"articles"`
	First     *string     `json:"first"`
	Last      *string     `json:"last"`
	Omitted   int         `json:"omitted_stories"`
	Steps     []Step      `json:"steps"`
	Recurring []Recurring `json:"recurring_claims"`
}

// Step is one story of a storyline.
type Step struct {
	Story    Story         `json:"story"`
	New      []NewSentence `json:"new_sentences"`
	NewTotal int           `json:"new_total"`
	Claims   []StepClaim   `json:"claims"`
}

// NewSentence is a sentence an article added to its storyline.
type NewSentence struct {
	ArticleID int64  `json:"article_id"`
	Source    string `json:"source"`
	Text      string `json:"text"`
	Reason    string `json:"reason"`
}

// StepClaim is one claim as a story voiced it.
type StepClaim struct {
	Key        string  `json:"key"`
	Holder     string  `json:"holder"`
	Text       string  `json:"text"`
	First      bool    `json:"first"`
	FirstStory *int64  `json:"first_story"`
	FirstDay   *string `json:"first_day"`
	Questioned bool    `json:"questioned"`
}

// Recurring is a claim voiced in two or more stories of a storyline.
type Recurring struct {
	Key     string  `json:"key"`
	Holder  string  `json:"holder"`
	Text    string  `json:"text"`
	Stories []int64 `json:"stories"`
	First   *string `json:"first"`
	Latest  *string `json:"latest"`
}

// FromTimeline gives a storyline's timeline.
func FromTimeline(t *timeline.Timeline) Timeline {
	out := Timeline{ID: t.ID, Articles: t.Articles, First: Nullable(t.First), Last: Nullable(t.Last), Omitted: t.Omitted,
		Steps: []Step{}, Recurring: []Recurring{}}
	for _, s := range t.Steps {
		st := Step{Story: FromStory(s.Story), NewTotal: s.NewTotal, New: []NewSentence{}, Claims: []StepClaim{}}
		for _, n := range s.New {
			st.New = append(st.New, NewSentence{ArticleID: n.ArticleID, Source: n.Source, Text: n.Text, Reason: n.Reason})
		}
		for _, c := range s.Claims {
			sc := StepClaim{Key: c.Key, Holder: c.Holder, Text: c.Text, First: c.First, Questioned: c.Questioned}
			if !c.First {
				fs := c.FirstStory
				sc.FirstStory, sc.FirstDay = &fs, Nullable(c.FirstDay)
			}
			st.Claims = append(st.Claims, sc)
		}
		out.Steps = append(out.Steps, st)
	}
	for _, r := range t.Recurring {
		out.Recurring = append(out.Recurring, Recurring{Key: r.Key, Holder: r.Holder, Text: r.Text, Stories: OrEmpty(r.Stories),
			First: Nullable(r.First), Latest: Nullable(r.Latest)})
	}
	return out
}

package ner

import (
	"sort"
)

// Counts are conlleval's tallies for one entity type (or all types).
type Counts struct {
	Correct int // chunks found with the right span and type
	Guessed int // chunks in the prediction
	Gold    int // chunks in the gold standard
}

// Precision, Recall and F1 are fractions in [0, 1]; 0 when undefined.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Guessed) }

// Recall is Correct/Gold.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// An Evaluation scores predicted tags against gold tags exactly as the
// CoNLL shared task's conlleval script does (default settings: IOB1 or IOB2
// input, chunks end at sentence boundaries). Add sentences, then read the
// tallies. The zero value is ready to use.
type Evaluation struct {
	Overall     Counts
	ByType      map[string]*Counts
	Tokens      int
	CorrectTags int
	// Errors classifies the chunks (boundary, type, missed, spurious);
	// Evaluate fills it, AddSentence leaves it alone.
	Errors ErrorTally

	inCorrect                  bool
	lastGold, lastGuess        string
	lastGoldType, lastGuessTyp string
}

// Accuracy is conlleval's token accuracy: tokens whose tag is exactly right.
func (e *Evaluation) Accuracy() float64 { return ratio(e.CorrectTags, e.Tokens) }

// Types returns the entity types seen in gold or prediction, sorted.
func (e *Evaluation) Types() []string {
	var out []string
	for t := range e.ByType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func (e *Evaluation) typ(t string) *Counts {
	if e.ByType == nil {
		e.ByType = map[string]*Counts{}
	}
	c := e.ByType[t]
	if c == nil {
		c = &Counts{}
		e.ByType[t] = c
	}
	return c
}

// AddSentence scores one sentence; gold and guess have one tag per token
// (a shorter guess is padded with "O"). A sentence boundary follows it.
func (e *Evaluation) AddSentence(gold, guess []string) {
	for i, g := range gold {
		p := "O"
		if i < len(guess) {
			p = guess[i]
		}
		e.step(g, p, false)
	}
	e.step("O", "O", true)
}

// Done closes a chunk still open at the end of the data; call it once after
// the last sentence. (AddSentence already ends every sentence with a
// boundary, so Done only matters for data added without one.)
func (e *Evaluation) Done() {
	if e.inCorrect {
		e.Overall.Correct++
		e.typ(e.lastGoldType).Correct++
		e.inCorrect = false
	}
}

// conllTag splits a tag as conlleval does: "B-PER" -> "B", "PER"; anything
// without a hyphen is its own prefix with type "".
func conllTag(tag string) (string, string) {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' {
			return tag[:i], tag[i+1:]
		}
	}
	return tag, ""
}

func (e *Evaluation) step(goldTag, guessTag string, boundary bool) {
	if e.lastGold == "" {
		e.lastGold, e.lastGuess = "O", "O"
	}
	gold, goldType := conllTag(goldTag)
	guess, guessType := conllTag(guessTag)
	if boundary {
		guess = "O"
	}
	if e.inCorrect {
		ge := endOfChunk(e.lastGold, gold, e.lastGoldType, goldType)
		pe := endOfChunk(e.lastGuess, guess, e.lastGuessTyp, guessType)
		if ge && pe && e.lastGuessTyp == e.lastGoldType {
			e.inCorrect = false
			e.Overall.Correct++
			e.typ(e.lastGoldType).Correct++
		} else if ge != pe || guessType != goldType {
			e.inCorrect = false
		}
	}
	gs := startOfChunk(e.lastGold, gold, e.lastGoldType, goldType)
	ps := startOfChunk(e.lastGuess, guess, e.lastGuessTyp, guessType)
	if gs && ps && guessType == goldType {
		e.inCorrect = true
	}
	if gs {
		e.Overall.Gold++
		e.typ(goldType).Gold++
	}
	if ps {
		e.Overall.Guessed++
		e.typ(guessType).Guessed++
	}
	if !boundary {
		if gold == guess && guessType == goldType {
			e.CorrectTags++
		}
		e.Tokens++
	}
	e.lastGold, e.lastGuess = gold, guess
	e.lastGoldType, e.lastGuessTyp = goldType, guessType
}

// endOfChunk is conlleval's endOfChunk: whether a chunk ended between the
// previous tag and this one.
func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && tag == "B",
		prevTag == "B" && tag == "O",
		prevTag == "I" && tag == "B",
		prevTag == "I" && tag == "O",
		prevTag == "E" && tag == "E",
		prevTag == "E" && tag == "I",
		prevTag == "E" && tag == "O":
		return true
	case prevTag != "O" && prevTag != "." && prevType != typ:
		return true
	case prevTag == "]" || prevTag == "[":
		return true
	}
	return false
}

// startOfChunk is conlleval's startOfChunk: whether a chunk starts at this tag.
func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && tag == "B",
		prevTag == "I" && tag == "B",
		prevTag == "O" && tag == "B",
		prevTag == "O" && tag == "I",
		prevTag == "E" && tag == "E",
		prevTag == "E" && tag == "I",
		prevTag == "O" && tag == "E":
		return true
	case tag != "O" && tag != "." && prevType != typ:
		return true
	case tag == "[" || tag == "]":
		return true
	}
	return false
}

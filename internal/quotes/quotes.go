package quotes

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/sentence"
)

// A Quote is a core.Quote plus where its attribution was found.
type Quote struct {
	core.Quote
	// Cue is the reporting verb or phrase ("said", "according to"); empty
	// when the speaker was carried over from a neighbouring quote.
	Cue string
	// SpeakerStart and SpeakerEnd bound the words naming the speaker in the
	// text ("he", "the minister", "Putin"); both -1 when none.
	SpeakerStart, SpeakerEnd int
	// Kind says what kind of attribution this is: KindDirect, KindReported
	// (reported speech) or KindAttribution (a belief, intention, perception
	// or other non-speech source, cued by the learned cue lexicon).
	Kind string
}

// Kinds of Quote.
const (
	KindDirect      = "direct"
	KindReported    = "reported"
	KindAttribution = "attribution"
)

// Options tune Find. The zero value works.
type Options struct {
	// Resolver finds entity mentions; nil means Heuristic{}.
	Resolver Resolver
	// MaxFragmentWords is the longest quote, in words, that counts as a
	// scare-quote fragment when it sits inside a sentence; 0 means 6.
	MaxFragmentWords int
	// NoReported turns off reported (indirect) speech.
	NoReported bool
	// DropUnattributed drops direct quotes with no speaker found.
	DropUnattributed bool
	// MergeSplit returns a split quote (`"A," he said, "B."`) and a quote
	// continued in the next paragraph as one Quote running from the first
	// part to the last, its Text including the attribution between them:
	// one attribution as corpora such as PolNeAR count them. The default
	// keeps each quoted part a Quote of its own. With the tagger, split
	// quotes it tags as one attribution are one Quote already, and this
	// option has no further effect.
	MergeSplit bool
	// NoCues turns off attributions cued by the learned cue lexicon
	// (cues.txt): beliefs, intentions, perceptions, noun cues and speech
	// verbs the hand-written rules miss.
	NoCues bool
	// MinCuePrecision is the lowest learned precision a cue word needs;
	// 0 means 0.5.
	MinCuePrecision float64
	// Model is the attribution tagger that finds reported speech and other
	// attributions (and joins direct quotes to them); nil means the
	// embedded DefaultModel.
	Model *Model
	// Exclusive returns each attribution once, as PolNeAR counts them: a
	// direct quote inside a larger tagged unit (a quoted phrase in reported
	// speech) is not returned as a quote of its own, and the parts of one
	// quotation split by an attribution (“A,” said X, who leads Y. “B.”)
	// are one Quote running from the first part to the last; an
	// attribution tagged inside another's reported content is part of it,
	// reported content running over a coordinated reporting verb ends
	// before it, and content before a cue that has content of its own
	// after it, quotations of three words or fewer with no cue and titles
	// of works (a book, a broadcaster's programme: titles.go) are
	// dropped, and a first-line headline "NAME: ..." the tagger left alone
	// is a unit (see nestcue.go). Only with the tagger.
	Exclusive bool
	// NoModel turns the tagger off: reported speech and attributions then
	// come from the hand-written rules and the cue lexicon alone.
	NoModel bool
	// NoClauseSubjects turns off the clause-subject source fallbacks (on
	// by default since the seventh session; see NOTE.md): a cue whose
	// source the tagger did not tag, or tagged as a non-subject, takes its
	// source from its clause: the sentence's subject for a coordinated or
	// participle cue and when the cue's own subject rules find none, the
	// clause before's subject for "[S X] said A [S and] added B", past a
	// lone time word ("on [S Friday] said"), and with adverbs and
	// subordinators trimmed off source runs. On PolNeAR train-cv speaker
	// accuracy 0.874 with them off, 0.877 on; dev the same either way.
	NoClauseSubjects bool
	// Detect, when above 0, turns on the sentence-level attribution
	// detector (detect.go, NOTE.md): a sentence in which the tagger tags
	// no Content and whose detector probability is at least Detect is
	// re-decoded with the best tag path holding Content. 0 leaves it off.
	Detect float64
	// DetectCue makes Detect's re-decoded path hold a Cue as well.
	DetectCue bool
	// DetectSource makes Detect's re-decoded path hold a Source as well.
	DetectSource bool
}

// Find returns the quotes of text in order of their start offset. Offsets
// are byte offsets into text. It never fails and runs in time linear in
// len(text) (plus the resolver's cost).
func Find(text string, opts Options) []Quote {
	res := opts.Resolver
	if res == nil {
		res = Heuristic{}
	}
	maxFrag := opts.MaxFragmentWords
	if maxFrag <= 0 {
		maxFrag = 6
	}
	d := newDoc(text, res)
	d.clauseSubj = !opts.NoClauseSubjects
	m := opts.Model
	if m == nil && !opts.NoModel {
		m = DefaultModel()
	}
	useModel := m != nil && !opts.NoModel && !opts.NoReported
	if useModel {
		// Tagged first: pronouns then skip antecedents inside reported
		// content (resolvePronoun).
		need := 0
		if opts.DetectCue {
			need |= needCue
		}
		if opts.DetectSource {
			need |= needSource
		}
		d.tags, _ = m.tagScores(d, opts.Detect, need)
	}
	spans := d.spans
	var out []Quote
	var last *Quote
	cueCache := map[int]attribution{} // sentence -> its reporting cue, for fragments
	type found struct {
		att attribution
		ok  bool
	}
	putCache := map[int]found{} // sentence -> its "as X put it" speaker
	for k, sp := range spans {
		si := d.sentenceAt(sp.open)
		ei := d.sentenceAt(sp.close - 1)
		q := Quote{SpeakerStart: -1, SpeakerEnd: -1}
		q.Direct = true
		q.Kind = KindDirect
		q.Start, q.End = trimSpan(text, sp.start, sp.end)
		if q.Start >= q.End {
			continue
		}
		q.Text = text[q.Start:q.End]
		q.Sentence = d.sentenceText(si, ei)
		// The frame: sentence text around the quote, up to neighbouring quotes.
		lo, hi := d.sentStart(si), d.sentEnd(ei)
		if k > 0 && spans[k-1].close > lo {
			lo = spans[k-1].close
		}
		if k+1 < len(spans) && spans[k+1].open < hi {
			hi = spans[k+1].open
		}
		frag := d.isFragment(sp, lo, hi, maxFrag)
		att, ok := d.transcriptLabel(sp.start, sp.end)
		if !ok {
			// Marks of two kinds paired across an attribution (“A, " he
			// said. " B.”): the attribution inside names the speaker.
			if p := innerAttribution(text[sp.start:sp.end]); p > 0 {
				at := sp.start + p
				att, ok = d.attribute(at, d.sentEnd(d.sentenceAt(at)), true)
			}
		}
		if !ok && si == ei {
			// "As X put it": looked up once per sentence.
			pi, seen := putCache[si]
			if !seen {
				pi.att, pi.ok = d.putItSource(si)
				putCache[si] = pi
			}
			att, ok = pi.att, pi.ok
		}
		if !ok {
			att, ok = d.attribute(sp.close, hi, true)
		}
		if !ok {
			att, ok = d.dashCredit(sp.close)
		}
		if !ok {
			att, ok = d.attribute(lo, sp.open, false)
		}
		if !ok && si > 0 {
			// A quote opening a paragraph after "Cruz continued:" takes the
			// subject of the sentence that ends with the colon.
			if before := strings.TrimRight(d.text[:sp.open], " \t\n"); strings.HasSuffix(before, ":") && strings.HasSuffix(d.text[:sp.open], "\n") {
				att, ok = d.colonLead(si - 1)
			}
		}
		if !ok && k > 0 && last != nil && spans[k-1].close >= lo-2 && last.Speaker != "" && !frag {
			// The second half of a split quote: "A," he said, "B."
			att = attribution{speaker: last.Speaker, sStart: last.SpeakerStart, sEnd: last.SpeakerEnd, cue: last.Cue}
			ok = true
		}
		if !ok && !frag && strings.TrimSpace(d.text[lo:sp.open]) != "" {
			// A quote inside a sentence with no cue: the sentence's subject.
			att, ok = d.sentenceSubject(si, sp.open)
		}
		if !ok && !frag {
			// A quote standing alone: the next short sentence may name the
			// speaker (`"...." Putin said.`), else the previous quote's
			// speaker carries over within two sentences.
			if ei+1 < len(d.sents) && d.gapHasNoBreak(sp.close, d.sents[ei+1].Start) && !d.opensWithAdjunct(ei+1) {
				att, ok = d.attribute(d.sents[ei+1].Start, d.sents[ei+1].End, true)
				if ok && !opts.Exclusive && d.cueTakesContent(att, d.sents[ei+1].End) {
					att, ok = attribution{}, false // "Ana Kesh warned that ...": her own statement
				}
			}
			if !ok && last != nil && last.Speaker != "" && (d.sentenceAt(last.End) >= si-2 || continuedBetween(d.text, last.End, sp.open)) {
				att = attribution{speaker: last.Speaker, sStart: last.SpeakerStart, sEnd: last.SpeakerEnd}
				ok = true
			}
		}
		if frag {
			if !ok {
				if c, seen := cueCache[si]; seen {
					att, ok = c, c.cue != "" || c.speaker != "" || c.sStart >= 0
				} else {
					att, ok = d.sentenceCue(si, sp)
					if !ok {
						// "Trump called him a “total stiff”": the sentence's subject.
						att, ok = d.sentenceSubject(si, sp.open)
					}
					if !ok {
						att = attribution{sStart: -1, sEnd: -1}
					}
					cueCache[si] = att
				}
			}
			if !ok {
				continue
			}
			q.Fragment = true
		}
		if ok {
			att = d.answerSpeaker(att, sp.open, last) // "“…, correct?” “Yes,” he responded"
			q.Speaker, q.Cue, q.SpeakerStart, q.SpeakerEnd = att.speaker, att.cue, att.sStart, att.sEnd
		} else if opts.DropUnattributed {
			continue
		}
		out = append(out, q)
		last = &out[len(out)-1]
	}
	direct := len(out)
	if useModel {
		units := d.withModel(out, opts.Exclusive)
		if !opts.Exclusive {
			pending := d.subjectPronouns(units)
			d.descriptionSpeakers(units)
			d.afterDescriptions(units, pending)
			d.insideSources(units)
		}
		if opts.NoCues {
			kept := units[:0]
			for _, q := range units {
				if q.Kind != KindAttribution {
					kept = append(kept, q)
				}
			}
			units = kept
		}
		return units
	}
	if !opts.NoReported {
		minPrec := opts.MinCuePrecision
		if minPrec <= 0 {
			minPrec = 0.5
		}
		k := 0
		for si := range d.sents {
			q, ok := d.reported(si)
			if ok {
				q.Kind = KindReported
				out = append(out, q)
			}
			if opts.NoCues {
				continue
			}
			var prev []Quote
			if ok {
				prev = append(prev, q)
			}
			// Direct quotes overlapping this sentence (they are in order).
			for k < direct && out[k].End <= d.sents[si].Start {
				k++
			}
			for j := k; j < direct && out[j].Start < d.sents[si].End && len(prev) < 8; j++ {
				prev = append(prev, out[j])
			}
			out = append(out, d.cueUnits(si, minPrec, prev)...)
		}
	}
	if opts.MergeSplit {
		out = append(d.mergeSplit(out[:direct]), out[direct:]...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// newDoc splits text into sentences, tokens and quote spans and finds its
// mentions.
func newDoc(text string, res Resolver) *doc {
	spans, strays := findSpans(text)
	return &doc{
		text:     text,
		sents:    sentence.Split(text),
		mentions: res.Mentions(text),
		toks:     sentence.Tokens(text),
		spans:    spans,
		strays:   strays,
	}
}

// doc is the per-text state shared by the attribution rules.
type doc struct {
	text     string
	sents    []sentence.Sentence
	toks     []sentence.Token
	mentions []Mention
	spans    []span
	strays   []span // after a stray opening mark, up to the quote that re-opened (findSpans)
	tags     []int8 // the attribution tagger's tags of toks; nil without the tagger
	// clauseSubj is !Options.NoClauseSubjects.
	clauseSubj bool
	// exclusive is Options.Exclusive: one unit per attribution, as
	// PolNeAR counts them (nestedCues runs only then).
	exclusive bool
}

// inContent reports whether the token starting at byte p is tagged as
// attribution content.
func (d *doc) inContent(p int) bool {
	if d.tags == nil {
		return false
	}
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p })
	return i < len(d.toks) && d.toks[i].Start == p && (d.tags[i] == tagBCon || d.tags[i] == tagICon)
}

// firstQuoteIn returns the offset of the first quote mark opening in [a,b),
// or -1, and whether [a,b) starts inside a quote.
func (d *doc) firstQuoteIn(a, b int) (open int, inside bool) {
	i := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].close > a })
	if i < len(d.spans) && d.spans[i].open <= a {
		return -1, true
	}
	if i < len(d.spans) && d.spans[i].open < b {
		return d.spans[i].open, false
	}
	return -1, false
}

// inQuote reports whether byte p lies inside quote marks.
func (d *doc) inQuote(p int) bool {
	i := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].close > p })
	return i < len(d.spans) && d.spans[i].open <= p
}

// inStray reports whether byte p lies after a stray opening mark, before the
// quote that re-opened it.
func (d *doc) inStray(p int) bool {
	i := sort.Search(len(d.strays), func(i int) bool { return d.strays[i].close > p })
	return i < len(d.strays) && d.strays[i].open <= p
}

// sentenceAt returns the index of the sentence containing byte p (or the
// last one starting before it); -1 when none.
func (d *doc) sentenceAt(p int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Start > p })
	return i - 1
}

func (d *doc) sentStart(i int) int {
	if i < 0 {
		return 0
	}
	return d.sents[i].Start
}

func (d *doc) sentEnd(i int) int {
	if i < 0 {
		return 0
	}
	return d.sents[i].End
}

// sentenceText joins sentences si..ei as they stand in the text.
func (d *doc) sentenceText(si, ei int) string {
	if si < 0 || ei < si {
		return ""
	}
	return d.text[d.sents[si].Start:d.sents[ei].End]
}

// gapHasNoBreak reports whether no paragraph break lies between a and b.
func (d *doc) gapHasNoBreak(a, b int) bool {
	return a <= b && !strings.Contains(d.text[a:b], "\n\n")
}

// tokensIn returns the tokens lying wholly inside [a,b).
func (d *doc) tokensIn(a, b int) []sentence.Token {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= a })
	j := sort.Search(len(d.toks), func(j int) bool { return d.toks[j].End > b })
	if j < i {
		return nil
	}
	return d.toks[i:j]
}

// mentionEndingAt returns the mention whose span ends at byte e (allowing a
// possessive or trailing full stop), or -1.
func (d *doc) mentionEndingAt(e int) int {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].End >= e })
	for _, k := range []int{i, i - 1} {
		if k >= 0 && k < len(d.mentions) && d.mentions[k].End <= e && e-d.mentions[k].End <= 3 && d.mentions[k].End > e-4 {
			return k
		}
	}
	return -1
}

// mentionStartingAt returns the mention whose span starts at byte s, or -1.
func (d *doc) mentionStartingAt(s int) int {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= s })
	if i < len(d.mentions) && d.mentions[i].Start == s {
		return i
	}
	return -1
}

// trimSpan narrows [a,b) to exclude surrounding spaces.
func trimSpan(text string, a, b int) (int, int) {
	for a < b && strings.ContainsRune(" \t\n\r", rune(text[a])) {
		a++
	}
	for b > a && strings.ContainsRune(" \t\n\r", rune(text[b-1])) {
		b--
	}
	return a, b
}

// colonLead attributes a quote introduced by sentence si ending in a colon:
// a reporting verb's subject if there is one, else the sentence's first
// person, organisation or subject pronoun.
func (d *doc) colonLead(si int) (attribution, bool) {
	s := d.sents[si]
	if at, ok := d.attribute(s.Start, s.End, false); ok {
		return at, true
	}
	for _, t := range d.tokensIn(s.Start, s.End) {
		w := lower(t.Text)
		if w == "he" || w == "she" || w == "they" {
			return attribution{speaker: d.resolvePronoun(w, t.Start), sStart: t.Start, sEnd: t.End}, true
		}
		if m := d.mentionStartingAt(t.Start); m >= 0 && (d.mentions[m].Type == core.Person || d.mentions[m].Type == core.Organisation) {
			mm := d.mentions[m]
			return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End}, true
		}
	}
	return attribution{}, false
}

// leadWords open an adverbial before the subject ("On Tuesday, ...").
var leadWords = set("in", "on", "at", "after", "before", "when", "while", "during", "since",
	"asked", "speaking", "following", "despite", "as", "with", "for", "earlier", "later", "last",
	"meanwhile", "still", "but", "and", "yet", "however", "also", "then", "now", "instead")

// mergeSplit joins consecutive direct quotes (in text order) that continue
// one attribution: same speaker, no fragment, and between them only the
// attribution ("he said,") or a paragraph break.
func (d *doc) mergeSplit(qs []Quote) []Quote {
	var out []Quote
	for _, q := range qs {
		if n := len(out); n > 0 && !q.Fragment && !out[n-1].Fragment && q.Speaker != "" && q.Speaker == out[n-1].Speaker && d.continues(out[n-1], q) {
			p := &out[n-1]
			p.End = q.End
			p.Text = d.text[p.Start:p.End]
			continue
		}
		out = append(out, q)
	}
	return out
}

// continues reports whether the text between quotes p and q holds at most
// an attribution clause or a paragraph break.
func (d *doc) continues(p, q Quote) bool {
	if q.Start < p.End || q.Start-p.End > 80 {
		return false
	}
	gap := d.text[p.End:q.Start]
	words := 0
	for _, f := range strings.Fields(gap) {
		if startsWord(f) {
			words++
		}
	}
	return words <= 6 && !strings.ContainsAny(strings.Trim(gap, " \n\t\"“”‘’'.,"), ".!?")
}

// dashCredit attributes a quote followed by a dash and a name on the same
// line (`"...." ― Jane Roe`): up to four capitalised words or a mention.
func (d *doc) dashCredit(p int) (attribution, bool) {
	i := skipBlanks(d.text, p)
	if j := creditParagraph(d.text, i); j > i {
		i = j // the credit on a line of its own: “...”\n\n- Sanders.
	}
	r, size := decodeAt(d.text, i)
	if !strings.ContainsRune("―—–-", r) {
		return attribution{}, false
	}
	i = skipBlanks(d.text, i+size)
	if m := d.mentionStartingAt(i); m >= 0 {
		mm := d.mentions[m]
		return attribution{speaker: mm.Name, sStart: mm.Start, sEnd: mm.End, cue: "―"}, true
	}
	toks := d.tokensIn(i, min(len(d.text), i+80))
	k := 0
	for k < len(toks) && k < 4 && isCap(toks[k].Text) && !strings.Contains(d.text[i:toks[k].Start], "\n") {
		k++
	}
	if k == 0 || toks[0].Start != i {
		return attribution{}, false
	}
	a, b := toks[0].Start, toks[k-1].End
	return attribution{speaker: strings.TrimSuffix(d.text[a:b], "."), sStart: a, sEnd: b, cue: "―"}, true
}

// skipBlanks returns the offset of the first byte at or after i that is not
// a space, tab or no-break space.
func skipBlanks(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
	return i
}

// transcriptLabel attributes a quote that opens with a speaker label in
// capitals and a colon, as transcripts run (`"WALLACE: Let's start ..."`):
// one to three words, every letter a capital.
// The label is looked for in [a,b), after an opening quote mark there.
func (d *doc) transcriptLabel(a, b int) (attribution, bool) {
	toks := d.tokensIn(a, min(b, a+80))
	if len(toks) > 0 && isQuoteRune(firstRune(toks[0].Text)) {
		toks = toks[1:]
	}
	for k := 0; k < len(toks) && k < 4; k++ {
		if toks[k].Text == ":" {
			if k == 0 || notSpeakers[toks[0].Text] {
				return attribution{}, false
			}
			a, b := toks[0].Start, toks[k-1].End
			at := attribution{speaker: d.text[a:b], sStart: a, sEnd: b, cue: ":"}
			if m := d.mentionEndingAt(b); m >= 0 && d.mentions[m].Start >= a {
				at.speaker = d.mentions[m].Name
			}
			return at, true
		}
		w := toks[k].Text
		if strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// opensWithAdjunct reports whether sentence si opens with an adjunct
// ("During his campaign, Lind claimed he could ..."): such a sentence says
// something of its own rather than crediting the quotation before it
// (`"...." Putin said.`).
func (d *doc) opensWithAdjunct(si int) bool {
	toks := d.tokensIn(d.sents[si].Start, d.sents[si].End)
	return len(toks) > 0 && adjuncts[lower(toks[0].Text)]
}

// creditParagraph returns the offset of a dash opening the paragraph after
// the line break at i when that paragraph is a short credit line ("-
// Sanders."), else i.
func creditParagraph(text string, i int) int {
	j := i
	for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ') {
		j++
	}
	if j == i || !strings.Contains(text[i:j], "\n") || strings.Count(text[i:j], "\n") > 2 {
		return i
	}
	r, _ := decodeAt(text, j)
	if !strings.ContainsRune("―—–-", r) {
		return i
	}
	end := strings.IndexByte(text[j:], '\n')
	if end < 0 {
		end = len(text) - j
	}
	if end > 60 {
		return i
	}
	return j
}

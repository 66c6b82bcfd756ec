package quotes

// Rules that reshape the tagger's runs into the units PolNeAR counts: one
// attribution around a parenthetical source ("A, he said, B"), content cut
// inside its clause, a sentence-final source that said all before it, and
// a source and cue that report another's.

// parenthetical reports whether content runs p and q lie in one sentence
// with between them a comma, the attribution and a comma ("A, he said,
// B"), and no cue before p in the sentence.
func (d *doc) parenthetical(tags []int8, p, q tagRun) bool {
	si := d.sentenceAt(d.toks[p.a].Start)
	if d.sentenceAt(d.toks[q.b-1].Start) != si {
		return false
	}
	if d.toks[p.b].Text != "," && d.toks[p.b-1].Text != "," || d.toks[q.a-1].Text != "," {
		return false
	}
	for i := p.a - 1; i >= 0 && d.toks[i].Start >= d.sents[si].Start; i-- {
		if tags[i] == tagBCue || tags[i] == tagICue {
			return false
		}
	}
	return true
}

// postposed reports whether content run q, not quoted and opening with an
// adjunct, follows in the same sentence the attribution after quoted
// content run p (“A,” she said on Friday as she left): it belongs with the
// quotation (on PolNeAR dev, dropping such runs lost more matches than
// it saved, and joining any unquoted run after the attribution too).
func (d *doc) postposed(p, q tagRun) bool {
	pe, qs := d.toks[p.b-1], d.toks[q.a]
	if !(d.inQuote(pe.Start) || isQuoteRune(firstRune(pe.Text))) || d.inQuote(qs.Start) || isQuoteRune(firstRune(qs.Text)) {
		return false
	}
	return d.sentenceAt(pe.Start) == d.sentenceAt(qs.Start) && adjunctOpeners[lower(qs.Text)]
}

// adjunctOpeners open a time, place or circumstance rather than what was
// said ("on Friday", "as she left").
var adjunctOpeners = set("at", "during", "on", "in", "after", "before", "as", "this", "then", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "earlier", "since", "while", "when")

// spanReported returns tags where reported content opening right after a
// source and cue ("[S He] [C said] [Q the United States] and its allies
// will seek [Q new sanctions]") runs to the last content of its sentence
// when only untagged words lie between (on PolNeAR dev, running it on
// across other sources and cues too lost 0.05 recall: those are
// attributions of their own).
func (d *doc) spanReported(tags []int8) []int8 {
	n := len(tags)
	for i := 2; i < n; i++ {
		if tags[i] != tagBCon || tags[i-1] != tagBCue && tags[i-1] != tagICue || d.inQuote(d.toks[i].Start) || isQuoteRune(firstRune(d.toks[i].Text)) {
			continue
		}
		c := i - 1
		for c > 0 && tags[c] == tagICue {
			c--
		}
		if c == 0 || tags[c-1] != tagBSrc && tags[c-1] != tagISrc {
			continue
		}
		si := d.sentenceAt(d.toks[i].Start)
		last := -1
		j := i + 1
		for ; j < n && d.sentenceAt(d.toks[j].Start) == si; j++ {
			if tags[j] == tagBCon || tags[j] == tagICon {
				last = j
			}
		}
		if last < 0 {
			continue
		}
		hole := true // only untagged tokens between the content runs
		for k := i + 1; k < last; k++ {
			if tags[k] != tagO && tags[k] != tagBCon && tags[k] != tagICon {
				hole = false
			}
		}
		if !hole {
			continue
		}
		for k := i + 1; k <= last; k++ {
			tags[k] = tagICon
		}
		i = last
	}
	return tags
}

// outerUnit returns the attribution around unit q (whose first content run
// is runs[first]) when q's source and cue directly follow another source
// and cue in the sentence: in "[S He] [C said] [S Obama] [C hopes] [Q that
// ...]" He said all of "Obama hopes that ...".
func (d *doc) outerUnit(runs []tagRun, first int, q Quote) (Quote, bool) {
	k := first - 4
	if k < 0 {
		return Quote{}, false
	}
	pair := func(a, b tagRun) bool {
		return a.kind == tagBSrc && b.kind == tagBCue && b.a == a.b
	}
	if !pair(runs[k], runs[k+1]) || !pair(runs[k+2], runs[k+3]) || runs[k+3].b != runs[first].a && runs[first].a-runs[k+3].b > 1 {
		return Quote{}, false
	}
	gap := runs[k+2].a - runs[k+1].b
	if gap > 1 || gap == 1 && lower(d.toks[runs[k+1].b].Text) != "that" && d.toks[runs[k+1].b].Text != "," {
		return Quote{}, false
	}
	si := d.sentenceAt(d.toks[runs[k].a].Start)
	if d.sentenceAt(d.toks[runs[first].b-1].Start) != si || d.inQuote(d.toks[runs[k+1].a].Start) {
		return Quote{}, false
	}
	o := Quote{SpeakerStart: -1, SpeakerEnd: -1, Kind: KindAttribution}
	o.Start, o.End = trimContent(d.text, d.toks[runs[k+2].a].Start, q.End)
	if o.Start >= o.End {
		return Quote{}, false
	}
	o.Text = d.text[o.Start:o.End]
	cue := runs[k+1]
	o.Cue = d.text[d.toks[cue.a].Start:d.toks[cue.b-1].End]
	if d.speechCue(cue.a, cue.b) {
		o.Kind = KindReported
	}
	src := d.trimSource(runs[k])
	if src.kind == 0 {
		return Quote{}, false
	}
	at := d.nameSource(src)
	o.Speaker, o.SpeakerStart, o.SpeakerEnd = at.speaker, at.sStart, at.sEnd
	o.Sentence = q.Sentence
	return o, true
}

// maxTrailWords is the most untagged words that may follow a sentence-final
// attribution ("..., the source said on Friday.").
const maxTrailWords = 6

// trailingSource returns tags where a sentence ending in an attribution set
// off by a comma (“..., sources said.”, “..., said one aide.”) has all of
// its text before that comma as the attribution's content, an attribution
// tagged inside it included (“X called for Y, sources said”: the sources
// said all of it).
func (d *doc) trailingSource(tags []int8) []int8 {
	d.eachSentence(func(i, j int) { d.retagTrailing(tags, i, j) })
	return tags
}

// retagTrailing applies trailingSource to the sentence of tokens [i,j).
func (d *doc) retagTrailing(tags []int8, i, j int) {
	e := j
	words := 0
	for e > i && tags[e-1] == tagO {
		if startsWord(d.toks[e-1].Text) {
			words++
		}
		e--
	}
	if words > maxTrailWords || e <= i {
		return
	}
	// The final source and cue runs, in either order.
	c0, kinds := e, 0
	for c0 > i && kinds < 3 {
		t := tags[c0-1]
		if t != tagBSrc && t != tagISrc && t != tagBCue && t != tagICue {
			break
		}
		if t == tagBSrc || t == tagBCue {
			kinds |= 1 << (t / 2)
			if kinds == 3 {
				c0--
				break
			}
		}
		c0--
	}
	if kinds != 3 || c0 <= i || d.inQuote(d.toks[c0].Start) {
		return
	}
	comma := c0 - 1
	if dets[lower(d.toks[comma].Text)] && comma > i {
		comma-- // "..., the source added": the determiner was tagged content
	}
	if comma <= i {
		return
	}
	if isQuoteRune(firstRune(d.toks[comma].Text)) && comma-1 > i && d.toks[comma-1].Text == "," {
		comma++ // “...,” Roe wrote: the closing mark stays in the content
	} else if d.toks[comma].Text != "," {
		return
	}
	con := false
	for k := i; k < comma; k++ {
		if tags[k] == tagBCon || tags[k] == tagICon {
			con = true
		}
	}
	if !con {
		return
	}
	cont := tags[i] == tagICon // content going on from the sentence before
	for k := i; k < comma; k++ {
		tags[k] = tagICon
	}
	if !cont {
		tags[i] = tagBCon
	}
	for k := comma; k < c0; k++ {
		tags[k] = tagO
	}
	if comma+1 < c0 { // the determiner opens the source
		tags[comma+1] = tagBSrc
		if tags[c0] == tagBSrc {
			tags[c0] = tagISrc
		}
	}
}

// extendCut returns tags where a content run that stops inside a clause
// ("highlighting [how the Ukraine] war continues to be ...") runs on to
// the end of its sentence: it is followed, in its sentence, by a word and
// then untagged tokens only.
func (d *doc) extendCut(tags []int8) []int8 {
	n := len(tags)
	for i := 0; i < n; i++ {
		if tags[i] != tagBCon && tags[i] != tagICon || i+1 >= n || tags[i+1] != tagO {
			continue
		}
		if !startsWord(d.toks[i+1].Text) || d.toks[i].Text == "," {
			continue
		}
		si := d.sentenceAt(d.toks[i].Start)
		j := i + 1
		for j < n && tags[j] == tagO && d.sentenceAt(d.toks[j].Start) == si {
			j++
		}
		if j < n && d.sentenceAt(d.toks[j].Start) == si {
			continue // another run follows in the sentence
		}
		for k := i + 1; k < j; k++ {
			tags[k] = tagICon
		}
		i = j - 1
	}
	return tags
}

package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How an article writes a holder's words, looked up once per article.
// displayIn(holder, sentence, article) asks writtenAs of the whole article
// for every word of every statement's holder, and writtenAs lower-cases
// and scans the text each time: statements x words x article length, 10 s
// for one 1 MB paragraph. writtenAs can only answer at a word written with
// a capital first and another past it ("PAC", "McEnaney"), so the index
// keeps, for each such word (lower-cased), the lines that write it, and
// asks writtenAs of those lines only. A line is all writtenAs reads around
// a word (its neighbours, capsLine), so the answer is the same.

// A writtenLines is an article's index for writtenAs.
type writtenLines struct {
	// how: 'i' the index answers; 'n' writtenAs answers "" for every
	// word (lower-casing changes the text's length); 'f' the text has
	// runes whose lower case has another length, offsets shift: ask
	// writtenAs of the whole text, as before.
	how   byte
	lines map[string][][2]int // lower-cased word -> [start, end) of the lines writing it mixed-case, in order
	whole map[string]string   // word -> writtenAs of the whole text, for the words the index cannot answer
}

// written returns the article's index, built on first use.
func (a *article) written() *writtenLines {
	if a.writ == nil {
		a.writ = indexWritten(a.text)
	}
	return a.writ
}

// indexWritten indexes text for writtenAs (see writtenLines).
func indexWritten(text string) *writtenLines {
	x := &writtenLines{how: 'i', lines: map[string][][2]int{}}
	line, run := 0, -1   // start of the current line; of the current word, -1 outside one
	end := func(i int) { // the word text[run:i] ends
		raw := text[run:i]
		if r, n := utf8.DecodeRuneInString(raw); !unicode.IsUpper(r) || !strings.ContainsFunc(raw[n:], unicode.IsUpper) {
			return
		}
		k := strings.ToLower(raw)
		ls := x.lines[k]
		if len(ls) > 0 && ls[len(ls)-1][0] == line {
			return
		}
		e := strings.IndexByte(text[i:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += i
		}
		x.lines[k] = append(ls, [2]int{line, e})
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		lr := unicode.ToLower(r)
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(lr) != n {
			// lower-cased, this rune (an invalid byte: U+FFFD) takes
			// another number of bytes
			if len(strings.ToLower(text)) != len(text) {
				return &writtenLines{how: 'n'}
			}
			return &writtenLines{how: 'f'}
		}
		if unicode.IsLetter(lr) || unicode.IsDigit(lr) {
			if run < 0 {
				run = i
			}
		} else if run >= 0 {
			end(i)
			run = -1
		}
		if r == '\n' {
			line = i + 1
		}
		i += n
	}
	if run >= 0 {
		end(len(text))
	}
	return x
}

// writtenAs is writtenAs(a.text, w), asked of the lines the index names.
func (a *article) writtenAs(w string) string {
	if len(w) < 2 {
		return ""
	}
	x := a.written()
	switch {
	case x.how == 'n':
		return ""
	case x.how == 'f':
		return x.wholeText(a.text, w)
	}
	lw := strings.ToLower(w)
	if strings.IndexFunc(lw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
		return x.wholeText(a.text, w) // "O'Neill", "Smith-Jones": not one word of the index
	}
	for _, l := range x.lines[lw] {
		if raw := writtenAs(a.text[l[0]:l[1]], w); raw != "" {
			return raw
		}
	}
	return ""
}

// wholeText is writtenAs(text, w), once per word.
func (x *writtenLines) wholeText(text, w string) string {
	raw, ok := x.whole[w]
	if !ok {
		if x.whole == nil {
			x.whole = map[string]string{}
		}
		raw = writtenAs(text, w)
		x.whole[w] = raw
	}
	return raw
}

// displayIn is displayIn(h, sent, a.text), the article's casing looked up
// in its index.
func (a *article) displayIn(h, sent string) string {
	f := strings.Fields(display(h))
	for i, w := range f {
		if i > 0 && smallWords[w] {
			continue
		}
		if raw := writtenAs(sent, w); raw != "" {
			f[i] = raw
		} else if raw := a.writtenAs(w); raw != "" {
			f[i] = raw
		}
	}
	return strings.Join(f, " ")
}

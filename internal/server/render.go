package server

import (
	"html/template"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/wire"
)

// marked escapes s and turns balanced store.MarkStart/MarkEnd pairs into
// <mark> elements (wire.MarkedHTML, which /api/search and the CLI's search
// --json write too); nothing of s reaches the page unescaped.
func marked(s string) template.HTML { return template.HTML(wire.MarkedHTML(s)) }

// A paragraph of an article page: runs of text, each inside a quote or not.
type paraView struct {
	Runs []runView
}

type runView struct {
	Quote   bool
	Speaker string
	Parts   []partView
}

type partView struct {
	Text   string
	Entity string // canonical name when the text mentions an entity
	Type   string
	Mark   string // "new" or "seen" (see noveltySpans), "" when unmarked
}

// articleBody splits a's text into paragraphs and marks quotes (by their
// offsets, falling back to a text search when the offsets do not hold) and
// entity mentions (canonical names and aliases, whole words, longest first).
func articleBody(a *core.Article) []paraView {
	text := a.Text
	n := len(text)
	quoteAt := make([]int16, n) // 1 + quote index, 0 for none
	entAt := make([]int16, n)   // 1 + entity index
	newAt := make([]bool, n)
	spans, class, _ := noveltySpans(a)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			newAt[i] = true
		}
	}
	for qi, q := range a.Quotes {
		if qi >= 32000 {
			break
		}
		start, end := q.Start, q.End
		if start < 0 || end > n || start >= end || text[start:end] != q.Text {
			if q.Text == "" {
				continue
			}
			if start = strings.Index(text, q.Text); start < 0 {
				continue
			}
			end = start + len(q.Text)
		}
		if !utf8.RuneStart(text[start]) || (end < n && !utf8.RuneStart(text[end])) {
			continue
		}
		if quoteAt[start] != 0 || quoteAt[end-1] != 0 {
			continue // overlaps an earlier quote
		}
		for i := start; i < end; i++ {
			quoteAt[i] = int16(qi + 1)
		}
	}
	type alias struct {
		s  string
		ei int
	}
	var aliases []alias
	for ei, e := range a.Entities {
		if ei >= 32000 {
			break
		}
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			if utf8.RuneCountInString(s) >= 2 {
				aliases = append(aliases, alias{s, ei})
			}
		}
	}
	sort.SliceStable(aliases, func(i, j int) bool { return len(aliases[i].s) > len(aliases[j].s) })
	for _, al := range aliases {
		for from := 0; from < n; {
			i := strings.Index(text[from:], al.s)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(al.s)
			from = start + 1
			if !wordEdge(text, start, end) || entAt[start] != 0 || entAt[end-1] != 0 || quoteAt[start] != quoteAt[end-1] {
				continue
			}
			for k := start; k < end; k++ {
				entAt[k] = int16(al.ei + 1)
			}
		}
	}
	var paras []paraView
	for start := 0; start < n; {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = n
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			paras = append(paras, paragraph(text, start, end, quoteAt, entAt, newAt, class, a))
		}
		start = end + 2
	}
	return paras
}

func paragraph(text string, start, end int, quoteAt, entAt []int16, newAt []bool, class string, a *core.Article) paraView {
	var p paraView
	for i := start; i < end; {
		j := i
		for j < end && quoteAt[j] == quoteAt[i] && entAt[j] == entAt[i] && newAt[j] == newAt[i] {
			j++
		}
		part := partView{Text: text[i:j]}
		if newAt[i] {
			part.Mark = class
		}
		if e := entAt[i]; e != 0 {
			part.Entity, part.Type = a.Entities[e-1].Name, string(a.Entities[e-1].Type)
		}
		q := quoteAt[i]
		if len(p.Runs) == 0 || p.Runs[len(p.Runs)-1].Quote != (q != 0) || (q != 0 && p.Runs[len(p.Runs)-1].Speaker != a.Quotes[q-1].Speaker) || (q != 0 && i > start && quoteAt[i-1] != q) {
			r := runView{Quote: q != 0}
			if q != 0 {
				r.Speaker = a.Quotes[q-1].Speaker
			}
			p.Runs = append(p.Runs, r)
		}
		last := &p.Runs[len(p.Runs)-1]
		last.Parts = append(last.Parts, part)
		i = j
	}
	return p
}

// wordEdge reports whether text[start:end] stands as whole words.
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// claimLine is a claim as a page shows it: its holder as written, the
// claim, and the link to every claim of that holder.
type claimLine struct{ Name, Claim, Href string }

// claimParts splits a claim's text ("Russia — ready for negotiations")
// into its holder as written and the claim; holder is the stored key. A
// person's claim keyed by the surname ("hale") and written with the full
// name ("Victor Hale — says …") shows the full name once (it read "hale —
// Victor Hale — says …").
func claimParts(holder, text string) claimLine {
	c := claimLine{Name: holder, Claim: text, Href: "/claims?" + url.Values{"speaker": {holder}}.Encode()}
	if name, rest, ok := strings.Cut(text, " — "); ok && (strings.EqualFold(name, holder) ||
		holder != "" && strings.HasSuffix(strings.ToLower(name), " "+strings.ToLower(holder))) {
		c.Name, c.Claim = name, rest
	}
	return c
}

// entityPath is the page of an entity.
func entityPath(name string) string { return "/entities/" + url.PathEscape(name) }

// chartView is an SVG bar chart: one bar per month, in a fixed viewBox the
// CSS scales to the page width.
type chartView struct {
	Width, Height int
	Bars          []barView
	Labels        []labelView
	Max           int
	Base          float64 // y of the axis
	Caption       string
	// Undated counts what has no month and so no bar: "18 articles" over a
	// chart of one bar read as a chart missing seventeen.
	Undated int
}

type barView struct {
	X, Y, W, H float64
	Title      string
	Label      string // the count above the bar when there is room, else ""
}

type labelView struct {
	X    float64
	Text string
	// Anchor is the SVG text-anchor ("" for middle): a story timeline's
	// first and last day labels sit at its edges, where a centred label
	// was cut ("013-03-05").
	Anchor string
}

// monthChart draws counts per month ("2006-01" keys; "" undated is left out)
// over every month from the first to the last, so gaps show as gaps; each
// bar's title counts in unit ("2031-02: 4 quotes").
func monthChart(counts map[string]int, caption, unit string) *chartView {
	var months []string
	for m := range counts {
		if len(m) == 7 {
			months = append(months, m)
		}
	}
	if len(months) == 0 {
		return nil
	}
	sort.Strings(months)
	all := monthRange(months[0], months[len(months)-1])
	c := &chartView{Width: 640, Height: 150, Caption: caption}
	for _, m := range all {
		c.Max = max(c.Max, counts[m])
	}
	const top, bottom, left, right = 18.0, 24.0, 4.0, 4.0
	slot := (float64(c.Width) - left - right) / float64(len(all))
	plotH := float64(c.Height) - top - bottom
	c.Base = top + plotH
	every := max(1, (len(all)+5)/6)
	for i, m := range all {
		n := counts[m]
		h := plotH * float64(n) / float64(c.Max)
		if n > 0 && h < 2 {
			h = 2
		}
		x := left + float64(i)*slot
		w := min(slot*0.7, 48)
		b := barView{X: x + (slot-w)/2, Y: top + plotH - h, W: w, H: h, Title: m + ": " + plural(n, unit)}
		if n > 0 && len(all) <= 24 {
			b.Label = itoa(n)
		}
		c.Bars = append(c.Bars, b)
		if i%every == 0 {
			c.Labels = append(c.Labels, labelView{X: x + slot/2, Text: m})
		}
	}
	return c
}

// monthRange lists the months from a to b ("2006-01"), at most 600.
func monthRange(a, b string) []string {
	var out []string
	y, m := atoi(a[:4]), atoi(a[5:])
	for len(out) < 600 {
		s := pad4(y) + "-" + pad2(m)
		out = append(out, s)
		if s >= b {
			break
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func pad4(n int) string {
	s := itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// plural says "1 word" or "n words" (wire.Count, as the CLI counts).
func plural(n int, word string) string { return wire.Count(n, word) }

package extract

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// leadBlocks is how many blocks at the top of the body post looks at for a
// repeated headline or a standfirst.
const leadBlocks = 3

// post applies storyline's own rules to go-trafilatura's blocks. It fills
// a.Subtitle and a.Removed and returns the blocks to keep. Every rule is
// general (no site is named) and each was kept only because it raised the
// dev benchmark (extraction-trafilatura) without lowering the test one.
func (e *extractor) post(a *core.Article, blocks []block, description string) []block {
	titleKey := key(a.Title)
	descKey := key(description)
	out := blocks[:0:0]
	for i, b := range blocks {
		k := key(b.text)
		switch {
		case i < leadBlocks && titleKey != "" && k == titleKey:
			// The headline repeated as the first heading of the body.
			a.Removed = append(a.Removed, core.Removal{Text: b.text, Reason: core.ReasonRepeatedHeader})
			continue
		case i < leadBlocks && a.Subtitle == "" && descKey != "" && k == descKey && isHeading(b.tag):
			// A standfirst: a heading that is the page's own summary.
			a.Subtitle = b.text
			continue
		}
		out = append(out, b)
	}
	return out
}

// key normalises text for comparisons: lower case, letters and digits only,
// single spaces.
func key(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(r)
		} else {
			space = true
		}
	}
	return sb.String()
}

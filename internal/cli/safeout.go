package cli

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// Terminal controls in stored text. An article's title, outlet, body or
// quotes may carry control characters (a JSON Lines record's "\u001b[2J",
// a page's stray BEL); printed raw by `articles`, `show`, `quotes`,
// `search`... they cleared the screen, retitled the terminal (OSC 0) or
// rang it. The commands' text goes through safeWriter, which shows each
// such character escaped ("\x1b", "\u009b") and keeps newlines and tabs.
// JSON output stays valid and reads the same: encoding/json escapes the C0
// controls itself and the DEL and C1 ones it writes raw become JSON's own
// \u escapes. The eval commands and `cluster` are left as they are (their
// output is compared byte for byte across runs).

// safeWriter writes to w with C0 controls other than "\n" and "\t", DEL and
// the C1 controls (U+0080-U+009F) written as escapes. A UTF-8 sequence cut
// between two writes waits for its end.
type safeWriter struct {
	w    io.Writer
	hold []byte // an incomplete UTF-8 sequence from the last write
}

func (s *safeWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(s.hold) > 0 {
		p = append(s.hold, p...)
		s.hold = nil
	}
	if clean(p) {
		if _, err := s.w.Write(p); err != nil {
			return 0, err
		}
		return n, nil
	}
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\n' || c == '\t':
			out = append(out, c)
			i++
			continue
		case c < 0x20:
			out = fmt.Appendf(out, `\x%02x`, c)
			i++
			continue
		case c == 0x7f:
			// As \u in JSON too: encoding/json writes DEL raw.
			out = append(out, `\u007f`...)
			i++
			continue
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
			continue
		}
		if !utf8.FullRune(p[i:]) {
			s.hold = append([]byte(nil), p[i:]...)
			break
		}
		r, size := utf8.DecodeRune(p[i:])
		if r >= 0x80 && r <= 0x9f {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// clean reports whether p holds no character safeWriter escapes and ends
// on a whole UTF-8 sequence: it can be written as it is.
func clean(p []byte) bool {
	for i, c := range p {
		switch {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(p) && p[i+1] >= 0x80 && p[i+1] <= 0x9f:
			return false // U+0080-U+009F
		}
	}
	return lastRuneWhole(p)
}

// lastRuneWhole reports whether p's last UTF-8 sequence is complete.
func lastRuneWhole(p []byte) bool {
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax; i-- {
		if utf8.RuneStart(p[i]) {
			return utf8.FullRune(p[i:])
		}
	}
	return true
}

// safeOutput sends cmd's output and error output through safeWriter,
// except for the eval commands and cluster.
func safeOutput(cmd *cobra.Command) {
	for c := cmd; c != nil; c = c.Parent() {
		if (c.Name() == "eval" || c.Name() == "cluster") && c.Parent() != nil && c.Parent().Parent() == nil {
			return
		}
	}
	cmd.SetOut(&safeWriter{w: cmd.OutOrStdout()})
	cmd.SetErr(&safeWriter{w: cmd.ErrOrStderr()})
}

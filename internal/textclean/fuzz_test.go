package textclean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzClean(f *testing.F) {
	f.Add("Harbour town votes to rebuild the old pier\n\nBy Anna Berg\n\nMarch 3, 2021\n\nThe council voted on Monday to rebuild the pier.\n\n1. One.\n2. Two.\n3. Three.")
	f.Add("Skip to content\n\nTitle here\n\nTeaser text that is cut off right here...\nTeaser text that is cut off right here and then goes on.\n\nComments")
	f.Add("betweenRomania Oslowho governments,led “quote”and presentciting")
	f.Add("#Tag\n11 days ago\nPhoto: Archive\nPhoto: Archive\nCaption line")
	f.Add("\xff\xfe\x00\r\n\r\n…")
	f.Add("By \n\nAuthor: \n\n1.\n2.\n3.")
	f.Fuzz(func(t *testing.T, in string) {
		r := Clean(in, Options{})
		for _, p := range r.Paragraphs {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("empty paragraph from %q", in)
			}
			if !utf8.ValidString(p) {
				t.Fatalf("invalid UTF-8 paragraph %q from %q", p, in)
			}
		}
		for _, rm := range r.Removed {
			if rm.Reason == "" {
				t.Fatalf("removal without reason: %q", rm)
			}
		}
		for _, k := range r.KeyPoints {
			if k == "" {
				t.Fatalf("empty key point from %q", in)
			}
		}
	})
}

func FuzzRepairGlued(f *testing.F) {
	f.Add("betweenRomania and Oslowho said governments,led by “friends”and allies")
	f.Add("iPhone McDonald U.S. 3.5 e.g. https://example.com a@b.org")
	f.Add(`"open"and"close" “x”y`)
	f.Fuzz(func(t *testing.T, in string) {
		out := RepairGlued(in)
		if strings.ReplaceAll(out, " ", "") != strings.ReplaceAll(in, " ", "") {
			t.Fatalf("RepairGlued(%q) = %q changed more than spaces", in, out)
		}
		if len(out) < len(in) {
			t.Fatalf("RepairGlued(%q) shrank to %q", in, out)
		}
	})
}

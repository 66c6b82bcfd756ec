package analyze

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/quotes"
)

func TestTweetAuthor(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"signature after the post",
			"Some users mocked the slogan. Don't worry, Velsk, no one will take your slogan. https://t.co/x1 — Ana Lind (@alind) November 18, 2019 The campaign goes on.",
			"Velsk, no one will take your slogan", "Ana Lind"},
		{"the signature opens the next paragraph",
			"Velsk, no one will take your slogan. https://t.co/x1\n\n— Ana Lind (@alind) November 18, 2019\n\nThe campaign goes on.",
			"Velsk, no one will take your slogan", "Ana Lind"},
		{"another paragraph between",
			"Velsk, no one will take your slogan.\n\nThe campaign goes on. — Ana Lind (@alind) November 18, 2019",
			"Velsk, no one will take your slogan", ""},
		{"no handle",
			"Velsk, no one will take your slogan — Ana Lind, May 2019.",
			"Velsk, no one will take your slogan", ""},
		{"no name",
			"Velsk, no one will take your slogan — see (@alind).",
			"Velsk, no one will take your slogan", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.quote)
			var q quotes.Quote
			q.Text, q.Start, q.End = tt.quote, i, i+len(tt.quote)
			if got := tweetAuthor(tt.text, q, nil); got != tt.want {
				t.Errorf("tweetAuthor = %q, want %q", got, tt.want)
			}
		})
	}
}

package core

import "testing"

func TestQuoteSaid(t *testing.T) {
	for _, c := range []struct {
		q    Quote
		want string
	}{
		{Quote{Text: "that the ferries will sail"}, "the ferries will sail"},
		{Quote{Text: "That the ferries sail"}, "the ferries sail"},
		{Quote{Text: "that much"}, "that much"},
		{Quote{Text: "that ferries sail"}, "that ferries sail"},
		{Quote{Text: "thatched roofs will go up"}, "thatched roofs will go up"},
		{Quote{Text: "that the ferries will sail", Direct: true}, "that the ferries will sail"},
		{Quote{Text: ""}, ""},
		{Quote{Text: "he would pay for the wall he wants to build.)"}, "he would pay for the wall he wants to build."},
		{Quote{Text: "(that the ferries will sail on Monday"}, "the ferries will sail on Monday"},
		{Quote{Text: "the ferries (all three) will sail)"}, "the ferries (all three) will sail)"},
		{Quote{Text: ")"}, ""},
	} {
		if got := c.q.Said(); got != c.want {
			t.Errorf("Said(%q) = %q, want %q", c.q.Text, got, c.want)
		}
	}
}

func TestQuoteShown(t *testing.T) {
	for _, c := range []struct {
		q    Quote
		want string
	}{
		{Quote{Text: "We will sail.", Direct: true}, "“We will sail.”"},
		{Quote{Text: "“'We are going to win so much.'”", Direct: true}, "“We are going to win so much.”"},
		{Quote{Text: "“I heard the speech,\" Lind said. \"He wants the port.”", Direct: true}, "“I heard the speech,\" Lind said. \"He wants the port.”"},
		{Quote{Text: "that the ferries will sail on Monday"}, "the ferries will sail on Monday"},
		{Quote{Text: "“”", Direct: true}, "“”"},
	} {
		if got := c.q.Shown(); got != c.want {
			t.Errorf("Shown(%q) = %q, want %q", c.q.Text, got, c.want)
		}
	}
}

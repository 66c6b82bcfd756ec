package textclean

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// Every sample below is fictional.

func TestCleanHeader(t *testing.T) {
	tests := []struct {
		name                 string
		in                   string
		title, subtitle      string
		authors              []string
		firstPara            string
		wantRemovedReasons   []string
		wantNoParaContaining string
	}{
		{
			name:      "title byline body",
			in:        "Harbour town votes to rebuild the old pier\n\nBy Maria Olsen and Tom Reed\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.\n\nWork is due to start in spring.",
			title:     "Harbour town votes to rebuild the old pier",
			authors:   []string{"Maria Olsen", "Tom Reed"},
			firstPara: "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
		},
		{
			name:               "no headline: first line is body text",
			in:                 "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter, officials said.\nWork is due to start in spring, and the mayor expects it to last a year.\nComments\nPost a Comment",
			title:              "",
			firstPara:          "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter, officials said.",
			wantRemovedReasons: []string{core.ReasonDebris, core.ReasonDebris},
		},
		{
			name:      "standfirst without full stop",
			in:        "Harbour town votes to rebuild the old pier\n\nCouncil calls the storm damage 'the worst in a century' for the seafront\n\nThe council of Eastport voted on Monday to rebuild the pier.\n\nWork is due to start in spring.",
			title:     "Harbour town votes to rebuild the old pier",
			subtitle:  "Council calls the storm damage 'the worst in a century' for the seafront",
			firstPara: "The council of Eastport voted on Monday to rebuild the pier.",
		},
		{
			name:               "standfirst of sentences followed by header material",
			in:                 "Skip to content\n\nHarbour town votes to rebuild the old pier\n\nEastport wants its seafront back. The vote was close.\n\nWritten by Lena Fisk\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			title:              "Harbour town votes to rebuild the old pier",
			subtitle:           "Eastport wants its seafront back. The vote was close.",
			authors:            []string{"Lena Fisk"},
			firstPara:          "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			wantRemovedReasons: []string{core.ReasonDebris},
		},
		{
			name:      "first body paragraph is not a standfirst",
			in:        "Harbour town votes to rebuild the old pier\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.\n\nWork is due to start in spring, the mayor said.",
			title:     "Harbour town votes to rebuild the old pier",
			firstPara: "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
		},
		{
			name:      "lone name line as byline",
			in:        "Harbour town votes to rebuild the old pier\n\n\nAnna Berg\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			title:     "Harbour town votes to rebuild the old pier",
			authors:   []string{"Anna Berg"},
			firstPara: "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
		},
		{
			name:      "byline with role and date",
			in:        "Harbour town votes to rebuild the old pier\n\nBy Anna Berg, Staff Writer | March 3, 2021\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			title:     "Harbour town votes to rebuild the old pier",
			authors:   []string{"Anna Berg"},
			firstPara: "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
		},
		{
			name:               "section label above the headline",
			in:                 "WORLD\n\nHarbour town votes to rebuild the old pier\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			title:              "Harbour town votes to rebuild the old pier",
			firstPara:          "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			wantRemovedReasons: []string{core.ReasonKicker},
		},
		{
			name: "captions, credits, trending and kicker",
			in: "Harbour town votes to rebuild the old pier\n\nWritten by Lena Fisk\n\n09:15 - 02/03/2021 Tuesday\n\nPhoto: City Archive\nPhoto: City Archive\nThe ruined pier at dawn\n\nTrending Now\n\n" +
				"Local news - Harbour town votes to rebuild the old pier\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.\n\n#Eastport\n#Harbours\n3 days ago",
			title:     "Harbour town votes to rebuild the old pier",
			authors:   []string{"Lena Fisk"},
			firstPara: "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			wantRemovedReasons: []string{core.ReasonCaption, core.ReasonCaption, core.ReasonCaption, core.ReasonDebris,
				core.ReasonKicker, core.ReasonHashtag, core.ReasonHashtag, core.ReasonTimestamp},
			wantNoParaContaining: "ruined pier",
		},
		{
			name:               "repeated caption lines",
			in:                 "Harbour town votes to rebuild the old pier\n\nThe mayor of Eastport\nThe mayor of Eastport\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			title:              "Harbour town votes to rebuild the old pier",
			firstPara:          "The council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.",
			wantRemovedReasons: []string{core.ReasonCaption, core.ReasonCaption},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Clean(tt.in, Options{})
			if r.Title != tt.title {
				t.Errorf("Title = %q, want %q", r.Title, tt.title)
			}
			if r.Subtitle != tt.subtitle {
				t.Errorf("Subtitle = %q, want %q", r.Subtitle, tt.subtitle)
			}
			if !slices.Equal(r.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", r.Authors, tt.authors)
			}
			if len(r.Paragraphs) == 0 || r.Paragraphs[0] != tt.firstPara {
				t.Errorf("Paragraphs = %q, want first %q", r.Paragraphs, tt.firstPara)
			}
			var reasons []string
			for _, rm := range r.Removed {
				reasons = append(reasons, rm.Reason)
			}
			if !slices.Equal(reasons, tt.wantRemovedReasons) {
				t.Errorf("Removed reasons = %q, want %q (removed %q)", reasons, tt.wantRemovedReasons, r.Removed)
			}
			if tt.wantNoParaContaining != "" {
				for _, p := range r.Paragraphs {
					if strings.Contains(p, tt.wantNoParaContaining) {
						t.Errorf("paragraph %q should have been dropped", p)
					}
				}
			}
		})
	}
}

func TestDebrisReason(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Skip to content", core.ReasonDebris},
		{"Read also:", core.ReasonDebris},
		{"Read also: Harbour town plans a new ferry line", core.ReasonDebris},
		{"Related: the council said the plan would cost less than feared.", ""},
		{"Comments (12)", core.ReasonDebris},
		{"Post a Comment", core.ReasonDebris},
		{"Trending Now", core.ReasonDebris},
		{"Facebook Twitter WhatsApp Email", core.ReasonDebris},
		{"4 min read", core.ReasonDebris},
		{"Photo: City Archive", core.ReasonCaption},
		{"The pier at dawn. (Photo by Ola Nord/Getty Images)", core.ReasonCaption},
		{"© 2021 Eastport Gazette", core.ReasonCaption},
		{"#Eastport", core.ReasonHashtag},
		{"#Eastport #Harbours", core.ReasonHashtag},
		{"#1 in the league table for the third year", ""},
		{"11 days ago", core.ReasonTimestamp},
		{"Updated 3 hours ago", core.ReasonTimestamp},
		{"Picture this: a pier full of people again.", ""},
		{"According to a Reuters/Ipsos poll, the two towns are level on the plan.", ""},
		{"Ola Nord via Getty Images.", core.ReasonCaption},
		{"Handout/Reuters.", core.ReasonCaption},
		{"Comments from the mayor came late on Monday, after the vote had closed and the council had gone home for the night (Photo: the mayor at the vote).", ""},
		{"Latest figures show the town grew.", ""},
	}
	for _, tt := range tests {
		if got := debrisReason(tt.in); got != tt.want {
			t.Errorf("debrisReason(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"09:15 - 02/03/2021 Tuesday", true},
		{"Nov.4 - 2022 7:40 AM CET", true},
		{"March 3, 2021", true},
		{"Published: 12 January 2020, 14:02 GMT", true},
		{"Updated on Tuesday, 4 May 2021 at 10:00", true},
		{"2021-03-02T09:15:00Z", true},
		{"02.03.2021", true},
		{"Mon 4 Jan 2021", true},
		{"MARCH 2, 2021 | 08:06AM PT", true},
		{"12: 52 p. m. EDT 03 / 02 / 2021", true},
		{"Posted on March 3rd, 2021 @ 7pm ET", true},
		{"May the best team win", false},
		{"March of the penguins", false},
		{"The vote was held on March 3, 2021 in the town hall.", false},
		{"3 days ago", false},
		{"Harbour town votes to rebuild the old pier", false},
		{"2021", false},
		{"Updated 4:08 pm ET", false},
	}
	for _, tt := range tests {
		if got := isDateLine(tt.in); got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsLoneName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Anna Berg", true},
		{"Jan de Vries", true},
		{"Ola K. Nord", true},
		{"Special Circumstances", false},
		{"Multiple Special Circumstances", false},
		{"Trending Now", false},
		{"The Harbour", false},
		{"anna berg", false},
		{"Anna Berg and Ola Nord went home", false},
	}
	for _, tt := range tests {
		if got := isLoneName(tt.in); got != tt.want {
			t.Errorf("isLoneName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsStampLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Updated 4:08 pm ET": true, "4: 08 p. m.": true, "March 3, 2021": true,
		"At 4:08 the council met": false, "2021": false,
	} {
		if got := isStampLine(in); got != want {
			t.Errorf("isStampLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in      string
		names   []string
		dateSeg string
		ok      bool
	}{
		{"By Anna Berg", []string{"Anna Berg"}, "", true},
		{"Written by Lena Fisk", []string{"Lena Fisk"}, "", true},
		{"By Maria Olsen and Tom Reed", []string{"Maria Olsen", "Tom Reed"}, "", true},
		{"By Anna Berg, Kai Lund & Ola Nord", []string{"Anna Berg", "Kai Lund", "Ola Nord"}, "", true},
		{"By Anna Berg | March 3, 2021", []string{"Anna Berg"}, "March 3, 2021", true},
		{"Author: Jan de Vries", []string{"Jan de Vries"}, "", true},
		{"By the end of the year the pier will be rebuilt.", nil, "", false},
		{"Byzantine art returns to the museum", nil, "", false},
	}
	for _, tt := range tests {
		names, dateSeg, ok := parseByline(tt.in)
		if ok != tt.ok || !slices.Equal(names, tt.names) || dateSeg != tt.dateSeg {
			t.Errorf("parseByline(%q) = %q, %q, %v; want %q, %q, %v", tt.in, names, dateSeg, ok, tt.names, tt.dateSeg, tt.ok)
		}
	}
}

func TestCleanTeaserAndDuplicates(t *testing.T) {
	in := "Harbour town votes to rebuild the old pier\n\n" +
		"Storm damage: After a winter of gales, the council of Eastport...\n" +
		"Storm damage: After a winter of gales, the council of Eastport wants to rebuild the pier by the end of next year.\n\n" +
		"The council voted on Monday. Mayor Ida Strand is not attending the ceremony; she will visit the islands afterward, according to town sources. The port plans to widen its ferry service and also open a new fish market.\n\n" +
		"Builders from three towns bid for the contract, which is worth two million crowns.\n\n" +
		"Mayor Ida Strand is not going to the ceremony and will visit the islands afterward, according to town sources. The port plans to widen its ferry service considerably and also open a new fish market.\n\n" +
		"Builders from three towns bid for the contract, which is worth two million crowns.\n\n" +
		"The first ferries are expected in May."
	r := Clean(in, Options{})
	var teasers, dups int
	for _, rm := range r.Removed {
		switch rm.Reason {
		case core.ReasonTeaser:
			teasers++
			if !strings.HasSuffix(rm.Text, "...") {
				t.Errorf("removed the full text instead of the teaser: %q", rm.Text)
			}
		case core.ReasonDuplicate:
			dups++
		}
	}
	if teasers != 1 || dups != 2 {
		t.Errorf("teasers=%d dups=%d, want 1 and 2; removed %q", teasers, dups, r.Removed)
	}
	want := []string{
		"Storm damage: After a winter of gales, the council of Eastport wants to rebuild the pier by the end of next year.",
		"The council voted on Monday. Mayor Ida Strand is not attending the ceremony; she will visit the islands afterward, according to town sources. The port plans to widen its ferry service and also open a new fish market.",
		"Builders from three towns bid for the contract, which is worth two million crowns.",
		"The first ferries are expected in May.",
	}
	if !slices.Equal(r.Paragraphs, want) {
		t.Errorf("Paragraphs =\n%q\nwant\n%q", r.Paragraphs, want)
	}
}

func TestCleanKeepsDistinctParagraphsOnOneTopic(t *testing.T) {
	in := "The council voted on Monday to rebuild the pier that storms destroyed last winter, the mayor said.\n\n" +
		"The pier was built in 1902 and rebuilt once after a fire in 1950, the town archive shows.\n\n" +
		"The mayor said the council expects the pier to reopen next summer if the weather allows the work."
	r := Clean(in, Options{})
	if len(r.Paragraphs) != 3 {
		t.Errorf("got %d paragraphs, want 3; removed %q", len(r.Paragraphs), r.Removed)
	}
}

func TestCleanKeepsRowsWithOtherNumbers(t *testing.T) {
	in := "The festival menu for the first day of the harbour fair lists 2 rolls, 1 apple, 3 cups of tea and a fish soup.\n\n" +
		"The festival menu for the second day of the harbour fair lists 4 rolls, 1 apple, 5 cups of tea and a fish soup."
	if r := Clean(in, Options{}); len(r.Paragraphs) != 2 {
		t.Errorf("got %d paragraphs, want 2; removed %q", len(r.Paragraphs), r.Removed)
	}
}

func TestCleanKeyPoints(t *testing.T) {
	body := "Harbour town votes to rebuild the old pier\n\nThe council of Eastport voted on Monday to rebuild the pier.\n\nThe work starts in spring.\n\n"
	tests := []struct {
		name string
		list string
		want []string
	}{
		{"numbered", "  1. The council voted to rebuild the pier.\n  2. Work starts in spring.\n  3. The mayor backs the plan.\n\nRead also:\n\nComments",
			[]string{"The council voted to rebuild the pier.", "Work starts in spring.", "The mayor backs the plan."}},
		{"bulleted with heading", "Key points:\n• The council voted to rebuild the pier.\n• Work on the new pier starts in spring.\n• The mayor backs the plan and its cost.",
			[]string{"The council voted to rebuild the pier.", "Work on the new pier starts in spring.", "The mayor backs the plan and its cost."}},
		{"a list the article introduces is text", "Here are three reasons the harbour plan may still fail:\n1. The council has not yet found the money for it.\n2. The builders have not signed any contract so far.\n3. The storms may come back before the work is done.", nil},
		{"a closing ranking is text", "1. Eastport (2.)\n2. Westport (1.)\n3. Northby (3.)\n4. Southby (4.)", nil},
		{"two items is no list", "1. The council voted.\n2. Work starts in spring.", nil},
		{"not starting at one", "4. The council voted.\n5. Work starts in spring.\n6. The mayor backs it.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Clean(body+tt.list, Options{})
			if !slices.Equal(r.KeyPoints, tt.want) {
				t.Errorf("KeyPoints = %q, want %q", r.KeyPoints, tt.want)
			}
			for _, p := range r.Paragraphs {
				for _, k := range tt.want {
					if strings.Contains(p, k) {
						t.Errorf("key point %q left in paragraph %q", k, p)
					}
				}
			}
			n := 0
			for _, rm := range r.Removed {
				if rm.Reason == core.ReasonKeyPoints {
					n++
				}
			}
			if len(tt.want) > 0 && n < len(tt.want) {
				t.Errorf("%d key-point removals recorded, want >= %d", n, len(tt.want))
			}
		})
	}
}

func TestCleanParagraphSplitting(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank lines", "First paragraph here, it is long enough.\n\nSecond paragraph here.\n\n\n\nThird.", []string{"First paragraph here, it is long enough.", "Second paragraph here.", "Third."}},
		{"single newlines", "First paragraph here, it is long enough.\nSecond paragraph here.\r\nThird.", []string{"First paragraph here, it is long enough.", "Second paragraph here.", "Third."}},
		{"hard wrapped", "The council of Eastport voted on Monday to rebuild the old pier that\nthe storms destroyed last winter, and the mayor said that the work\nwould start in spring.\n\nWork starts in spring.", []string{"The council of Eastport voted on Monday to rebuild the old pier that the storms destroyed last winter, and the mayor said that the work would start in spring.", "Work starts in spring."}},
		{"short lines are not wrapped", "Harbour town votes on the pier\non Monday, 2 March 2021\nThe council of Eastport voted to rebuild the pier.\nwork starts in spring.", []string{"The council of Eastport voted to rebuild the pier.", "work starts in spring."}},
		{"spaces collapsed", "  Too   many\u00a0 spaces here.  ", []string{"Too many spaces here."}},
		{"empty", "", nil},
		{"only blanks", "\n\n \t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in, Options{}).Paragraphs; !slices.Equal(got, tt.want) {
				t.Errorf("Paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanRepairsGlue(t *testing.T) {
	in := "Harbour town votes to rebuild the old pier\n\nThe talks betweenRomania and the council were held on Monday, officials said.\n\nThe mayor was not presentciting other duties, and the governments,led by the coast, agreed."
	r := Clean(in, Options{})
	text := strings.Join(r.Paragraphs, "\n")
	for _, w := range []string{"between Romania", "present citing", "governments, led"} {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q: %q", w, text)
		}
	}
	r = Clean(in, Options{KeepGlued: true})
	if !strings.Contains(strings.Join(r.Paragraphs, "\n"), "betweenRomania") {
		t.Errorf("KeepGlued repaired glue anyway")
	}
}

func TestCleanBadInput(t *testing.T) {
	for _, in := range []string{"\xff\xfe\x00bad", "\x00\x01\x02", strings.Repeat("#", 5000), strings.Repeat("1. x\n", 1000), "...", "…\n…\n…"} {
		r := Clean(in, Options{})
		for _, p := range r.Paragraphs {
			if strings.TrimSpace(p) == "" {
				t.Errorf("Clean(%q) returned an empty paragraph", in[:min(len(in), 20)])
			}
		}
	}
}

// TestCleanDates checks the date read from a dateline through internal/dates.
func TestCleanDates(t *testing.T) {
	fetched := time.Date(2021, 3, 10, 12, 0, 0, 0, time.UTC)
	body := "\n\nThe council of Eastport voted on Monday to rebuild the pier that storms destroyed last winter.\n\nWork starts in spring."
	tests := []struct {
		name string
		in   string
		opts Options
		want string
	}{
		{"dateline under title", "Harbour town votes to rebuild the old pier\n\n09:15 - 02/03/2021 Tuesday" + body, Options{}, "2021-03-02"},
		{"date in byline", "Harbour town votes to rebuild the old pier\n\nBy Anna Berg | March 3, 2021" + body, Options{}, "2021-03-03"},
		{"dateline above title", "March 3, 2021\n\nHarbour town votes to rebuild the old pier" + body, Options{}, "2021-03-03"},
		{"relative stamp with fetch time", "Harbour town votes to rebuild the old pier" + body + "\n\n3 days ago", Options{Fetched: fetched}, "2021-03-07"},
		{"relative stamp without fetch time", "Harbour town votes to rebuild the old pier" + body + "\n\n3 days ago", Options{}, ""},
		{"no date", "Harbour town votes to rebuild the old pier" + body, Options{}, ""},
		{"dateline under a first line that is no headline", "Harbour town votes to rebuild the old pier that storms destroyed, and the mayor is happy.\nPosted: March 3, 2021 7pm ET" + body, Options{}, "2021-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Clean(tt.in, tt.opts)
			if !strings.HasPrefix(r.Published, tt.want) || (tt.want == "" && r.Published != "") {
				t.Errorf("Published = %q, want %q", r.Published, tt.want)
			}
			if r.Title != "Harbour town votes to rebuild the old pier" && !strings.HasPrefix(tt.name, "dateline under a first") {
				t.Errorf("Title = %q", r.Title)
			}
			for _, p := range r.Paragraphs {
				if isDateLine(p) {
					t.Errorf("dateline left in the text: %q", p)
				}
			}
		})
	}
}

// A dateline on its own line above the lede is no headline: it opens the
// first paragraph, as printed.
func TestPlaceDatelineLine(t *testing.T) {
	cases := []struct{ text, title, first string }{
		{"TOLMOUTH —\nThe ferry council voted on Tuesday to repair the north pier before the summer season.\nWork starts in May, the council said.",
			"", "TOLMOUTH — The ferry council voted on Tuesday to repair the north pier before the summer season."},
		{"Pier repairs approved\nPORT ELMSWORTH, Nth. —\nThe ferry council voted on Tuesday to repair the north pier before the summer season.\nWork starts in May.",
			"Pier repairs approved", "PORT ELMSWORTH, Nth. — The ferry council voted on Tuesday to repair the north pier before the summer season."},
		{"Tolmouth (FNA) –\nThe ferry council voted on Tuesday to repair the north pier before the summer season.\nWork starts in May.",
			"", "Tolmouth (FNA) – The ferry council voted on Tuesday to repair the north pier before the summer season."},
	}
	for _, c := range cases {
		r := Clean(c.text, Options{})
		if r.Title != c.title || len(r.Paragraphs) == 0 || r.Paragraphs[0] != c.first {
			t.Errorf("%q:\ntitle %q, first paragraph %q;\nwant %q, %q", c.text, r.Title, first(r.Paragraphs), c.title, c.first)
		}
	}
	for _, s := range []string{"TOLMOUTH —", "Port Elmsworth, Nth. —", "Tolmouth, Oct 30 (FNA) -"} {
		if !isPlaceDateline(s) {
			t.Errorf("isPlaceDateline(%q) = false", s)
		}
	}
	for _, s := range []string{"The ferry council voted —", "Pier repairs approved", "—", "a b c d e f g —"} {
		if isPlaceDateline(s) {
			t.Errorf("isPlaceDateline(%q) = true", s)
		}
	}
}

func first(ps []string) string {
	if len(ps) == 0 {
		return ""
	}
	return ps[0]
}

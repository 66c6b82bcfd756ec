package quotes

import (
	"strings"

	"github.com/storyline/storyline/internal/core"
)

// pressWords mark an organisation's name as a newspaper's, news agency's
// or broadcaster's ("The Anchorage Daily News"), for "the newspaper said".
var pressWords = set("times", "post", "news", "journal", "herald", "tribune", "gazette", "daily",
	"telegraph", "globe", "star", "chronicle", "inquirer", "observer", "guardian", "press",
	"reuters", "agency", "newspaper", "magazine", "television", "tv", "radio", "bbc", "cnn")

// pressNouns are descriptions of a newspaper or news outlet.
var pressNouns = set("newspaper", "paper", "daily", "magazine", "outlet", "broadcaster", "network", "tabloid")

// orgDescriptionNouns describe an organisation by a word its name holds
// ("the ministry" -> "Ministry of Defence", "the committee" -> "House
// Natural Resources Committee").
var orgDescriptionNouns = set("ministry", "committee", "agency", "company", "department", "office",
	"council", "commission", "court", "bank", "union", "party", "church", "group", "organization",
	"organisation", "association", "institute", "foundation", "board", "bureau", "service",
	"administration", "authority", "club", "team", "university", "school", "hospital", "firm")

// describedEntity resolves a description standing as a source ("the
// pastor", "the newspaper", "the committee") to a named entity mentioned
// before byte p, outside quotations: a person the text gave that role
// ("Pastor Ana Lind", "Lind, the pastor"), a news organisation for a
// press noun, an organisation whose name holds the noun. It looks back
// over at most maxDescriptionBack mentions and returns "" when none fits.
func (d *doc) describedEntity(phrase string, p int) string {
	words := strings.Fields(lower(phrase))
	if len(words) < 2 || !dets[words[0]] && words[0] != "the" {
		return ""
	}
	head := possessiveHead(strings.Trim(words[len(words)-1], ",.;:"))
	i := d.mentionBefore(p)
	for n := 0; i >= 0 && n < maxDescriptionBack; i, n = i-1, n+1 {
		m := d.mentions[i]
		if d.inQuote(m.Start) {
			continue
		}
		switch m.Type {
		case core.Person:
			for _, r := range m.Roles {
				if r == head {
					return m.Name
				}
			}
		case core.Organisation:
			name := strings.Fields(lower(m.Name))
			if pressNouns[head] {
				for _, w := range name {
					if pressWords[w] {
						return m.Name
					}
				}
			} else if orgDescriptionNouns[head] {
				for _, w := range name {
					if w == head {
						return m.Name
					}
				}
			}
		}
	}
	return ""
}

// maxDescriptionBack bounds how far back describedEntity looks, in
// mentions.
const maxDescriptionBack = 60

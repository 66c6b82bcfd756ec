package novelty

import (
	"regexp"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/ner/gazetteer"
)

// A person's nickname is written in brackets or quotes between the given
// name and the surname ("Kimani (Kiki) Gray", `Vincent "The Chin"
// Gigante`): the storyline remembers the name without it and the nickname
// a name of the sentence made of the given name and nickname only
// ("kimani kiki", "kiki") asks for the person (nickQuery), so a report that
// adds the nickname to a known name names no one new. (A later "Kiki Gray"
// needs no key: its words were used.) A team's plural name of seven letters or more
// ("Jaguars") is remembered clipped ("Jags", "Jagus": its first three or
// four letters and "s", clipKeys), as sports reports shorten it.

// nickPattern finds a nickname between a given name and a surname. The
// text is unaccented and may carry ECB+'s spaces inside quotes.
var nickPattern = regexp.MustCompile(`\b([A-Z][a-z]+)\s+(?:\(\s*|["“]\s*)((?:[Tt]he\s+)?[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*)?)\s*(?:\)|["”])\s+([A-Z][A-Za-z'’-]+)`)

// nick is a person's name written with a nickname (lower case).
type nick struct{ given, nick, surname string }

// nicknames are the names with a nickname in s.
func nicknames(s string) []nick {
	if !strings.ContainsAny(s, "(\"“") {
		return nil
	}
	var out []nick
	for _, m := range nickPattern.FindAllStringSubmatch(s, -1) {
		out = append(out, nick{strings.ToLower(m[1]), strings.ToLower(strings.Join(strings.Fields(m[2]), " ")), strings.ToLower(m[3])})
	}
	return out
}

// nickQuery are the keys name n (lower case, without "name:") asks for
// when its words are all of a given name and nickname of ns (those of its
// sentence): the person without the nickname, or the nickname with the
// surname.
func nickQuery(n string, ns []nick) []string {
	var out []string
	for _, x := range ns {
		words := append(strings.Fields(x.given), strings.Fields(x.nick)...)
		all := true
		for w := range strings.FieldsSeq(n) {
			if !slices.Contains(words, w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, "name:"+x.given+" "+x.surname, "name:"+strings.TrimPrefix(x.nick, "the ")+" "+x.surname)
		}
	}
	return out
}

// clipKeys are the clipped forms of a one-word plural name n (lower case)
// of seven letters or more: "jaguars" gives "jags" and "jagus". A place
// ("Netherlands", "Philippines") is no team: the Nets and the Phils are
// not it.
func clipKeys(n string) []string {
	if len(n) < 7 || !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || !letters(n) || gazetteer.Lookup(n) != 0 {
		return nil
	}
	return []string{"name:" + n[:3] + "s", "name:" + n[:4] + "s"}
}

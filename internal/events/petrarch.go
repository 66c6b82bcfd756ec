package events

// Petrarch2 unit-test scoring. PETR.UnitTest.records.xml (openeventdata/
// petrarch2, MIT) is read at run time: <Sentence> elements holding one or
// more <EventCoding eventcode="..."> and a <Text>. The sentences use
// fictional actors. Its codes are WEIS codes (weis.go). A record counts
// when at least one of its codes maps to a category through WEISToPLOVER;
// it is right when the primary event's PLOVER category equals one of them.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// CAMEOType maps a CAMEO event code ("173", "042:043", ":110") to a
// storyline event type. Root 01 (public statements) maps to "-", which
// the trigger lexicon uses for patterns that are not events; "" means the
// code is not a CAMEO event code. The mapping follows the PLOVER table of
// the gold records' README: 084-087 are RETREAT, root 19 (conventional
// military force: artillery, air strikes, occupying territory) is FIGHT,
// roots 18 and 20 ASSAULT; root 02 (appeal) is kept as storyline's
// "appeal", which PLOVER() maps to DEMAND.
func CAMEOType(code string) string {
	code = strings.TrimLeft(strings.TrimSpace(code), ":")
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	if len(code) < 2 || strings.Trim(code, "0123456789") != "" {
		return ""
	}
	switch {
	case code >= "084" && code < "088":
		return "retreat" // return, release, ease sanctions, de-escalate
	}
	return cameoRoots[code[:2]]
}

var cameoRoots = map[string]string{
	"01": "-", "02": "appeal", "03": "express-intent", "04": "consult",
	"05": "support", "06": "cooperate", "07": "aid", "08": "concede",
	"09": "investigate", "10": "demand", "11": "disapprove", "12": "reject",
	"13": "threaten", "14": "protest", "15": "mobilize", "16": "sanction",
	"17": "coerce", "18": "assault", "19": "fight", "20": "assault",
}

var (
	petrSentRE = regexp.MustCompile(`(?s)<Sentence\b.*?</Sentence>`)
	petrCodeRE = regexp.MustCompile(`eventcode="([^"]*)"`)
	petrTextRE = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

// PetrarchRecord is one scored unit-test sentence.
type PetrarchRecord struct {
	Text string
	Want []string // PLOVER categories of the expected codes
	Got  string   // PLOVER category of the primary event, "" when none
}

// Right reports whether Got is one of Want.
func (r PetrarchRecord) Right() bool {
	for _, w := range r.Want {
		if w == r.Got {
			return true
		}
	}
	return false
}

// ScorePetrarch runs Find over the petrarch2 unit-test sentences under dir
// (the petrarch2_unittests folder or the XML file itself).
func ScorePetrarch(ctx context.Context, dir string, opts Options) ([]PetrarchRecord, error) {
	path := dir
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		path = filepath.Join(dir, "PETR.UnitTest.records.xml")
	}
	sents, err := readPetrarch(ctx, path)
	if err != nil {
		return nil, err
	}
	var out []PetrarchRecord
	for _, s := range sents {
		var want []string
		for _, c := range s.codes {
			if cat := WEISToPLOVER(c); cat != "" && cat != "-" {
				want = append(want, cat)
			}
		}
		if len(want) == 0 {
			continue
		}
		r := PetrarchRecord{Text: s.text, Want: want}
		if e, ok := Primary(Find(r.Text, opts)); ok {
			r.Got = PLOVER(e.Type)
		}
		out = append(out, r)
	}
	return out, nil
}

// petrSentence is one sentence of the petrarch2 unit tests: its text (white
// space folded) and the CAMEO codes expected of it.
type petrSentence struct {
	text  string
	codes []string
}

// readPetrarch reads the petrarch2 unit-test XML at path.
func readPetrarch(ctx context.Context, path string) ([]petrSentence, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("petrarch unit tests: %w", err)
	}
	var out []petrSentence
	for _, s := range petrSentRE.FindAllString(string(raw), -1) {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		tm := petrTextRE.FindStringSubmatch(s)
		if tm == nil {
			continue
		}
		ps := petrSentence{text: strings.Join(strings.Fields(tm[1]), " ")}
		for _, c := range petrCodeRE.FindAllStringSubmatch(s, -1) {
			ps.codes = append(ps.codes, c[1])
		}
		out = append(out, ps)
	}
	return out, nil
}

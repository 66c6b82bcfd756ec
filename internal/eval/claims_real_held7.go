package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/extract"
)

// held7Docs reads the seventh held-out claims sample (fifteenth pass),
// sorted by id: the article pages of the Zyte extraction benchmark
// (extraction-zyte/html, 181 pages of November 2019 news, several stories
// told by three or four outlets), extracted as ingest extracts HTML, that
// read as English news text (englishText) and that neither the
// trafilatura benchmark (by URL or by the bytes of the page) nor the
// dates-htmldate dev split (by URL) holds too. No other claims sample reads them.
// The pages are only read for claims judged by hand: no extraction
// figure is computed here: of ground-truth.json only the pages' URLs are
// read, never the article bodies.
func held7Docs(ctx context.Context, o ClaimsSampleOptions) ([]realDoc, error) {
	seenURL, seenPage, err := trafilaturaPages(o.Shared)
	if err != nil {
		return nil, err
	}
	dd := filepath.Join(o.Shared, "bench", "dates-htmldate")
	for _, f := range []string{"eval_default.json"} { // the test file, eval_mediacloud_2020.json, stays unread
		raw, err := os.ReadFile(filepath.Join(dd, f))
		if err != nil {
			return nil, fmt.Errorf("claims real sample: %w", err)
		}
		var items map[string]json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, fmt.Errorf("claims real sample: %s: %w", filepath.Join(dd, f), err)
		}
		for u := range items {
			seenURL[plainURL(u)] = true
		}
	}
	zdir := filepath.Join(o.Shared, "bench", "extraction-zyte")
	raw, err := os.ReadFile(filepath.Join(zdir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("claims real sample: %w", err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("claims real sample: %s: %w", filepath.Join(zdir, "ground-truth.json"), err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	ex := extract.New(extract.Options{})
	var docs []realDoc
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		u := truth[id].URL
		if seenURL[plainURL(u)] {
			continue
		}
		text, ok, err := pageText(ctx, ex, filepath.Join(zdir, "html", id+".html.gz"), u, seenPage)
		if err != nil {
			return nil, err
		}
		if ok {
			docs = append(docs, realDoc{id: "zyte/" + id[:16], text: text})
		}
	}
	return docs, nil
}

// A RealPair is two occurrences of one holder in two documents.
type RealPair struct {
	A, B RealClaim
	// Joined is set when the two sentences share a claim key (one group).
	Joined bool
	// Verdict is y (one claim: they belong in one group), n, or 0 when
	// not judged.
	Verdict byte
}

// PairScore counts the judged pairs.
type PairScore struct {
	// Judged pairs, Same those judged one claim, Joined those of Same one
	// key groups; Wrong counts the pairs judged two claims that one key
	// groups (only claims.Join can, a pair is judged apart), Unjudged the
	// pairs claims.Join groups that no verdict judges yet.
	Judged, Same, Joined, Wrong, Unjudged int
}

// Apart is the share of same-claim pairs that no key joins.
func (s PairScore) Apart() float64 { return ratio(s.Same-s.Joined, s.Same) }

// RealClaimPairs returns, of the occurrences of a sample, every pair of
// two documents whose claims have one holder, with the verdict of the
// pair when judged, and counts the verdicts. A pair already joined by a
// key is listed only when judged (it was apart when judged). Statement
// pairs are candidates only where the two gists share a stem, so that a
// speaker's many unrelated quotes do not flood the list.
func RealClaimPairs(occ []RealClaim) ([]RealPair, PairScore, error) {
	judged, err := parseClaimVerdicts(claimsRealJudged)
	if err != nil {
		return nil, PairScore{}, err
	}
	ps, s := claimPairs(occ, judged.pairs)
	return ps, s, nil
}

// claimPairs is RealClaimPairs with the pair verdicts given.
func claimPairs(occ []RealClaim, verdicts map[string]byte) ([]RealPair, PairScore) {
	keys := map[string]map[string]bool{} // occurrence key -> claim keys
	own := map[string]map[string]bool{}  // occurrence key -> own claim keys (before claims.Join)
	for _, c := range occ {
		if keys[c.Key] == nil {
			keys[c.Key], own[c.Key] = map[string]bool{}, map[string]bool{}
		}
		keys[c.Key][c.Claim.Key] = true
		own[c.Key][c.Claim.OwnKey()] = true
	}
	byHolder := map[string][]RealClaim{}
	for _, c := range occ {
		byHolder[c.Claim.Holder] = append(byHolder[c.Claim.Holder], c)
	}
	holders := make([]string, 0, len(byHolder))
	for h := range byHolder {
		holders = append(holders, h)
	}
	sort.Strings(holders)
	var (
		out  []RealPair
		s    PairScore
		seen = map[string]bool{}
	)
	for _, h := range holders {
		cs := byHolder[h]
		for i := range cs {
			for j := range cs {
				a, b := cs[i], cs[j]
				if a.Doc == b.Doc || a.Key >= b.Key || seen[a.Key+" "+b.Key] {
					continue
				}
				joined, ownJoined := false, false
				for k := range keys[a.Key] {
					joined = joined || keys[b.Key][k]
				}
				for k := range own[a.Key] {
					ownJoined = ownJoined || own[b.Key][k]
				}
				v := verdicts[a.Key+" "+b.Key]
				if v == 0 && (ownJoined || !joined && (a.Claim.Statement != b.Claim.Statement ||
					a.Claim.Statement && !shareStem(a.Claim.Object, b.Claim.Object))) {
					continue // listed: pairs apart, and pairs claims.Join joined
				}
				seen[a.Key+" "+b.Key] = true
				out = append(out, RealPair{A: a, B: b, Joined: joined, Verdict: v})
				if v == 0 {
					if joined {
						s.Unjudged++
					}
					continue
				}
				s.Judged++
				switch {
				case v == 'y':
					s.Same++
					if joined {
						s.Joined++
					}
				case joined:
					s.Wrong++
				}
			}
		}
	}
	return out, s
}

// shareStem reports whether two statement objects (stems joined by "+")
// share one.
func shareStem(a, b string) bool {
	for _, x := range strings.Split(a, "+") {
		for _, y := range strings.Split(b, "+") {
			if x == y {
				return true
			}
		}
	}
	return false
}

// VerdictLine renders the pair's line for the judgments file ('?' when
// not judged).
func (p RealPair) VerdictLine() string {
	v := p.Verdict
	if v == 0 {
		v = '?'
	}
	return fmt.Sprintf("P\t%s\t%s\t%c", p.A.Key, p.B.Key, v)
}

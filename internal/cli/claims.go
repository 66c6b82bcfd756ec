package cli

import (
	"context"
	"strings"

	"github.com/storyline/storyline/internal/store"
)

// statementKey reports whether a claim key is a statement claim's (a
// speaker's quote keyed by its gist, package claims: "holder|says|...").
func statementKey(key string) bool { return strings.Contains(key, "|says|") }

// listClaims lists the claim groups of f. Statement claims that one
// article alone carries are left out unless singles is set: a stance
// claim is a position a reader follows from its first statement, a quote
// becomes a recurring claim when another article carries it (of 52 such
// single quotes judged, 39 were right, at about 4.5 an article).
func listClaims(ctx context.Context, st store.Store, f store.ClaimFilter, singles bool) ([]store.ClaimGroup, error) {
	if singles {
		return st.Claims(ctx, f)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	f.Limit = 4 * limit // room for the singles left out
	gs, err := st.Claims(ctx, f)
	if err != nil {
		return nil, err
	}
	kept := gs[:0]
	for _, g := range gs {
		if statementKey(g.Key) && g.Articles < 2 {
			continue
		}
		kept = append(kept, g)
		if len(kept) == limit {
			break
		}
	}
	return kept, nil
}

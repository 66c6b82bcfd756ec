package cli

import (
	"context"

	"github.com/storyline/storyline/internal/store"
)

// listClaims lists the claim groups of f; single-article statement claims
// only with singles (store.ClaimFilter.Singles).
func listClaims(ctx context.Context, st store.Store, f store.ClaimFilter, singles bool) ([]store.ClaimGroup, error) {
	f.Singles = singles
	return st.Claims(ctx, f)
}

package cli

import (
	"context"
	"errors"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/ingest"
)

// defaultStages are the processing stages ingest runs after extraction: the
// language layer (entities, quotes, events). An article too long for it is
// stored without annotations rather than refused.
func defaultStages() []ingest.Stage {
	z := analyze.New(analyze.Options{})
	return []ingest.Stage{ingest.StageFunc(func(ctx context.Context, a *core.Article) error {
		err := z.Process(ctx, a)
		if errors.Is(err, core.ErrTooLarge) {
			return nil
		}
		return err
	})}
}

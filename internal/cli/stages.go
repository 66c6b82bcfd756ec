package cli

import (
	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/ingest"
)

// defaultStages are the processing stages ingest runs after extraction: the
// language layer (entities, quotes, events). An article too long for it is
// stored without annotations rather than refused.
func defaultStages() []ingest.Stage {
	return []ingest.Stage{ingest.SkipTooLarge(analyze.New(analyze.Options{}))}
}

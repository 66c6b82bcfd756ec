package cli

import "github.com/storyline/storyline/internal/ingest"

// defaultStages are the processing stages ingest runs after extraction.
func defaultStages() []ingest.Stage { return nil }

// Package cli holds storyline's cobra commands, one file per command. The
// commands are thin: they parse flags, call the pipeline packages and render
// results; wire formats (JSON output) live here, not in internal/core.
package cli

// Package core holds storyline's core types: the raw Document a source yields,
// the clean Article the pipeline produces, and what the language and story
// stages attach to it. It has no wire formats: JSON and SQL mapping live at the
// edges (internal/cli, internal/store, internal/server).
package core

// Package eval scores storyline on public benchmark data read from
// ../shared/bench at run time: extraction (Zyte token-shingle P/R/F1 and the
// trafilatura snippet evaluation), publication dates (htmldate's day-level
// accuracy and F) and the harness helpers the `storyline eval` commands use.
// Nothing here embeds benchmark data.
package eval

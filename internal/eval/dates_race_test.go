//go:build race

package eval

// datesRaceEnabled makes the dev-floor test score a sample: the race
// detector slows the full split past a sensible test time.
const datesRaceEnabled = true

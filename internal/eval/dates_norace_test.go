//go:build !race

package eval

const datesRaceEnabled = false

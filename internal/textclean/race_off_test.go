//go:build !race

package textclean

const raceEnabled = false

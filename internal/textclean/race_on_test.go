//go:build race

package textclean

// raceEnabled shrinks the large-input test under the race detector, which
// slows this code about tenfold.
const raceEnabled = true

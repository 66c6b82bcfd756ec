//go:build !race

package eval

const claimsRaceEnabled = false

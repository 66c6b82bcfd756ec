//go:build race

package eval

// claimsRaceEnabled makes TestRealClaimsSample check a smaller tuning
// sample only: the race detector slows the full samples past a sensible
// test time.
const claimsRaceEnabled = true

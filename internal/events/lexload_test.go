package events

import "testing"

// BenchmarkLexicon measures compiling both trigger files (done once per
// process, on the first Find).
func BenchmarkLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		theLexiconBuild()
	}
}

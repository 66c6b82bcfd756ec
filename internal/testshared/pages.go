package testshared

import (
	"fmt"
	"strings"
)

// LedgerPage is a fictional HTML page dated nowhere: a short report on the
// Varrow ferry tonnage and a table of rows rows of ten numbered cells. Tests
// of the bounded whole-page date search pass more rows than
// dates.MaxLibraryElements/10, so that the page has more elements than it
// reads.
func LedgerPage(rows int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Varrow ferry tonnage</title></head><body><article><h1>Varrow ferry tonnage</h1>` +
		`<p>The Varrow ferry office published its tonnage ledger for the north pier, crossing by crossing, as the harbour council asked.</p>` +
		`<p>Councillor Mara Tendel said the figures would guide the repair of the pier before summer.</p><table>`)
	for r := range rows {
		b.WriteString("<tr>")
		for c := range 10 {
			fmt.Fprintf(&b, "<td>%d</td>", (r*10+c)*7919%99991)
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></article></body></html>")
	return []byte(b.String())
}

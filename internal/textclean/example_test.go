package textclean_test

import (
	"fmt"

	"github.com/storyline/storyline/internal/textclean"
)

func ExampleClean() {
	page := `Skip to content

Harbour town votes to rebuild the old pier

By Anna Berg

The council of Eastport voted on Monday to rebuild the pier betweenMay and June.

Comments`
	r := textclean.Clean(page, textclean.Options{})
	fmt.Println(r.Title)
	fmt.Println(r.Authors)
	fmt.Println(r.Paragraphs[0])
	for _, rm := range r.Removed {
		fmt.Printf("%s: %s\n", rm.Reason, rm.Text)
	}
	// Output:
	// Harbour town votes to rebuild the old pier
	// [Anna Berg]
	// The council of Eastport voted on Monday to rebuild the pier between May and June.
	// debris: Skip to content
	// debris: Comments
}

func ExampleRepairGlued() {
	fmt.Println(textclean.RepairGlued("Leaders of the Unionhave met betweenMay and June,citing costs."))
	// Output: Leaders of the Union have met between May and June, citing costs.
}

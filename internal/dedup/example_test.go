package dedup_test

import (
	"context"
	"fmt"

	"github.com/storyline/storyline/internal/dedup"
)

func ExampleDetector_Check() {
	ctx := context.Background()
	d := dedup.NewDetector(nil, dedup.Options{})
	text := "The river ferry between Alden and Morrow will stop running in March, the operator said, because the landing on the Morrow side is sinking into the mud."
	r1, _ := d.Check(ctx, "a1", text)
	r2, _ := d.Check(ctx, "a2", "Advertisement. "+text)
	fmt.Printf("%q %q\n", r1.DuplicateOf, r2.DuplicateOf)
	// Output: "" "a1"
}

package ner_test

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/ner"
)

func ExampleTagger_Tag() {
	t, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	sent := strings.Fields("Anna Kowalczyk flew to Germany on Monday .")
	fmt.Println(strings.Join(t.Tag(sent), " "))
	// Output: B-PER I-PER O O B-LOC O O O
}

func ExampleEntities() {
	text := "The European Union sent Anna Kowalczyk to Brussels."
	for _, m := range ner.Entities(text) {
		fmt.Printf("%s %q %d:%d\n", m.Type, m.Text, m.Start, m.End)
	}
	// Output:
	// ORG "European Union" 4:18
	// PER "Anna Kowalczyk" 24:38
	// LOC "Brussels" 42:50
}

package novelty

import (
	"context"
	"reflect"
	"testing"
)

// TestLearnRemembersAsCheckDoes: an article judged after Learn(earlier)
// gets the verdicts it gets after Check(earlier).
func TestLearnRemembersAsCheckDoes(t *testing.T) {
	ctx := context.Background()
	earlier := []string{"Tarn Valley dam gates stay shut",
		"The Tarn Valley dam authority said on Monday that the north spillway gates would stay shut until engineers finished checking the cracked support pillar.\n\n" +
			"Farmers in Orrin asked the authority for a water schedule, the farmers' cooperative said.\n\nMayor Ilse Marren said Orrin was ready for talks with the authority."}
	later := []string{"Dam authority promises water schedule",
		"The north spillway gates stay shut while engineers check the cracked support pillar, the Tarn Valley dam authority said.\n\n" +
			"Mayor Ilse Marren said Orrin stood ready for negotiations with the authority.\n\n" +
			"A maintenance diver found the crack during a survey of the spillway on 3 May."}
	checked := NewDetector(nil, Options{})
	if _, err := checked.Check(ctx, 1, earlier[0], earlier[1]); err != nil {
		t.Fatal(err)
	}
	want, err := checked.Check(ctx, 1, later[0], later[1])
	if err != nil {
		t.Fatal(err)
	}
	learnt := NewDetector(nil, Options{})
	if err := learnt.Learn(ctx, 1, earlier[0], earlier[1]); err != nil {
		t.Fatal(err)
	}
	got, err := learnt.Check(ctx, 1, later[0], later[1])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after Learn:\n%+v\nafter Check:\n%+v", got, want)
	}
	old := 0
	for _, s := range want {
		if !s.New {
			old++
		}
	}
	if old < 2 {
		t.Errorf("fixture too weak: only %d of the later article's sentences judged old: %+v", old, want)
	}
}

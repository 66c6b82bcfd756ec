package stream

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/internal/story/clusterscore"
)

// TestEvalSeedsMatchesEval checks that EvalSeeds, which loads a set and
// extracts its claims once, gives for file order and each seed the
// figures that one Eval run per order gives (fictional set).
func TestEvalSeedsMatchesEval(t *testing.T) {
	dir := t.TempDir()
	type line struct {
		ID       string `json:"id"`
		Subtopic string `json:"subtopic"`
		Split    string `json:"split"`
		Title    string `json:"title"`
		Text     string `json:"text"`
	}
	events := []struct{ topic, title, text string }{
		{"1_1", "Fire closes the Tarnow river bridge", "A fire broke out under the old Tarnow river bridge on Monday, closing it to traffic. Fire chief Olek Marsh said 14 crews fought the blaze for 6 hours. The mayor of Tarnow said the bridge will stay shut for 3 weeks."},
		{"2_1", "Velmar ferry crews strike over pay", "Ferry crews in Velmar walked out on Tuesday in a dispute over pay. Union leader Ines Kobal said 220 workers joined the strike. The Velmar harbour board said it will meet the union on Friday."},
		{"3_1", "Young player wins the Ostrava chess open", "Sixteen-year-old Mara Lind won the Ostrava chess open on Sunday, beating the top seed in the final round. Tournament director Pavel Ruth said 180 players entered. Lind said she will play in the national final in May."},
		{"4_1", "Floods cut the railway north of Dunmore", "Heavy rain flooded the railway line north of Dunmore on Wednesday. The rail operator said 40 trains were cancelled. Engineer Sam Okafor said repairs would take 9 days."},
	}
	var lines []line
	for i := 0; i < 5; i++ {
		for k, e := range events {
			split := "train"
			if i == 4 {
				split = "dev"
			}
			lines = append(lines, line{
				ID: fmt.Sprintf("%d_%dfic", k+1, i), Subtopic: e.topic, Split: split,
				Title: e.title + fmt.Sprintf(", report %d", i+1),
				Text:  fmt.Sprintf("Report %d. %s Witness number %d said the scene was calm by evening.", i+1, e.text, i+2),
			})
		}
	}
	// Reports that mix two events' words: where they go depends on
	// what came before them, so the orders score differently.
	for i := 0; i < 6; i++ {
		a, b := events[i%4], events[(i+1)%4]
		lines = append(lines, line{
			ID: fmt.Sprintf("%d_mix%d", i%4+1, i), Subtopic: a.topic, Split: "train",
			Title: b.title, Text: a.text + " " + b.text,
		})
	}
	f, err := os.Create(filepath.Join(dir, "ecbplus_docs.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, warm := range []bool{false, true} {
		o := EvalOptions{Dir: dir, Split: "train", Warm: warm}
		seeds := []uint64{2, 5, 9}
		rs, err := EvalSeeds(ctx, o, seeds)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != len(seeds)+1 {
			t.Fatalf("warm %v: %d results, want %d", warm, len(rs), len(seeds)+1)
		}
		for i, r := range rs {
			one := o
			if i > 0 {
				one.Shuffle, one.Seed = true, seeds[i-1]
			}
			want, err := Eval(ctx, one)
			if err != nil {
				t.Fatal(err)
			}
			if !sameScores(r.Scores, want.Scores) || r.Set != want.Set {
				t.Errorf("warm %v, run %d: EvalSeeds %+v, Eval %+v", warm, i, r.Scores, want.Scores)
			}
			if r.Scores.N != 22 {
				t.Errorf("warm %v, run %d: %d documents scored, want the 22 of train", warm, i, r.Scores.N)
			}
		}
	}
}

// sameScores compares two scores up to the rounding of sums taken in
// another order (clusterscore.Score sums over maps).
func sameScores(a, b clusterscore.Scores) bool {
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return a.N == b.N && a.GoldClusters == b.GoldClusters && a.PredClusters == b.PredClusters &&
		near(a.BCubedP, b.BCubedP) && near(a.BCubedR, b.BCubedR) && near(a.BCubedF1, b.BCubedF1) && near(a.ARI, b.ARI)
}

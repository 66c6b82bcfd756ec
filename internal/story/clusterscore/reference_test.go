package clusterscore

import (
	"encoding/json"
	"github.com/storyline/storyline/internal/testshared"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func sharedDir(t *testing.T) string {
	return testshared.Dir(t)
}

// TestReference scores the released ECB+ test clustering of Barhom et al.
// (TF-IDF + K-means, k = 20) and checks the figures recomputed in
// reference-outputs: ARI 0.9651, BCubed P 0.9705 R 0.9651 F1 0.9678.
func TestReference(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "bench", "clustering", "ecbplus")
	b, err := os.ReadFile(filepath.Join(dir, "reference-outputs", "barhom2019_kmeans_predicted_topics.json"))
	if err != nil {
		t.Skipf("no reference output: %v", err)
	}
	var ref struct{ Clusters [][]string }
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	docs, _, err := LoadBench(dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	cluster := map[string]int{}
	for i, c := range ref.Clusters {
		for _, id := range c {
			cluster[id] = i
		}
	}
	var pred, gold []string
	for _, d := range docs {
		c, ok := cluster[d.ID]
		if !ok {
			t.Fatalf("%s not in the reference clustering", d.ID)
		}
		pred = append(pred, string(rune('A'+c)))
		gold = append(gold, d.Gold)
	}
	s, err := Score(pred, gold)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want float64
	}{{"ARI", s.ARI, 0.9651}, {"BCubed P", s.BCubedP, 0.9705}, {"BCubed R", s.BCubedR, 0.9651}, {"BCubed F1", s.BCubedF1, 0.9678}} {
		if math.Abs(c.got-c.want) > 0.00005 {
			t.Errorf("%s = %.5f, want %.4f", c.what, c.got, c.want)
		}
	}
	if s.N != 210 || s.GoldClusters != 20 || s.PredClusters != 20 {
		t.Errorf("n=%d gold=%d pred=%d, want 210 20 20", s.N, s.GoldClusters, s.PredClusters)
	}
}

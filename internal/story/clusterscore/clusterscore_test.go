package clusterscore

import (
	"errors"
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold []string
		p, r, f    float64
		ari        float64
	}{
		// scikit-learn's documented example: ARI([0,0,1,2],[0,0,1,1]) = 0.5714.
		{"sklearn doc", []string{"0", "0", "1", "2"}, []string{"0", "0", "1", "1"}, 1, 0.75, 2 * 0.75 / 1.75, 0.5714285714},
		{"identical", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1, 1, 1},
		// Hand computed: pred {1,2,3}{4,5}; gold {1,2}{3,4,5}.
		// P: items 1,2: 2/3; item 3: 1/3; items 4,5: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
		// R: items 1,2: 2/2; item 3: 1/3; items 4,5: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
		// ARI: sum C(nij,2) = 1+0+0+1 = 2; pred 3+1 = 4; gold 1+3 = 4; total 10;
		// expected 1.6; max 4 -> (2-1.6)/(4-1.6) = 1/6.
		{"hand", []string{"A", "A", "A", "B", "B"}, []string{"x", "x", "y", "y", "y"}, 11.0 / 15, 11.0 / 15, 11.0 / 15, 1.0 / 6},
		{"all singletons vs one", []string{"1", "2", "3"}, []string{"g", "g", "g"}, 1, 1.0 / 3, 0.5, 0},
	}
	for _, tt := range tests {
		s, err := Score(tt.pred, tt.gold)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"P", s.BCubedP, tt.p}, {"R", s.BCubedR, tt.r}, {"F1", s.BCubedF1, tt.f}, {"ARI", s.ARI, tt.ari}} {
			if math.Abs(c.got-c.want) > 1e-6 {
				t.Errorf("%s: %s = %.6f, want %.6f", tt.name, c.what, c.got, c.want)
			}
		}
	}
	if _, err := Score([]string{"a"}, nil); !errors.Is(err, ErrMismatch) {
		t.Errorf("mismatch: err = %v, want ErrMismatch", err)
	}
}

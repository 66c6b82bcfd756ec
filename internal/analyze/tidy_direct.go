package analyze

import (
	"cmp"
	"slices"
	"sort"

	"github.com/storyline/storyline/internal/quotes"
)

// directHolders returns holdsDirect(qs[i], qs, i) for every i. holdsDirect
// scans all the quotes for each, quadratic in an article's quotes (a page
// of quote-mark debris has thousands); past a few dozen quotes the lengths
// of the direct quotes inside each are summed with a Fenwick tree instead.
func directHolders(qs []quotes.Quote) []bool {
	if len(qs) < directIndexFrom {
		out := make([]bool, len(qs))
		for i, q := range qs {
			out[i] = holdsDirect(q, qs, i)
		}
		return out
	}
	return indexedDirectHolders(qs)
}

// directIndexFrom is how many quotes make directHolders index them.
const directIndexFrom = 64

// indexedDirectHolders is directHolders in O(n log n): a quote holds the
// direct, non-fragment quotes b with q.Start <= b.Start and b.End <= q.End
// other than those of its very span (holdsDirect's shorter-than-q).
// Quotes taken in order of descending Start each add their length at their
// End; q's sum is then the prefix up to q.End, less those of q's span.
func indexedDirectHolders(qs []quotes.Quote) []bool {
	out := make([]bool, len(qs))
	var cands []int // the direct, non-fragment quotes
	for j, b := range qs {
		if b.End < b.Start {
			for i, q := range qs { // reversed offsets: no order to use
				out[i] = holdsDirect(q, qs, i)
			}
			return out
		}
		if b.Direct && !b.Fragment {
			cands = append(cands, j)
		}
	}
	ends := make([]int, 0, len(cands))
	span := map[[2]int]int{} // lengths of the candidates of each span
	for _, j := range cands {
		ends = append(ends, qs[j].End)
		span[[2]int{qs[j].Start, qs[j].End}] += qs[j].End - qs[j].Start
	}
	slices.Sort(ends)
	ends = slices.Compact(ends)
	byStart := func(idx []int) { // descending Start; ties in any order
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(qs[b].Start, qs[a].Start) })
	}
	byStart(cands)
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	byStart(order)
	tree := make([]int, len(ends)+1) // Fenwick tree over ends, 1-based
	next := 0
	for _, i := range order {
		q := qs[i]
		for ; next < len(cands) && qs[cands[next]].Start >= q.Start; next++ {
			b := qs[cands[next]]
			for k := sort.SearchInts(ends, b.End) + 1; k < len(tree); k += k & -k {
				tree[k] += b.End - b.Start
			}
		}
		inside := 0
		for k := sort.Search(len(ends), func(k int) bool { return ends[k] > q.End }); k > 0; k -= k & -k {
			inside += tree[k]
		}
		inside -= span[[2]int{q.Start, q.End}]
		out[i] = inside > 0 && 2*inside >= q.End-q.Start
	}
	return out
}

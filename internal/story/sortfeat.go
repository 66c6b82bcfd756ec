package story

// Sorting features. slices.SortFunc with byKey or byWeight calls the
// comparison through a function value for every step; these sorts inline
// it. Both orders are total on vectors with distinct keys (byWeight breaks
// ties on the key), so any correct sort gives the same result: these give
// exactly what slices.SortFunc gives. Where keys repeat (a place list before
// it is compacted), the repeated features are equal in weight too.

// sortByKey sorts v by key, ascending (slices.SortFunc(v, byKey)).
func sortByKey(v []Feature) {
	for len(v) > 12 {
		// Median of three as the pivot, then Hoare partition.
		m := len(v) / 2
		a, b, c := v[0].Key, v[m].Key, v[len(v)-1].Key
		p := max(min(a, b), min(max(a, b), c))
		i, j := 0, len(v)-1
		for {
			for v[i].Key < p {
				i++
			}
			for v[j].Key > p {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		// v[:j+1] <= p <= v[j+1:]; recurse into the smaller side.
		if j+1 < len(v)-j-1 {
			sortByKey(v[:j+1])
			v = v[j+1:]
		} else {
			sortByKey(v[j+1:])
			v = v[:j+1]
		}
	}
	for i := 1; i < len(v); i++ {
		x := v[i]
		j := i
		for ; j > 0 && v[j-1].Key > x.Key; j-- {
			v[j] = v[j-1]
		}
		v[j] = x
	}
}

// heavier is byWeight(a, b) < 0: a's weight is higher, or equal with a
// lower key.
func heavier(a, b Feature) bool {
	return a.W > b.W || (a.W == b.W && a.Key < b.Key)
}

// sortByWeight sorts v heaviest first, ties on the lower key
// (slices.SortFunc(v, byWeight)).
func sortByWeight(v []Feature) {
	for len(v) > 12 {
		m := len(v) / 2
		// Median of three by the same order.
		a, b, c := v[0], v[m], v[len(v)-1]
		if heavier(b, a) {
			a, b = b, a
		}
		if heavier(c, b) {
			b = c
			if heavier(b, a) {
				b = a
			}
		}
		p := b
		i, j := 0, len(v)-1
		for {
			for heavier(v[i], p) {
				i++
			}
			for heavier(p, v[j]) {
				j--
			}
			if i >= j {
				break
			}
			v[i], v[j] = v[j], v[i]
			i++
			j--
		}
		if j+1 < len(v)-j-1 {
			sortByWeight(v[:j+1])
			v = v[j+1:]
		} else {
			sortByWeight(v[j+1:])
			v = v[:j+1]
		}
	}
	for i := 1; i < len(v); i++ {
		x := v[i]
		j := i
		for ; j > 0 && heavier(x, v[j-1]); j-- {
			v[j] = v[j-1]
		}
		v[j] = x
	}
}

package story

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// fillStory sets every field of a Story to a value drawn from rng, by
// reflection, so that a field added to Story and not to the record format
// fails TestStoryRecordRoundTrip.
func fillStory(t *testing.T, rng *rand.Rand) *Story {
	t.Helper()
	s := &Story{}
	v := reflect.ValueOf(s).Elem()
	feats := func() []Feature {
		out := make([]Feature, 1+rng.IntN(5))
		for i := range out {
			out[i] = Feature{Key(rng.Uint64()), rng.NormFloat64() * 100}
		}
		out[0].W = float64(rng.IntN(9)) // integral counts are the common case
		return out
	}
	ids := func() []StoryID {
		out := make([]StoryID, 1+rng.IntN(4))
		for i := range out {
			out[i] = StoryID(rng.Int64N(1<<40)) - 1<<20
		}
		return out
	}
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch x := f.Addr().Interface().(type) {
		case *StoryID:
			*x = StoryID(1 + rng.Int64N(1<<50))
		case *LineID:
			*x = LineID(1 + rng.Int64N(1<<50))
		case *int:
			*x = rng.IntN(1 << 30)
		case *int64:
			*x = rng.Int64()
		case *bool:
			*x = true
		case *float64:
			*x = rng.Float64() * 1000
		case *string:
			*x = fmt.Sprintf("Title %d with ünïcode", rng.IntN(1000))
		case *time.Time:
			*x = time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)).UTC()
		case *[]Feature:
			*x = feats()
		case *[]StoryID:
			*x = ids()
		case *[][]Feature:
			*x = [][]Feature{feats(), feats()}
		default:
			t.Fatalf("Story.%s (%s) is not covered: add it to encodeStory, decodeStory and this test", name, f.Type())
		}
	}
	return s
}

func TestStoryRecordRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	cases := []*Story{
		{ID: 1},
		{ID: 2, Size: 3, Line: 1, MergedInto: 1, Actors: []Feature{{KeyOf('e', "Mira Odell"), 2}}, Title: ""},
		{ID: 3, First: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC), Last: time.Date(2024, 5, 3, 0, 0, 0, 1, time.UTC), Members: [][]Feature{}},
		{ID: 4, SimSum: math.Inf(1), PairSum: -0.0, Frags: []StoryID{5, 6}, Title: strings.Repeat("word ", 10000)},
	}
	for i := 0; i < 50; i++ {
		cases = append(cases, fillStory(t, rng))
	}
	for i, s := range cases {
		b, err := encodeStory(nil, s)
		if err != nil {
			t.Fatalf("case %d: encode: %v", i, err)
		}
		got, err := decodeStory(b)
		if err != nil {
			t.Fatalf("case %d: decode: %v", i, err)
		}
		want := *s
		if !reflect.DeepEqual(got, &want) {
			t.Errorf("case %d: round trip\n got %+v\nwant %+v", i, got, &want)
		}
		if math.Float64bits(got.PairSum) != math.Float64bits(s.PairSum) {
			t.Errorf("case %d: PairSum bits changed", i)
		}
		// Every proper prefix is malformed, never a panic.
		for n := 0; n < len(b) && n < 200; n++ {
			if _, err := decodeStory(b[:n]); !errors.Is(err, errBadRecord) {
				t.Fatalf("case %d: prefix %d: err = %v, want errBadRecord", i, n, err)
			}
		}
	}
}

func TestRecordTimeZone(t *testing.T) {
	at := time.Date(2024, 7, 4, 9, 30, 0, 0, time.FixedZone("", 5*3600))
	b, err := encodeStory(nil, &Story{ID: 1, First: at, Last: at})
	if err != nil {
		t.Fatal(err)
	}
	s, err := decodeStory(b)
	if err != nil {
		t.Fatal(err)
	}
	if !s.First.Equal(at) || s.First.Format(time.RFC3339) != at.Format(time.RFC3339) {
		t.Errorf("First = %v, want %v", s.First, at)
	}
}

// synthDocs writes a fictional stream: topics of made-up words and names,
// each told by a few articles over some hours, several at a time.
func synthDocs(n int, seed uint64) []Doc {
	rng := rand.New(rand.NewPCG(seed, 1))
	syl := []string{"ka", "ro", "vel", "tan", "mi", "sor", "dun", "ef", "lo", "gra", "pi", "zem"}
	word := func() string {
		var b strings.Builder
		for j := 0; j < 2+rng.IntN(2); j++ {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		return b.String()
	}
	common := make([]string, 200)
	for i := range common {
		common[i] = word()
	}
	type topic struct {
		words, names []string
		left         int
	}
	newTopic := func() *topic {
		tp := &topic{left: 1 + rng.IntN(12)}
		for j := 0; j < 12; j++ {
			tp.words = append(tp.words, word())
		}
		for j := 0; j < 3; j++ {
			w := word()
			tp.names = append(tp.names, strings.ToUpper(w[:1])+w[1:])
		}
		return tp
	}
	open := []*topic{newTopic(), newTopic(), newTopic()}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]Doc, n)
	for i := range docs {
		k := rng.IntN(len(open))
		tp := open[k]
		pick := func(m int) string {
			var ws []string
			for j := 0; j < m; j++ {
				switch r := rng.IntN(10); {
				case r < 5:
					ws = append(ws, tp.words[rng.IntN(len(tp.words))])
				case r < 7:
					ws = append(ws, tp.names[rng.IntN(len(tp.names))])
				default:
					ws = append(ws, common[rng.IntN(len(common))])
				}
			}
			return strings.Join(ws, " ")
		}
		d := Doc{ID: fmt.Sprint("d", i), Title: pick(6), Text: pick(40) + ". " + pick(40) + "."}
		if i%7 != 0 {
			d.Published = start.Add(time.Duration(i) * time.Hour)
		}
		docs[i] = d
		if tp.left--; tp.left <= 0 {
			open[k] = newTopic()
		}
	}
	return docs
}

// TestSpillMatchesHeap clusters one stream with retired stories kept on
// the heap, spilled to memory chunks and spilled to a file: every
// assignment, reason and story must be the same.
func TestSpillMatchesHeap(t *testing.T) {
	ctx := context.Background()
	docs := synthDocs(3000, 1)
	opts := Options{IdleDocs: 40, MaxActive: 25}
	heap := NewMemState(MemOptions{}).(*memState)
	heap.keepRetired = true
	arena := NewMemState(MemOptions{}).(*memState)
	file := NewMemState(MemOptions{SpillDir: t.TempDir()}).(*memState)
	defer file.Close()
	states := []*memState{heap, arena, file}
	var cs []*Clusterer
	for _, st := range states {
		cs = append(cs, New(st, opts))
	}
	for _, d := range docs {
		var first Assignment
		for k, c := range cs {
			a, err := c.Add(ctx, d)
			if err != nil {
				t.Fatalf("state %d: %s: %v", k, d.ID, err)
			}
			if k == 0 {
				first = a
			} else if !reflect.DeepEqual(a, first) {
				t.Fatalf("state %d: %s: %+v, want %+v", k, d.ID, a, first)
			}
		}
	}
	last := heap.nextID
	if last < 300 {
		t.Fatalf("%d stories: the stream should make many", last)
	}
	for _, st := range states[1:] {
		for id, s := range st.stories {
			if spillable(s) && !slices.Contains(st.toSpill, id) {
				t.Fatalf("retired story %d still on the heap", id)
			}
		}
		if n := len(st.stories); n > int(last)/2 || len(heap.stories) != int(last) {
			t.Errorf("%d of %d stories on the heap (%d without spilling), want most spilled", n, last, len(heap.stories))
		}
	}
	for id := StoryID(1); id <= last; id++ {
		want, ok, err := heap.Story(ctx, id)
		if err != nil || !ok {
			t.Fatalf("story %d lost on the heap: %v", id, err)
		}
		for k, st := range states[1:] {
			got, ok, err := st.Story(ctx, id)
			if err != nil || !ok {
				t.Fatalf("state %d: story %d: ok=%v err=%v", k+1, id, ok, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("state %d: story %d differs:\n got %+v\nwant %+v", k+1, id, got, want)
			}
		}
		for k, c := range cs {
			r, err := c.Resolve(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			l, err := c.Line(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			r0, _ := cs[0].Resolve(ctx, id)
			l0, _ := cs[0].Line(ctx, id)
			if r != r0 || l != l0 {
				t.Fatalf("state %d: story %d resolves to %d/%d, want %d/%d", k, id, r, l, r0, l0)
			}
		}
	}
}

func TestSpillClosed(t *testing.T) {
	ctx := context.Background()
	st := NewMemState(MemOptions{SpillDir: t.TempDir()}).(*memState)
	s := &Story{ID: 1, Size: 1, Title: "Retired"}
	if err := st.Put(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Observe(ctx, nil); err != nil { // spills
		t.Fatal(err)
	}
	if err := st.sp.flush(); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := st.Story(ctx, 1); err != nil || !ok || got.Title != "Retired" || got == s {
		t.Fatalf("Story(1) = %+v, %v, %v; want a decoded copy", got, ok, err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Story(ctx, 1); !errors.Is(err, errSpillClosed) {
		t.Errorf("after Close: err = %v, want errSpillClosed", err)
	}
	if err := st.Put(ctx, &Story{ID: 2}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Observe(ctx, nil); !errors.Is(err, errSpillClosed) {
		t.Errorf("spill after Close: err = %v, want errSpillClosed", err)
	}
}

func FuzzDecodeStory(f *testing.F) {
	for _, s := range []*Story{
		{ID: 1},
		{ID: 7, Size: 2, First: time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC), Actors: []Feature{{KeyOf('e', "Pell Varga"), 3}}, Frags: []StoryID{8}, Title: "Harvest"},
		{ID: 9, Centroid: []Feature{{1, 0.5}}, Members: [][]Feature{{{1, 0.25}}, nil}, MemberOf: []StoryID{0, 9}},
	} {
		b, _ := encodeStory(nil, s)
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{spillVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := decodeStory(b)
		if err != nil {
			return
		}
		enc, err := encodeStory(nil, s)
		if err != nil {
			return // a decoded time MarshalBinary refuses
		}
		s2, err := decodeStory(enc)
		if err != nil {
			t.Fatalf("re-encoded record does not decode: %v", err)
		}
		enc2, _ := encodeStory(nil, s2)
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding not stable")
		}
	})
}

package dedup

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// fictional paragraphs written for these tests.
var paras = []string{
	"The harbour council of Velmora voted on Tuesday to close the old ferry pier after engineers found cracks in three of its pillars.",
	"Mayor Ilse Barrant said the ferry service would move to the northern quay until repairs, expected to cost 4.2 million crowns, are finished.",
	"Fishermen who use the pier at dawn protested outside the council hall, saying the northern quay is too shallow for their boats at low tide.",
	"The engineers' report, published on the council website, recommends replacing the pillars rather than patching them with steel collars.",
	"Repairs are due to begin in the spring and could take eighteen months, according to the harbour master, Tomas Reyk.",
	"A public meeting on the timetable for the temporary service will be held next week in the library of the old customs house.",
}

func TestCheck(t *testing.T) {
	base := strings.Join(paras, "\n\n")
	tests := []struct {
		name string
		text string
		dup  bool
	}{
		{"identical copy", base, true},
		{"different chrome", "Share this article\n\n" + base + "\n\nRead more: subscribe to our newsletter", true},
		{"a paragraph less", strings.Join(paras[:5], "\n\n"), true},
		{"a paragraph more", base + "\n\nThe council will publish the minutes of the vote on Friday.", true},
		{"other article on the subject", "Velmora's ferry pier will close, the harbour council decided, after cracks were found. Fishermen protested. The mayor promised a temporary service from the northern quay while the pillars are replaced over eighteen months.", false},
		{"unrelated", "A new bakery opened on the market square, selling rye bread baked in a wood oven that the owner brought from her grandmother's village in the hills.", false},
	}
	for _, tt := range tests {
		d := NewDetector(nil, Options{})
		ctx := context.Background()
		if _, err := d.Check(ctx, "orig", base); err != nil {
			t.Fatal(err)
		}
		r, err := d.Check(ctx, "x", tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.DuplicateOf == "orig"; got != tt.dup {
			t.Errorf("%s: duplicate = %v (%.2f, %s), want %v", tt.name, got, r.Similarity, r.Reason, tt.dup)
		}
	}
}

func TestEarliestAndShort(t *testing.T) {
	ctx := context.Background()
	d := NewDetector(nil, Options{})
	base := strings.Join(paras, "\n\n")
	for i := 0; i < 3000; i++ { // thousands of identical articles at once
		r, err := d.Check(ctx, fmt.Sprint("a", i), base)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 && r.DuplicateOf != "" {
			t.Fatalf("first article is a duplicate of %s", r.DuplicateOf)
		}
		if i > 0 && r.DuplicateOf != "a0" {
			t.Fatalf("copy %d: duplicate_of = %q, want the earliest, a0", i, r.DuplicateOf)
		}
	}
	for _, text := range []string{"", "   ", "Too short."} {
		r, err := d.Check(ctx, "s", text)
		if err != nil {
			t.Fatal(err)
		}
		if r.DuplicateOf != "" || !strings.Contains(r.Reason, "too short") {
			t.Errorf("%q: %+v, want too short and no duplicate", text, r)
		}
	}
	// One word repeated 100,000 times: one shingle, no blow-up.
	long := strings.Repeat("pier ", 100000)
	r1, err := d.Check(ctx, "w1", long)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := d.Check(ctx, "w2", long+"pier")
	if err != nil {
		t.Fatal(err)
	}
	if r1.DuplicateOf != "" || r2.DuplicateOf != "w1" {
		t.Errorf("repeated word: %q then %q, want original then duplicate of w1", r1.DuplicateOf, r2.DuplicateOf)
	}
}

func TestSignatureDeterministic(t *testing.T) {
	h := NewHasher(Options{})
	a, _ := h.Sign(paras[0])
	b, _ := NewHasher(Options{}).Sign(paras[0])
	if Similarity(a, b) != 1 {
		t.Fatalf("same text, different signatures")
	}
	c, _ := h.Sign(paras[1])
	if s := Similarity(a, c); s > 0.3 {
		t.Errorf("different paragraphs: similarity %.2f, want low", s)
	}
	if len(h.BandKeys(a)) != 20 || h.BandKeys(a[:3]) != nil {
		t.Errorf("band keys: want 20 for a full signature, nil for a short one")
	}
}

func TestMemIndexEviction(t *testing.T) {
	ctx := context.Background()
	idx := NewMemIndex(MemOptions{MaxEntries: 2})
	d := NewDetector(idx, Options{})
	texts := []string{paras[0] + " " + paras[1], paras[2] + " " + paras[3], paras[4] + " " + paras[5]}
	for i, x := range texts {
		if _, err := d.Check(ctx, fmt.Sprint(i), x); err != nil {
			t.Fatal(err)
		}
	}
	r, err := d.Check(ctx, "again0", texts[0])
	if err != nil {
		t.Fatal(err)
	}
	if r.DuplicateOf != "" {
		t.Errorf("evicted entry still found: %+v", r)
	}
	r, err = d.Check(ctx, "again2", texts[2])
	if err != nil {
		t.Fatal(err)
	}
	if r.DuplicateOf != "2" {
		t.Errorf("recent entry: duplicate_of = %q, want 2", r.DuplicateOf)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := d.Check(cctx, "c", texts[1]+" extra words here to differ"); err == nil {
		t.Errorf("cancelled context: no error")
	}
}

func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	d := NewDetector(nil, Options{})
	text := strings.Join(paras, "\n\n")
	for i := 0; b.Loop(); i++ {
		if _, err := d.Check(ctx, fmt.Sprint(i), fmt.Sprint(i)+" "+text); err != nil {
			b.Fatal(err)
		}
	}
}

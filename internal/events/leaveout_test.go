package events

import (
	"context"
	"testing"
)

// Fictional records: each is right only through one hand-written line
// ("retreat pullback", "cooperate collaborate").
var leaveOutRecs = []Labeled{
	{Text: "The Norland army began a pullback from the Velsk frontier on Tuesday.", Want: []string{"RETREAT"}},
	{Text: "Norland collaborated with Velsk on a new rail link, officials said.", Want: []string{"COOPERATE"}},
}

func TestLeaveOutLeavesUnconfirmedLinesOut(t *testing.T) {
	ctx := context.Background()
	plain, _, err := ScoreLabeled(ctx, leaveOutRecs, Options{})
	if err != nil || plain.TypeRight != 2 {
		t.Fatalf("plain score %d of 2 (%v): the records must be right with every line", plain.TypeRight, err)
	}
	lo, err := LeaveOut(ctx, leaveOutRecs, nil, 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lo.TypeRight != 0 || len(lo.Left) != 2 || len(lo.Misses) != 2 {
		t.Errorf("no reference, one fold: right %d, left %v; want 0 right and both lines left out", lo.TypeRight, lo.Left)
	}
	// A reference text confirms "pullback": that line stays.
	lo, err = LeaveOut(ctx, leaveOutRecs, []string{"Velsk troops completed their pullback last week."}, 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lo.TypeRight != 1 || len(lo.Left) != 1 || lo.Left[0].Line != "cooperate\tcollaborate" {
		t.Errorf("pullback confirmed: right %d, left %v; want 1 right and only the collaborate line left out", lo.TypeRight, lo.Left)
	}
	// A line firing on records of two folds is confirmed by the other fold.
	two := []Labeled{leaveOutRecs[1], {Text: "Velsk will collaborate with Norland on water rights.", Want: []string{"COOPERATE"}}, leaveOutRecs[0]}
	lo, err = LeaveOut(ctx, two, nil, 2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lo.Records != 3 || len(lo.Left) != 1 || lo.Left[0].Line != "retreat\tpullback" || lo.Left[0].Fold != 0 {
		t.Errorf("two folds: records %d, left %v; want only the pullback line left out of fold 0", lo.Records, lo.Left)
	}
	// The shared lexicon is untouched.
	if sc, _, _ := ScoreLabeled(ctx, leaveOutRecs, Options{}); sc.TypeRight != 2 {
		t.Errorf("after LeaveOut the plain score is %d of 2", sc.TypeRight)
	}
	if _, err := LeaveOut(ctx, leaveOutRecs, nil, 0, Options{}); err == nil {
		t.Error("zero folds: want an error")
	}
}

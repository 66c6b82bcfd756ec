package quotes

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tinyCorpus writes a PolNeAR-shaped folder (data/train/{text,attributions})
// of fictional articles and returns its path.
func tinyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	arts := []struct{ name, text, ann string }{
		{"a_2016-01-01_one", "Mayor Lena Hart said the dam would hold.\n\nThe river rose overnight.\n",
			"T1\tSource 0 15\tMayor Lena Hart\nT2\tCue 16 20\tsaid\nT3\tContent 21 40\tthe dam would hold\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"},
		{"a_2016-01-02_two", "The ferry will run again in May, officials said.\n\nBoats waited in the harbour.\n",
			"T1\tContent 0 31\tThe ferry will run again in May\nT2\tSource 33 42\tofficials\nT3\tCue 43 47\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"},
	}
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, "data", "train", sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, "data", "train", "text", a.name+".txt"), []byte(a.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "data", "train", "attributions", a.name+"_x1.ann"), []byte(a.ann), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTrainWriteLoad(t *testing.T) {
	dir := tinyCorpus(t)
	docs, err := readTagged(context.Background(), dir, "train", false)
	if err != nil || len(docs) != 2 {
		t.Fatalf("readTagged: %d docs, %v", len(docs), err)
	}
	for _, o := range []TrainOptions{
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true},
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true, Clusters: true},
		{Dir: dir, Epochs: 6, Seed: 1, Clusters: true, MissWeight: 1.5},
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true, SentenceFeatures: true},
		{Dir: dir, Epochs: 6, Seed: 2, Stacked: true, SentenceFeatures: true, Clusters: true},
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true, Frames: true},
		{Dir: dir, Epochs: 6, Seed: 1, Frames: true, Clusters: true},
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true, Context: true},
		{Dir: dir, Epochs: 6, Seed: 1, Stacked: true, CueLex: true},
		{Dir: dir, Epochs: 6, Seed: 1, CueLex: true, Frames: true},
	} {
		m, err := TrainModel(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := m.Write(&buf, 0); err != nil {
			t.Fatal(err)
		}
		loaded, err := LoadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if (loaded.next != nil) != o.Stacked {
			t.Fatalf("%+v: second stage %v after Write/LoadModel", o, loaded.next != nil)
		}
		if loaded.clusters != o.Clusters || m.clusters != o.Clusters {
			t.Fatalf("%+v: clusters flag %v trained, %v loaded", o, m.clusters, loaded.clusters)
		}
		if loaded.sentence != o.SentenceFeatures || m.sentence != o.SentenceFeatures {
			t.Fatalf("%+v: sentence flag %v trained, %v loaded", o, m.sentence, loaded.sentence)
		}
		if loaded.frames != o.Frames || m.frames != o.Frames || o.Stacked && loaded.next.frames != o.Frames {
			t.Fatalf("%+v: frames flag %v trained, %v loaded", o, m.frames, loaded.frames)
		}
		if loaded.context != o.Context || o.Stacked && loaded.next.context != o.Context {
			t.Fatalf("%+v: context flag %v trained, %v loaded", o, m.context, loaded.context)
		}
		if loaded.cuelex != o.CueLex || m.cuelex != o.CueLex || o.Stacked && loaded.next.cuelex != o.CueLex {
			t.Fatalf("%+v: cuelex flag %v trained, %v loaded", o, m.cuelex, loaded.cuelex)
		}
		for _, td := range docs {
			got := loaded.tag(td.d)
			want := m.tag(td.d)
			right := 0
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%+v: loaded model tags token %d %q as %s, in-memory model %s", o, i, td.d.toks[i].Text, tagNames[got[i]], tagNames[want[i]])
				}
				if got[i] == td.gold[i] {
					right++
				}
			}
			if right < len(got)*9/10 {
				t.Errorf("%+v: model fits only %d of %d training tokens", o, right, len(got))
			}
		}
	}
	if _, err := TrainModel(context.Background(), TrainOptions{Dir: dir, Splits: []string{"test"}}); err == nil {
		t.Error("TrainModel accepted the test split")
	}
}

func TestLoadModelBad(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), gz(t, "wrong magic"), gz(t, modelMagic), gz(t, modelMagic+"\x01\x00\x00\x00\xff\xff\xff\x7f")} {
		if _, err := LoadModel(bytes.NewReader(in)); err == nil {
			t.Errorf("LoadModel(%q) gave no error", in)
		}
	}
}

// gz gzip-compresses s.
func gz(t testing.TB, s string) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func FuzzLoadModel(f *testing.F) {
	m := &Model{rows: map[uint32]int32{7: 0}, weights: make([]float32, numTags)}
	m.weights[2] = 1.5
	var buf bytes.Buffer
	if _, err := m.Write(&buf, 0); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("junk"))
	f.Add(gz(f, modelMagic+"\x02\x00\x00\x00"))
	m.clusters = true
	buf.Reset()
	if _, err := m.Write(&buf, 0); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	m.sentence = true
	buf.Reset()
	if _, err := m.Write(&buf, 0); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(gz(f, modelMagicFlags+"\x04\x00\x00\x00\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := LoadModel(bytes.NewReader(in))
		if err == nil && m != nil {
			m.tag(newDoc("Ana said the bridge is safe.", Heuristic{}))
		}
	})
}

// TestModelUnits checks the embedded tagger on fictional sentences.
func TestModelUnits(t *testing.T) {
	if DefaultModel() == nil {
		t.Fatal("embedded attribution model does not load")
	}
	tests := []struct{ text, frag, speakerWord string }{
		{"Mayor Lena Hart said the new dam would hold through the spring floods.", "the new dam would hold", "Hart"},
		{"The ferry to Ostrov will run again in May, port officials said on Monday.", "The ferry to Ostrov will run again", "officials"},
		{"According to the harbour authority, the ships will dock again on Friday.", "the ships will dock again", "harbour authority"},
		{"Opposition leader Ivo Brandt insisted that the vote had been rigged.", "the vote had been rigged", "Brandt"},
	}
	for _, tc := range tests {
		t.Run(tc.frag, func(t *testing.T) {
			qs := Find(tc.text, Options{})
			for _, q := range qs {
				if !strings.Contains(q.Text, tc.frag) {
					continue
				}
				if q.SpeakerStart < 0 || !strings.Contains(tc.text[q.SpeakerStart:q.SpeakerEnd], tc.speakerWord) {
					t.Errorf("%q: speaker span %d:%d, want one holding %q", q.Text, q.SpeakerStart, q.SpeakerEnd, tc.speakerWord)
				}
				return
			}
			t.Errorf("no unit holding %q in %+v", tc.frag, qs)
		})
	}
}

// TestCombine checks that an ensemble averages its members: a model
// combined with itself tags and scores as it does, a stacked model with
// sentence features combined with a plain one extracts the union of
// features, and members with different stage counts are refused.
func TestCombine(t *testing.T) {
	dir := tinyCorpus(t)
	docs, err := readTagged(context.Background(), dir, "train", false)
	if err != nil {
		t.Fatal(err)
	}
	train := func(o TrainOptions) *Model {
		m, err := TrainModel(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	a := train(TrainOptions{Dir: dir, Epochs: 6, Seed: 1, Stacked: true})
	b := train(TrainOptions{Dir: dir, Epochs: 6, Seed: 2, Stacked: true, SentenceFeatures: true})
	flat := train(TrainOptions{Dir: dir, Epochs: 6, Seed: 1})
	self, err := Combine(a, a)
	if err != nil {
		t.Fatal(err)
	}
	for _, td := range docs {
		want, wantEm := a.tagScores(td.d, 0, 0)
		got, gotEm := self.tagScores(td.d, 0, 0)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("self-ensemble tags token %d %s, model %s", i, tagNames[got[i]], tagNames[want[i]])
			}
		}
		for i := range wantEm {
			if d := gotEm[i] - wantEm[i]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("self-ensemble score %d: %v, model %v", i, gotEm[i], wantEm[i])
			}
		}
	}
	ab, err := Combine(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !ab.sentence || ab.next == nil || !ab.next.sentence {
		t.Errorf("ensemble of a plain and a sentence-feature model: sentence %v, second stage %v", ab.sentence, ab.next != nil)
	}
	var buf bytes.Buffer
	if _, err := ab.Write(&buf, 0); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, td := range docs {
		got, want := loaded.tag(td.d), ab.tag(td.d)
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("written ensemble tags token %d %s, in memory %s", i, tagNames[got[i]], tagNames[want[i]])
			}
		}
	}
	if _, err := Combine(a, flat); err == nil {
		t.Error("Combine accepted members with 2 and 1 stages")
	}
	if _, err := Combine(); err == nil {
		t.Error("Combine accepted no members")
	}
}

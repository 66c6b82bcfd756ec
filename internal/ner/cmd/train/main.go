// Command train learns the NER tagger's weights from CoNLL-2003 and writes
// the model file that package ner embeds. See ../../NOTE.md.
//
//	go run ./internal/ner/cmd/train                 # train on train, score valid each epoch
//	go run ./internal/ner/cmd/train -final -out internal/ner/model.bin.gz
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline/storyline/internal/ner"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run() error {
	data := flag.String("data", "", "CoNLL-2003 folder with train.txt, valid.txt, test.txt (default ../shared/bench/ner/conll2003 from the module root)")
	epochs := flag.Int("epochs", 10, "training epochs")
	window := flag.Int("window", 20, "document context window, sentences either side")
	final := flag.Bool("final", false, "train on train+valid (no scoring)")
	out := flag.String("out", "", "write the model here")
	step := flag.Float64("step", 0.05, "quantisation step of saved weights")
	minW := flag.Float64("min", 0.1, "drop saved weights below this magnitude")
	seed := flag.Int64("seed", 1, "shuffle seed")
	stack := flag.Bool("stack", true, "train a second, stacked stage")
	folds := flag.Int("folds", 4, "cross-validation folds for the stacked stage")
	flag.Parse()
	if *data == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		*data = filepath.Join(root, "..", "shared", "bench", "ner", "conll2003")
	}
	read := func(name string) ([]ner.CoNLLDoc, error) {
		p := filepath.Join(*data, name)
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ner.ReadCoNLL(f, p)
	}
	train, err := read("train.txt")
	if err != nil {
		return err
	}
	valid, err := read("valid.txt")
	if err != nil {
		return err
	}
	docs := ner.ToLabeled(train)
	opts := ner.TrainOptions{Epochs: *epochs, Window: *window, Seed: *seed, Stack: *stack, Folds: *folds}
	if *final {
		docs = append(docs, ner.ToLabeled(valid)...)
	} else {
		opts.AfterEpoch = func(epoch int, t *ner.Tagger) {
			ev := ner.Evaluate(t, valid, nil, nil)
			fmt.Printf("epoch %2d  valid P %.4f R %.4f F1 %.4f\n", epoch, ev.Overall.Precision(), ev.Overall.Recall(), ev.Overall.F1())
		}
	}
	began := time.Now()
	t, err := ner.Train(context.Background(), docs, opts)
	if err != nil {
		return err
	}
	fmt.Printf("trained in %s\n", time.Since(began).Round(time.Second))
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		rows, err := t.Save(f, float32(*step), float32(*minW))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", *out, err)
		}
		st, _ := os.Stat(*out)
		fmt.Printf("wrote %s: %d feature rows, %d bytes\n", *out, rows, st.Size())
		if !*final {
			f, err := os.Open(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			saved, err := ner.Load(f)
			if err != nil {
				return err
			}
			ev := ner.Evaluate(saved, valid, nil, nil)
			fmt.Printf("saved model valid F1 %.4f\n", ev.Overall.F1())
		}
	}
	return nil
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

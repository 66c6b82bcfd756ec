package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
)

// BenchmarkStages runs extraction and the language layer on the first
// record of each case at 1x, 2x, 4x and 8x, to profile one stage of the
// matrix: go test -run '^$' -bench 'Stages/nosentences' -cpuprofile cpu.out ./bench/badinput
func BenchmarkStages(b *testing.B) {
	ex := extract.New(extract.Options{})
	an := analyze.New(analyze.Options{})
	for _, c := range cases {
		for _, k := range []int{1, 2, 4, 8} {
			d := c.gen(k)[0]
			b.Run(fmt.Sprintf("%s/%dx", c.name, k), func(b *testing.B) {
				for b.Loop() {
					a, err := ex.Extract(context.Background(), core.Document{Source: d.ID, Format: core.FormatText, Body: []byte(d.Title + "\n\n" + d.Text)})
					if err != nil {
						continue
					}
					if err := an.Process(context.Background(), a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

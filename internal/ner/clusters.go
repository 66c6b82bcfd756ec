package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// clustersFile is word clusters derived from unlabelled news text by
// cmd/clusters: gzip-compressed lines "word<TAB>coarse<TAB>fine", '#' lines
// are comments.
//
//go:embed clusters.tsv.gz
var clustersFile []byte

var (
	clustersOnce sync.Once
	clusterMap   map[string][2]string
)

// wordClusters returns the table of clusters, parsed on first use; an empty
// table when the embedded file cannot be read (features then just miss).
func wordClusters() map[string][2]string {
	clustersOnce.Do(func() {
		clusterMap = map[string][2]string{}
		zr, err := gzip.NewReader(bytes.NewReader(clustersFile))
		if err != nil {
			return
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				continue
			}
			if _, err := strconv.Atoi(f[1]); err != nil {
				continue
			}
			clusterMap[f[0]] = [2]string{f[1], f[2]}
		}
	})
	return clusterMap
}

// clusterOf returns the clusters of w: as written, else lower-cased, else
// with an initial capital; ok is false for unknown words.
func clusterOf(w string) ([2]string, bool) {
	m := wordClusters()
	if c, ok := m[w]; ok {
		return c, true
	}
	l := strings.ToLower(w)
	if c, ok := m[l]; ok {
		return c, true
	}
	if l != "" {
		if c, ok := m[strings.ToUpper(l[:1])+l[1:]]; ok {
			return c, true
		}
	}
	return [2]string{}, false
}

// WordCluster returns the coarse and fine distributional clusters of w (as
// written, else lower-cased, else with an initial capital), numbered from
// 0; ok is false for words the clusters do not know. The embedded table is
// parsed once, on first use, and only read after that.
func WordCluster(w string) (coarse, fine int, ok bool) {
	c, ok := clusterOf(w)
	if !ok {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(c[0])
	b, err2 := strconv.Atoi(c[1])
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return a, b, true
}

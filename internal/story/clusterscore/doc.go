// Package clusterscore scores a clustering against gold labels: BCubed
// precision, recall and F1 (Bagga & Baldwin 1998, averaged over items) and
// the adjusted Rand index (Hubert & Arabie 1985).
package clusterscore

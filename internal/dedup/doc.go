// Package dedup finds near-duplicate articles (syndicated copies, re-posts
// with different chrome or a paragraph more or less) with MinHash signatures
// over word shingles and locality-sensitive hashing (LSH) bands.
//
// It works one article at a time: Detector.Check compares an article with
// the articles already indexed and, when it is no near-duplicate, adds it.
// The index is behind the small Index interface so that a store can persist
// signatures and band keys; NewMemIndex is the in-memory implementation.
//
// # Signature format
//
// A Signature is Bands*Rows uint32 values computed by one-permutation
// hashing: each distinct shingle's x = mix64(shingleHash ^ seed), seed the
// first value of a splitmix64 sequence started at 0x5EED, falls in bin
// (x>>32)*n>>32 and competes for its minimum uint32(x); an empty bin i then
// takes uint32(mix64(sig[j] ^ d*0x9E3779B97F4A7C15)) from the next filled
// bin j = i+d (cyclically). shingleHash is
// folded over the shingle's lower-cased words w as h = mix64(h ^ fnv1a64(w))
// from h = 0 (mix64 is the splitmix64 finaliser). Band b covers values [b*Rows, (b+1)*Rows); its key (BandKeys) is
// the FNV-1a 64-bit hash of the band number and those values, little-endian.
// A store that keeps signatures and band keys can rebuild an index exactly.
package dedup

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
// A Signature is Options.Hashes uint32 minimum hash values, in order; hash i
// of a shingle is the upper 32 bits of mix64(shingleHash ^ seed_i), with
// seed_i from a splitmix64 sequence started at 0x5EED, and shingleHash
// folded over the shingle's lower-cased words w as h = mix64(h ^ fnv1a64(w))
// from h = 0 (mix64 is the splitmix64 finaliser). Band b covers values [b*Rows, (b+1)*Rows); its key (BandKeys) is
// the FNV-1a 64-bit hash of the band number and those values, little-endian.
// A store that keeps signatures and band keys can rebuild an index exactly.
package dedup

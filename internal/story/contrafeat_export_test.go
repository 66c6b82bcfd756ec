package story

// ContraMergeWeights are the merge model's weights with the article-level
// number contradiction (mergeweights_contra.go).
func ContraMergeWeights() []float64 { return append([]float64(nil), contraMergeWeights[:]...) }

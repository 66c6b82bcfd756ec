package cli

// The line an empty list prints is wire.NoneFound, with the phrases of
// wire.Given, GivenID, GivenDays and AtLeast: the web pages say the same.

// onlyGiven tells whether the one filter first was given and none of the
// others were (so a hint about it alone is right).
func onlyGiven(first string, others ...string) bool {
	if first == "" {
		return false
	}
	for _, o := range others {
		if o != "" {
			return false
		}
	}
	return true
}

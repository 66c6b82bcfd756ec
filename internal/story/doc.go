// Package story clusters articles into stories (one real-world event across
// outlets) and links stories into storylines (one running subject across
// months), online: each arriving article joins a story or starts one, in one
// pass, without being told how many stories exist.
//
// An article is a sparse vector of namespaced features: stemmed TF-IDF terms
// (title counted more, IDF learned incrementally), entities ("e:"), the years
// ("y:") and numbers ("n:") it mentions, and its month of publication ("m:",
// from its publication time or a dateline at the top of its text,
// textdate.go). It joins the active story whose
// articles it is most similar to on average (average link, computed from the
// story's centroid in one product), when that mean is a large enough share
// of the story's own cohesion (how similar its articles are to each other),
// after a publication-time test (two summits a year apart are two stories
// even with the same cast; one side undated raises the bar, by the share
// of the story's articles dated when the article is not: Story.Undated;
// past Options.MaxGap only an article that fits a story twice as well as
// its bar asks, weeks later, joins: Options.GapOverride; optionally, a
// story whose dated articles would span more than Options.MaxSpan counts
// the excess as distance, so the news of one cast day after day does not
// chain into one story over weeks); see linkage.go. A publication time
// more than three days from the day the text's own dateline names (a url's
// archive or re-post date) is not trusted: the article counts as undated.
// When publication times are
// missing, the place does that work: an article whose lead puts the event
// in a city the story never names, beside a story whose leads put it in a
// city the article never names, scores lower against it (the place clash,
// places.go; Options.PlaceClash), and so do two such stories; when one side
// is dated and the other not, a venue two of a story's articles lead with
// that the other side (leading with none) never names lowers the pair a
// little (unnamed venues, places.go). Where an article is undated, no
// join or merge may leave a story of three articles or more with a
// cohesion below Options.CohesionFloor (cohesionfloor.go; the link a join
// or merge adds counted without the years the two sides share), so a
// same-cast story cannot chain, undated, through ever looser articles.
// Options.CentroidTest restores a
// plain centroid-cosine threshold.
// Candidate stories come from an inverted index over the centroids' top
// features, so the cost per article does not grow with the stories kept
// (retrieval.go: at most QueryTerms posting lists of PostingLimit stories
// each; NewMemState keeps each list as a log in update order, so the most
// recent stories are read from its end without sorting); stories idle for
// long leave the active set (and the index) but are never lost: NewMemState
// moves retired stories out of the Go heap into a compact encoded log, in
// memory or in a file (MemOptions.SpillDir; spill.go), and decodes one only
// when it is asked for, so live memory is bounded by the active set. Article
// features come through a token cache (extract.go), and comparisons of one
// story with many (merges, re-homing) through a hash table of its centroid
// (hub.go). Stories merge when an article shows their articles to be about as
// similar across as within.
// Joins are reversible: an article whose nearest member in the story is not
// near enough starts a fragment of the story (merged into it, with its own
// centroid), and a fragment whose articles are much closer to each other
// than to the rest of the story splits off as a story of its own
// (fragments.go), so the first article of a new event of a familiar subject
// does not drag the event's later articles into the old story; an open
// fragment that another story fits better moves there (rehome.go). An
// article that just missed a story and drew no follower within a few
// articles is absorbed by the story it fits best then, as an open fragment
// (absorb.go); so is a fragment of a few articles that split off a story
// and drew no further article within as many (Options.SplitAbsorb). When
// an article shows two stories to be one and the smaller holds one or two
// articles, it too becomes an open fragment of the larger rather than
// merging for good (Options.FragMerge): merges of young stories are
// reversible like joins. Every Options.ConsolidateEvery articles, the
// stories that started or whose size reached 2, 4 or 8 since the last
// time are looked up again by their own centroids and merge with the story
// they fit, so two young stories of one event that no article scored
// together come together (consolidate.go). Clusterer.Flush ends a stream:
// the pending absorption checks and a last consolidation run then, and
// every active story merges with the candidate a learned merge model
// finds most probably of its event (Options.MergeModel; mergemodel.go: a
// logistic regression over pair features, pairfeat.go, with weights
// generated by one training command on ECB+ train, mergeweights.go), so
// the lone articles and small pieces of an event come home to a story
// their event has established (Options.MergeModelMin articles). Neither
// consolidation nor the learned merges join two stories that each name
// four numbers or more and share almost none of them (Options.NumberClash,
// consolidate.go numberClash): the figures of one event recur in its
// reports, and two events of one cast name others; an arriving article
// that fails the test with a story scores lower against it
// (Options.NumberClashJoin). Before
// the learned merges, two one-article stories that are each other's best
// match and lead with one venue merge a little below the pair bar
// (Options.PairMutual; mutual.go). A venue counts as shared only while
// few active stories lead with it (Options.VenueStories; places.go): on
// the news of one capital every story leads with it.
// Results are deterministic for the same input order: ties break on IDs and
// no map order leaks into a decision.
//
// All state lives behind the State interface, so that a store can persist it;
// NewMemState is the in-memory implementation used by `storyline cluster` and
// the tests.
package story

package story

import "time"

// Options tunes a Clusterer. The zero value works (defaults tuned on the
// ECB+ train and dev splits).
type Options struct {
	// Threshold is the cosine similarity with a story's centroid at or above
	// which an article joins it; 0 means 0.17.
	Threshold float64
	// Adaptive raises a story's bar to Adaptive times the mean similarity at
	// which its articles joined, so that a tight story does not take an
	// article that is only about its subject; 0 means 0.5, negative off.
	Adaptive float64
	// SmallBar raises the bar for stories of fewer than four articles to
	// Threshold*(1+SmallBar/size); 0 means 0.5, negative off.
	SmallBar float64
	// UndatedBar divides the score of an article against a story when only
	// one of them has a publication time (time cannot confirm the match);
	// 0 means 1.6, below 1 means 1.
	UndatedBar float64
	// PlacePenalty lowers an article's score by this share when its lead
	// names where it happens and the story's leads name only other places;
	// 0 or negative means off (on ECB+ train+dev it did not help).
	PlacePenalty float64
	// PlaceClash lowers by this share the score of an article against a
	// story, and the link of two stories, that clash on place: both have
	// lead places (venues: "held in X") and neither names any of the
	// other's (places.go); 0 means 0.5, negative off.
	PlaceClash float64
	// PlaceConfirm is how many articles of a story must lead with one
	// place for the story's places to clash (one report's venue may be a
	// detail: "in Malibu" beside "in Los Angeles"); of two stories, one
	// side confirmed is enough. 0 means 2.
	PlaceConfirm int
	// PlaceMatch raises by this share the link of two stories whose
	// articles lead with one venue (places.go); 0 means 0.05, negative
	// off. (0.1 lost ECB+ traindev file order, 0.974 -> 0.972.)
	PlaceMatch float64
	// VenueStories is the most active stories that may lead with a venue
	// for it to count as shared by two of them (PlaceMatch, mutual
	// pairs), the two included: a venue most stories lead with (the
	// capital of a national desk's news) is no evidence that two are one
	// event (places.go); nor does a place clash ignore them. 0 means 3,
	// negative: any venue counts.
	VenueStories int
	// CentroidTest turns average link off (see linkage.go): articles then
	// join by the cosine with a story's centroid (Threshold, Adaptive,
	// SmallBar) and stories merge by centroid cosine (MergeThreshold).
	CentroidTest bool
	// LinkFloor is the least mean similarity of an article with a story's
	// articles (or between two stories' articles) for a join or merge;
	// 0 means 0.08. LinkPrior is the cohesion assumed for one article;
	// 0 means 0.3. LinkJoin is the share of the geometric mean of the
	// cohesions (the story's and LinkPrior) an article's mean similarity
	// must reach to join; 0 means 0.6. LinkMerge is the same share for
	// merging two stories; 0 means 0.6. LinkSplit is the share below which
	// a fragment's link to the rest of its story splits it off; 0 means 0.8.
	LinkFloor, LinkPrior, LinkJoin, LinkMerge, LinkSplit float64
	// SplitRest is the least number of articles the rest of a story must
	// hold for a fragment to split off (a cohesion measured on fewer is
	// noise); 0 means 7.
	SplitRest int
	// LinkPair is the least similarity for an article to join a story of
	// one article (two articles alone say little about each other); 0 means
	// 0.28, negative means LinkJoin*LinkPrior.
	LinkPair float64
	// LinkRemerge is the LinkMerge share for a story and the story it split
	// off from; 0 means 0.9.
	LinkRemerge float64
	// LinkAbsorb is the LinkMerge share for a story of one article and a
	// story of AbsorbMin articles or more, so that an article that just
	// missed a story is taken in once later articles confirm the story's
	// shape; 0 means 0.5 and 4, negative LinkAbsorb off.
	LinkAbsorb float64
	AbsorbMin  int
	// AbsorbDelay is how many articles after it started a one-article
	// story that missed a story is checked for absorption into the story it
	// fits best then (absorb.go); 0 means 20. AbsorbChecks is how many such
	// checks an article pays for at most; 0 means 1. AbsorbNear is the
	// least score with the story it missed for a new story to be checked
	// at all; 0 means any.
	AbsorbDelay  int64
	AbsorbChecks int
	AbsorbNear   float64
	// LinkLate is the LinkMerge share for that delayed check (later
	// articles have confirmed the story's shape, and the one-article story
	// drew no follower); 0 means 0.4, negative means LinkAbsorb.
	LinkLate float64
	// AbsorbMax is the largest size a story may have reached by the
	// delayed check (one article and its few followers); 0 means 2.
	AbsorbMax int
	// AbsorbFinal merges such a story for good; by default it becomes an
	// open fragment of the story it fits (fragments.go), so that the
	// articles of its event, if more come, take it back out.
	AbsorbFinal bool
	// SplitAbsorb is the LinkMerge share at which a fragment that split
	// off a story (fragments.go) and drew no further article within
	// AbsorbDelay articles goes back, as an open fragment, to the story it
	// fits best then, the one it split from included (a handful of
	// outlying reports, not a new event); 0 means 0.5, negative off.
	// SplitAbsorbMax is the largest such fragment checked; 0 means 4.
	SplitAbsorb    float64
	SplitAbsorbMax int
	// MergeModel is the probability by the learned merge model
	// (mergemodel.go, weights trained on ECB+ train) at or above which
	// Flush merges an active story with the candidate most probably of its
	// event; 0 means 0.5 (chosen on ECB+ dev), negative off.
	// MergeModelMin is the least size of the larger story of a pair the
	// model is asked about; 0 means 4.
	MergeModel    float64
	MergeModelMin int
	// MergeContra gives the merge model the article-level number
	// contradiction (contrafeat.go): article pairs across two stories that
	// each name at least MergeContra distinct numbers are compared, and the
	// model (contraMergeWeights) reads the share of them that share none;
	// 0 means 2, negative off (trainedMergeWeights). Only pairs of two
	// undated stories are so asked unless MergeContraDated (measured: on
	// dated pairs it costs the dated political sets true merges).
	MergeContra      int
	MergeContraDated bool
	// PairMutual is the share of the merge bar at which Flush merges two
	// stories of one article each that are each other's best match
	// (mutual.go); 0 means 0.9, negative off.
	PairMutual float64
	// mergeW replaces the trained merge weights (tests).
	mergeW *pairX
	// mergeSeen, when set (diagnostics), is told each story's best
	// candidate at learned merges, with its probability and whether they
	// merge.
	mergeSeen func(s, o *Story, p float64, x pairX, merged bool)
	// consolSeen, when set (diagnostics), is told each merge that
	// consolidation makes, with its score.
	consolSeen func(s, o *Story, r float64)
	// NumberClash is the cosine of the numbers two stories name below
	// which consolidation and the learned merges leave them apart, when
	// each names at least NumberClashMin numbers (consolidate.go
	// numberClash); 0 means 0.1, negative off; NumberClashMin 0 means 4
	// (3 until the nineteenth session: at 4 the clash costs ECB+
	// nothing on train or dev shuffles, internal/story/NOTE.md).
	NumberClash    float64
	NumberClashMin int
	// NumberClashJoin is the share by which an arriving article's score
	// against a story is lowered when the two fail the same test, the
	// article's own numbers against the story's; 0 means 0.1, negative
	// off.
	NumberClashJoin float64
	// ClaimClash is the cosine of the claims two stories carry (counts
	// of claim keys by article) below which consolidation and the learned
	// merges leave them apart, when each carries at least ClaimClashMin
	// distinct claim keys (consolidate.go claimClash): two events of one
	// cast are reported with other claims. 0 means 0.05, negative off
	// (off until the twenty-third session: at min 2 it leaves ECB+
	// train and dev, MEANTIME and the political sets but for one wrong
	// pair as they were, internal/story/NOTE.md); ClaimClashMin 0 means
	// 2. ClaimClashJoin is the share by which an arriving article's
	// score against a story is lowered when the article's own claims
	// fail the same test; 0 or negative: off.
	ClaimClash     float64
	ClaimClashMin  int
	ClaimClashJoin float64
	// EventClash is the cosine of the events two sides report (Doc.Events:
	// counts of event keys by article) below which they count as two
	// acts of one cast (eventclash.go), when each carries at least
	// EventClashMin distinct event keys (0 means 2) and the cosine of
	// their entities is at least EventClashCast (0 means 0.3): the
	// merges no article asked for leave such a pair apart, and an
	// arriving article's score against such a story is lowered by the
	// share EventClashJoin (0 means 0.1, negative off). 0 or negative:
	// off (measured in the twenty-fourth session, internal/story/NOTE.md).
	EventClash     float64
	EventClashMin  int
	EventClashCast float64
	EventClashJoin float64
	// EventClashUndated confines the event clash to two undated sides
	// (the condition of the undated political sets).
	EventClashUndated bool
	// MergeThreshold is the centroid cosine at or above which two stories
	// are merged; 0 means 0.5.
	MergeThreshold float64
	// ConsolidateEvery is how many articles apart the young stories
	// changed since the last consolidation are looked up again and merged
	// with the story they fit (consolidate.go); 0 means 64, negative off.
	ConsolidateEvery int
	// TitleWeight multiplies title term counts; 0 means 5.
	TitleWeight float64
	// EntityWeight, YearWeight and NumberWeight scale entity, year and number
	// features against terms; 0 means 1, 8 and 0.5 (the years an article
	// names tell one event of a subject from the next). A negative value
	// turns the feature off.
	EntityWeight, YearWeight, NumberWeight float64
	// MonthWeight scales the month of publication ("m:2013-09"), from the
	// publication time or else a dateline at the top of the text
	// (textdate.go): two events of one subject months apart stay apart
	// even when neither names a year. 0 means 4, negative off.
	MonthWeight float64
	// BigramWeight scales adjacent content-stem pairs ("b:tony_dileo");
	// 0 or negative means off (on ECB+ train+dev they did not help).
	BigramWeight float64
	// LeadWords is how many words of the text (after the title) are read;
	// news puts the event first. 0 means 250.
	LeadWords int
	// NearestMix is the share of the nearest member's cosine in an
	// article's score against a story; 0 means 0 (off: on ECB+ train+dev it
	// did not pay for its cost). Members is how many recent member vectors a
	// story keeps when NearestMix or FragNear is on; 0 means 8.
	NearestMix float64
	Members    int
	// NovelPenalty scales down an article's score by this factor times the
	// share of its NovelTop heaviest entities the story lacks; 0 means 0
	// (off). NovelTop 0 means 5.
	NovelPenalty float64
	NovelTop     int
	// FragNear is the cosine with its nearest member at or above which an
	// article joining a story goes where that member is: the story itself
	// or one of its fragments. Below it, the article starts a fragment of
	// the story (see fragments.go); 0 means 0.4, negative turns fragments
	// off. DetachBar is the ratio of the mean cosine across (fragment to
	// rest of the story) to the mean within the fragment below which a
	// fragment of DetachMin articles or more splits off; 0 means 0.4 and 3.
	// FragLimit is how many open fragments a story keeps; 0 means 8.
	FragNear, DetachBar  float64
	DetachMin, FragLimit int
	// FragMerge: when an article shows two stories to be one and the
	// smaller holds at most FragMerge articles, it becomes an open fragment
	// of the larger (fragments.go), as an absorbed story does, instead of
	// merging for good: if the next articles of its event come, they take
	// it back out, and a story that fits it better may take it (rehome.go).
	// 0 means 2, negative off (every merge final).
	FragMerge int
	// Coherence scales an article's score against a story by the story's
	// coherence |centroid|/size (the centroid sums unit vectors) to this
	// power; at 1 the cosine becomes the mean cosine with the members
	// (average link), so a loose story takes only what fits all of it.
	// 0 or negative means off (on ECB+ train+dev it did not help with the
	// other defaults).
	Coherence float64
	// UnseenWeight, between 0 and 1, scales in the vector an article is
	// scored by (not the one stored) the features no earlier article had: a
	// word no article used before cannot match a story but lowers every
	// cosine. 0 or 1 means 1 (off: on ECB+ train+dev it helped, but it
	// merged the seed stories, as a stream's first articles share little).
	UnseenWeight float64
	// EntityMix is the share of the entity-only cosine in the similarity;
	// 0 means 0.5, negative off.
	EntityMix float64
	// CohesionFloor is the least cohesion (mean similarity of its
	// articles' pairs) a join or merge involving an undated article may
	// leave a story of three articles or more with (cohesionfloor.go); 0
	// means 0.17, negative off.
	CohesionFloor float64
	// FloorYears counts the years two sides share ("y:") in the link the
	// cohesion floor tests; false (the default) leaves them out, so a
	// year cited by articles about different things does not carry them
	// over the floor (cohesionfloor.go).
	FloorYears bool
	// IDFPrior is a number of documents assumed seen before the stream, in
	// none of which any feature occurred; it keeps the inverse document
	// frequencies of a young stream (where a subject's first articles make
	// its words look common) from drowning the shared words. 0 means none:
	// 1,000 raised ECB+ train+dev F1 from 0.917 to 0.932, but in a stream
	// of five articles it flattens the weights so much that the seeds'
	// separate events of one cast merge.
	IDFPrior int
	// MaxDocTerms bounds an article's vector; 0 means 150.
	MaxDocTerms int
	// CentroidTerms bounds a story's centroid; 0 means 300.
	CentroidTerms int
	// IndexTerms is how many of a centroid's heaviest features index the
	// story; QueryTerms how many of an article's look stories up; 0 means 64
	// and 40. Bigrams and numbers never index (too rare to retrieve by).
	IndexTerms, QueryTerms int
	// PostingLimit bounds the stories read per posting list (most recently
	// updated first); Candidates bounds the stories scored in full; 0 means
	// 64 and 12.
	PostingLimit, Candidates int
	// MaxGap is the largest publication-time distance between an article and
	// a story's time span for it to join; the score also decays linearly to
	// half at MaxGap. 0 means 10 days. Only used when both times are known.
	MaxGap time.Duration
	// GapOverride: past MaxGap, and up to GapOverrideMax, an article
	// still joins a story of two or more articles when its score, halved,
	// reaches GapOverride times the story's bar (a follow-up of the event,
	// dated weeks later: ECB+ dated by url has them), and then scores
	// 0.5/GapOverride of it, as two stories' link does; 0 means 1,
	// negative off. (Below 1 on PolNeAR train+dev it chains same-cast
	// news: far merged pairs 99 -> 164-204.) GapOverrideMax 0 means 6 times MaxGap. Two stories past MaxGap,
	// one of two or more articles, merge likewise only at twice the link
	// the merge bar asks (linkage.go timeFit).
	GapOverride    float64
	GapOverrideMax time.Duration
	// NamedDay: past MaxGap (and the gap override), an article that
	// names a day within three days of the span of a story of three
	// articles or more ("convicted of the September 10, 2010 shooting",
	// "the jury recommended on April 3") still joins it, its score
	// scaled by NamedDay (the bar asks 1/NamedDay of the link; a
	// follow-up telling of the event: namedday.go). 0 means 0.75,
	// negative off. (Twenty-fourth session: ECB+ train dated mean F1
	// .9289 -> .9315, PolNeAR sets unchanged.) The same factor serves the
	// backward direction and merges (namedback.go: an article dated on a
	// day a story's articles named; .9315 -> .9335, twenty-fifth session).
	NamedDay float64
	// MaxSpan is the longest time span of a story's dated articles before
	// the span itself counts as distance: an article (or story) that would
	// stretch a story's span past MaxSpan is scored as if that far apart
	// (the excess, when more than the gap to the story's span), so a
	// running subject reported day after day (a primary season of one
	// cast) does not chain into one story over weeks, while an event's
	// reports over a few days stay one. Only used when both sides are
	// dated (timeGap, timeFit). 0 means off (the default, for now: on
	// PolNeAR train+dev, same-cast US election news, 14 days raised the
	// pair precision of merges 0.38 -> 0.44 in date order with ECB+,
	// MEANTIME and the seeds unchanged, but it moves the stories that the
	// storylines' held2 sample judged; `eval clustering --max-span-days`).
	MaxSpan time.Duration
	// IdleDocs retires stories that took no article in this many articles;
	// MaxActive bounds the active set. 0 means 50,000 and 20,000.
	IdleDocs  int64
	MaxActive int
	// LineThreshold is the actor-profile cosine at or above which two
	// stories join one storyline; LineClaimThreshold applies when they share
	// a claim. 0 means 0.45 and 0.2. MaxLineGap bounds the time between
	// linked stories; 0 means 3 years.
	LineThreshold, LineClaimThreshold float64
	MaxLineGap                        time.Duration
	// LineTopicThreshold links two stories whose centroids are both at
	// hand (both active) when the mean of their actor-profile cosine and
	// their centroid cosine (terms, title counted more, entities, years
	// and months: the subject, not just the cast) reaches it, even when
	// the actor cosine alone falls short of LineThreshold. 0 means 0.38;
	// negative turns the topic test off (actors and claims only). A
	// story's heaviest centroid terms are posted beside its actors, so
	// that a retired story (no centroid) is compared by the share of the
	// newer story's topic terms it is posted under.
	LineTopicThreshold float64
	// LineTopicPosted compares active stories by posted topic terms too
	// (as retired ones are), not by centroid cosine: a diagnostic.
	LineTopicPosted bool
	// LineOwnClash keeps two stories of look-alike events out of one
	// storyline: when each, of six articles or more, names in this share
	// of them an actor the other never names (the ship captured, the man
	// who died: storyline_clash.go), they link only on a shared claim.
	// 0 means 0.7; negative turns the test off.
	LineOwnClash float64
	// Now is the present, for telling future dates from real ones; the zero
	// value trusts every date after 1980. A date more than three days from
	// the day the text's own dateline names (textdate.go) is not trusted
	// either: the article counts as undated.
	Now time.Time
}

func (o Options) withDefaults() Options {
	def := func(x *float64, v float64) {
		if *x == 0 {
			*x = v
		} else if *x < 0 {
			*x = 0
		}
	}
	def(&o.Threshold, 0.17)
	def(&o.MergeThreshold, 0.5)
	def(&o.LinkFloor, 0.08)
	def(&o.LinkPrior, 0.3)
	def(&o.LinkJoin, 0.6)
	def(&o.LinkMerge, 0.6)
	def(&o.LinkSplit, 0.8)
	def(&o.LinkAbsorb, 0.5)
	def(&o.LinkPair, 0.28)
	switch {
	case o.LinkLate == 0:
		o.LinkLate = 0.4
	case o.LinkLate < 0:
		o.LinkLate = o.LinkAbsorb
	}
	def(&o.LinkRemerge, 0.9)
	def(&o.SplitAbsorb, 0.5)
	def(&o.Adaptive, 0.5)
	def(&o.EntityMix, 0.5)
	def(&o.CohesionFloor, 0.17)
	def(&o.MergeModel, 0.5)
	def(&o.PairMutual, 0.9)
	def(&o.GapOverride, 1)
	if o.MergeModelMin <= 0 {
		o.MergeModelMin = 4
	}
	if o.MergeContra == 0 {
		o.MergeContra = 2
	} else if o.MergeContra < 0 {
		o.MergeContra = 0
	}
	def(&o.NumberClash, 0.1)
	def(&o.NumberClashJoin, 0.1)
	if o.NumberClashMin <= 0 {
		o.NumberClashMin = 4
	}
	def(&o.ClaimClash, 0.05)
	if o.ClaimClashMin <= 0 {
		o.ClaimClashMin = 2
	}
	if o.EventClashMin <= 0 {
		o.EventClashMin = 2
	}
	def(&o.EventClashCast, 0.3)
	def(&o.EventClashJoin, 0.1)
	def(&o.SmallBar, 0.5)
	o.PlacePenalty = max(o.PlacePenalty, 0)
	def(&o.PlaceClash, 0.5)
	o.PlaceClash = min(o.PlaceClash, 1)
	def(&o.PlaceMatch, 0.05)
	switch {
	case o.VenueStories == 0:
		o.VenueStories = 3
	case o.VenueStories < 0:
		o.VenueStories = 0
	}
	if o.PlaceConfirm <= 0 {
		o.PlaceConfirm = 2
	}
	if o.UndatedBar == 0 {
		o.UndatedBar = 1.6
	}
	o.UndatedBar = max(o.UndatedBar, 1)
	def(&o.TitleWeight, 5)
	def(&o.EntityWeight, 1)
	def(&o.YearWeight, 8)
	def(&o.NumberWeight, 0.5)
	o.BigramWeight = max(o.BigramWeight, 0)
	def(&o.MonthWeight, 4)
	def(&o.FragNear, 0.4)
	def(&o.DetachBar, 0.4)
	o.Coherence = max(o.Coherence, 0)
	if o.UnseenWeight <= 0 || o.UnseenWeight > 1 {
		o.UnseenWeight = 1
	}
	def(&o.LineThreshold, 0.45)
	def(&o.LineClaimThreshold, 0.2)
	if o.LineTopicThreshold == 0 {
		o.LineTopicThreshold = 0.38
	}
	def(&o.LineOwnClash, 0.7)
	defi := func(x *int, v int) {
		if *x <= 0 {
			*x = v
		}
	}
	defi(&o.MaxDocTerms, 150)
	o.IDFPrior = max(o.IDFPrior, 0)
	defi(&o.LeadWords, 250)
	defi(&o.Members, 8)
	defi(&o.NovelTop, 5)
	defi(&o.DetachMin, 3)
	defi(&o.SplitRest, 7)
	defi(&o.AbsorbMin, 4)
	defi(&o.AbsorbMax, 2)
	defi(&o.SplitAbsorbMax, 4)
	if o.AbsorbChecks <= 0 {
		o.AbsorbChecks = 1
	}
	if o.AbsorbDelay <= 0 {
		o.AbsorbDelay = 20
	}
	defi(&o.FragLimit, 8)
	switch {
	case o.FragMerge == 0:
		o.FragMerge = 2
	case o.FragMerge < 0:
		o.FragMerge = 0
	}
	switch {
	case o.ConsolidateEvery == 0:
		o.ConsolidateEvery = 64
	case o.ConsolidateEvery < 0:
		o.ConsolidateEvery = 0
	}
	defi(&o.CentroidTerms, 300)
	defi(&o.IndexTerms, 64)
	defi(&o.QueryTerms, 40)
	defi(&o.PostingLimit, 64)
	defi(&o.Candidates, 12)
	defi(&o.MaxActive, 20000)
	o.MaxSpan = max(o.MaxSpan, 0)
	if o.MaxGap <= 0 {
		o.MaxGap = 10 * 24 * time.Hour
	}
	if o.GapOverrideMax <= 0 {
		o.GapOverrideMax = 6 * o.MaxGap
	}
	def(&o.NamedDay, 0.75)
	if o.IdleDocs <= 0 {
		o.IdleDocs = 50000
	}
	if o.MaxLineGap <= 0 {
		o.MaxLineGap = 3 * 365 * 24 * time.Hour
	}
	return o
}

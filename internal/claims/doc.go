// Package claims finds recurring claims: statements normalised to a holder
// and a stance on an object ("Russia — ready for negotiations"), so that
// differently worded reports of the same line ("readiness for peace
// negotiations", "ready for talks", "preparedness for engaging in
// dialogues", "willingness to negotiate") group under one key.
//
// Normalisation uses Snowball stems and a small lexicon of general news
// predicates and objects (lexicon.go). A stance word states a stance only
// in a stance's form (phrase.go): a noun with its preposition ("readiness
// for", "opposition to"; not "opposition leaders" or "the support of
// voters"), and an object that heads the phrase after it ("ready to hold
// talks"; not "eager to get the book out before the election").
// Agreements and memberships carry a qualifier in the key ("the Puerto
// Rico deal", "NATO membership"), so support for one deal does not group
// with support for another; negotiations keep their partner beside the
// key; bans and resignations name what or whom ("a ban on Muslims",
// "Abe's resignation") and make no claim when the sentence names none.
// Pledges, threats, wants and urgings read the stance off the verb after
// "to" (infinitive.go: "threatened to scrap the deal" opposes it); a
// pledge to negotiate and a denied refusal of talks ("we have never
// refused to negotiate") are readiness for negotiations. Questions,
// conditions ("if", "whether") and denied or alleged reports of a stance
// are no statement of its holder.
//
// Denials, accusations, warnings, labels ("called Tarel a liar") and vows
// of a thing take an open object
// (families.go): the head noun of the phrase after the verb, stemmed
// ("Trump — denies collusion", "Iraq — accuses Iran of aggression", keyed
// by the accused and the charge). A denial of what is said (denial.go:
// "denied that it was involved in the strike", "rejected claims that ...",
// "called the reports baseless", "denied involvement in the strike") is
// keyed by the content stems of what is denied, so its wordings group,
// apart from the denier's statements and the accuser's. A few policies (policy.go: a wall,
// tariffs, a minimum wage, a special prosecutor) are objects of the
// lexicon's stances, with stricter holders.
//
// Demands, condemnations, rejections and endorsements outside the lexicon
// (urged.go) read an urging of a named one to go or apologise ("called on
// Kell to resign": the resignation of Kell), the head noun of a demanded,
// condemned or rejected thing with its owner ("demanded Wang's release",
// "the release of Wang": both "release:wang"), and a named candidate
// endorsed, backed or supported ("Sessions — endorses Trump"), with
// stricter holders: no common noun, quantifier or camp as the subject, no
// participle after a noun ("the super PAC supporting Clinton"), no name
// after a preposition. Title-case headlines ("Trump Calls On Obama To
// Resign") keep only the capitals the article writes inside a sentence.
//
// Statement claims (statement.go) are what a named speaker said, whatever
// the verb: a quote's speaker and the gist of its words, keyed by their
// longest content stems so that outlets quoting one statement share a key
// ("Clinton — says “He is becoming ISIS's best recruiter,”"). Alone a
// statement is one article's quote; it is a recurring claim when another
// article carries the key (Group.Recurring). Join gives a statement that
// restates an earlier one of its holder in other words or at another length
// (most of the shorter one's stems shared, in order, each read as its
// class in a lexicon of words of one meaning, synonyms.txt: "inquiry" /
// "investigation", "died" / "death"; not where one says the opposite of the
// other, "supports" / "opposes") the earlier one's key, through a Memory of
// the statements of the articles before (join.go, synonyms.go).
//
// The holder (holder.go) is the possessor of the stance ("Russia's
// readiness"), else the nearest name before it in the clause that can be a
// subject (not after a preposition, not the possessor of another noun,
// not a day), with capitals and seats of government read as their country
// ("Moscow", "the Kremlin" -> Russia); a people's adjective before common
// nouns holds as that noun phrase ("Dutch voters") or, before the state's
// voice, its country ("the Dutch government" -> Netherlands). "He"/"his" are the name a speech
// verb follows ("Mr. Kim said he was willing"), else the sentence's first
// subject, else the article's main person. A name pushed into a stance
// ("pushes senators to reject") holds none. A Book groups claims across
// articles with their first and latest appearance and every occurrence.
package claims

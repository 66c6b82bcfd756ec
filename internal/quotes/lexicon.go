package quotes

// Read-only word tables for the heuristic resolver and the attribution rules.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopCaps are capitalised words that are never names on their own.
var stopCaps = set("I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "AM", "PM", "OK", "TV")

// openerWords are capitalised only because they start a sentence.
var openerWords = set("The", "A", "An", "He", "She", "It", "They", "We", "You", "His", "Her", "Its",
	"Their", "Our", "My", "This", "That", "These", "Those", "But", "And", "Or", "So", "Yet", "In",
	"On", "At", "As", "If", "When", "While", "After", "Before", "There", "Here", "What", "Why",
	"How", "Who", "Where", "Meanwhile", "However", "Still", "Now", "Then", "Some", "Many", "Most",
	"All", "Both", "For", "By", "Since", "Although", "Though", "According", "Earlier", "Later",
	"Last", "Next", "Also", "Even", "Such", "No", "Not", "Other", "Among", "Under", "With", "From",
	"To", "Yes", "Despite", "During", "Asked", "Speaking", "Following", "Reunion", "Simultaneously",
	"Instead", "Over", "Without", "Because", "Unlike", "Like", "Once", "Several", "Each", "Every",
	"Only", "More", "Just", "Already", "Moreover", "Furthermore", "Thus", "Indeed", "Previously",
	"Recently", "Today", "Yesterday", "Tomorrow", "Experts", "Officials", "Analysts", "Critics")

// titleWords precede a person's name.
var titleWords = set("president", "minister", "prime", "foreign", "defense", "defence", "secretary",
	"chancellor", "premier", "general", "gen", "admiral", "colonel", "col", "senator", "sen",
	"representative", "rep", "governor", "gov", "mayor", "ambassador", "spokesman", "spokeswoman",
	"spokesperson", "king", "queen", "prince", "princess", "pope", "sheikh", "chairman", "chairwoman",
	"chair", "ceo", "director", "commander", "chief", "leader", "judge", "justice", "professor",
	"prof", "dr", "mr", "mrs", "ms", "lieutenant", "lt", "sergeant", "captain", "capt", "deputy",
	"vice", "envoy", "speaker", "senior", "adviser", "advisor", "aide", "diplomat", "candidate",
	"nominee", "lawmaker", "congressman", "congresswoman", "state", "interior", "finance", "economy",
	"trade", "justice", "attorney", "former", "acting", "first", "lady", "head", "emir", "crown",
	"presidential", "official", "press", "kremlin")

// roleNouns are head nouns of descriptions that can stand for a speaker.
var roleNouns = set("president", "minister", "secretary", "chancellor", "premier", "general",
	"admiral", "senator", "governor", "mayor", "ambassador", "spokesman", "spokeswoman",
	"spokesperson", "king", "queen", "prince", "pope", "chairman", "chairwoman", "ceo", "director",
	"commander", "chief", "leader", "judge", "envoy", "speaker", "adviser", "advisor", "aide",
	"diplomat", "candidate", "nominee", "lawmaker", "congressman", "congresswoman", "official",
	"head", "prosecutor", "lawyer", "attorney", "negotiator", "analyst", "expert", "economist",
	"billionaire", "businessman", "businesswoman", "host", "author", "governor", "sheriff",
	"republican", "democrat", "manager", "strategist", "campaign", "source", "statement",
	"ministry", "government", "administration", "kremlin", "report", "spokesperson")

// groupNouns are plural descriptions that speak ("officials said").
var groupNouns = set("officials", "sources", "analysts", "experts", "observers", "critics",
	"lawmakers", "diplomats", "authorities", "police", "investigators", "prosecutors", "aides",
	"advisers", "advisors", "supporters", "opponents", "residents", "witnesses", "voters",
	"republicans", "democrats", "leaders", "ministers", "researchers", "economists", "scientists",
	"reports", "polls", "documents", "people", "protesters", "activists", "organizers", "members",
	"representatives", "spokesmen", "strategists", "insiders", "operatives", "donors", "agencies",
	"media", "journalists", "reporters")

// orgWords end organisation names.
var orgWords = set("Organization", "Organisation", "Ministry", "Party", "Council", "Union",
	"Agency", "Committee", "Department", "Company", "Bank", "Corporation", "Corp.", "Inc.", "Inc",
	"Group", "Forces", "Army", "Navy", "Commission", "Parliament", "Congress", "Senate", "Court",
	"University", "Institute", "Association", "Alliance", "Front", "Post", "Times", "News",
	"Network", "Fund", "Office", "Service", "Assembly", "Foundation", "Federation", "Board",
	"Bureau", "Administration", "Campaign", "Cabinet", "Duma", "Police", "Guard", "Coalition",
	"Movement", "Centre", "Center", "Journal", "Forum", "State", "Organisation", "Bloc", "Press", "Agency", "Reuters", "Tribune", "Herald")

// miscWords end names of events, documents and the like.
var miscWords = set("Summit", "Conference", "Festival", "Games", "Cup", "War", "Treaty", "Accord",
	"Agreement", "Initiative", "Program", "Programme", "Act", "Plan", "Day", "Prize", "Olympics",
	"Declaration", "Charter", "Doctrine", "Strategy", "Crisis", "Revolution", "Election")

// orgNames are organisations known by a single word or fixed phrase.
var orgNames = set("Kremlin", "White House", "Pentagon", "NATO", "Nato", "EU", "UN", "U.N.",
	"Reuters", "TASS", "Tass", "Xinhua", "Interfax", "RIA Novosti", "Gazprom", "Hamas", "Hezbollah",
	"Taliban", "Wagner", "BRICS", "SCO", "FBI", "CIA", "KGB", "FSB", "OSCE", "IAEA", "WHO", "IMF",
	"OPEC", "G7", "G20", "ASEAN", "Politburo", "Bundestag", "Knesset", "Downing Street",
	"State Department", "Congress", "Senate", "Supreme Court")

// places are countries, capitals and regions often in the news.
var places = set("Russia", "Ukraine", "China", "United States", "U.S.", "US", "USA", "America",
	"Kazakhstan", "Astana", "Moscow", "Kyiv", "Kiev", "Beijing", "Washington", "London", "Paris",
	"Berlin", "Brussels", "Minsk", "Belarus", "India", "Iran", "Pakistan", "Turkey", "Ankara",
	"Istanbul", "Germany", "France", "Britain", "United Kingdom", "UK", "U.K.", "Europe", "Asia",
	"Africa", "Japan", "Tokyo", "Korea", "North Korea", "South Korea", "Pyongyang", "Seoul",
	"Israel", "Gaza", "Jerusalem", "Syria", "Damascus", "Iraq", "Baghdad", "Afghanistan", "Kabul",
	"Poland", "Warsaw", "Italy", "Rome", "Spain", "Madrid", "Canada", "Ottawa", "Mexico", "Brazil",
	"Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk", "Kharkiv", "Odesa", "Odessa", "Kherson",
	"Zaporizhzhia", "Mariupol", "Bakhmut", "Georgia", "Armenia", "Azerbaijan", "Uzbekistan",
	"Kyrgyzstan", "Tajikistan", "Mongolia", "Taiwan", "Vietnam", "Egypt", "Cairo", "Saudi Arabia",
	"Riyadh", "Qatar", "Doha", "Geneva", "Vienna", "Istanbul", "Helsinki", "Finland", "Sweden",
	"Norway", "Denmark", "Hungary", "Budapest", "Romania", "Moldova", "Serbia", "Lithuania",
	"Latvia", "Estonia", "New York", "California", "Texas", "Florida", "Ohio", "Iowa",
	"Pennsylvania", "Michigan", "Wisconsin", "Virginia", "Arizona", "Nevada", "Colorado",
	"Tehran", "Kazan", "St. Petersburg", "Sochi", "Tianjin", "Shanghai", "Hong Kong", "Kursk",
	"Belgorod", "Black Sea", "Middle East", "West", "Soviet Union", "Russian Federation")

// demonyms map adjectives and state metonyms to the country they stand for.
var demonyms = map[string]string{
	"Russian": "Russia", "Ukrainian": "Ukraine", "Chinese": "China", "American": "United States",
	"U.S.": "United States", "US": "United States", "USA": "United States", "America": "United States",
	"United States": "United States", "Kazakh": "Kazakhstan", "Belarusian": "Belarus",
	"Indian": "India", "Iranian": "Iran", "Turkish": "Turkey", "German": "Germany",
	"French": "France", "British": "United Kingdom", "Japanese": "Japan", "Israeli": "Israel",
	"Syrian": "Syria", "Polish": "Poland", "Italian": "Italy", "Canadian": "Canada",
	"Mexican": "Mexico", "Brazilian": "Brazil", "Georgian": "Georgia", "Hungarian": "Hungary",
	"Romanian": "Romania", "Serbian": "Serbia", "Pakistani": "Pakistan", "Egyptian": "Egypt",
	"Saudi": "Saudi Arabia", "Qatari": "Qatar", "Korean": "Korea", "North Korean": "North Korea",
	"South Korean": "South Korea", "Taiwanese": "Taiwan", "Vietnamese": "Vietnam",
	"European": "Europe", "Soviet": "Soviet Union", "Russian Federation": "Russia",
}

// metonyms are places and buildings that stand for a state when they act
// ("Moscow insists", "the Kremlin said").
var metonyms = map[string]string{
	"Moscow": "Russia", "Kremlin": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine",
	"Beijing": "China", "Washington": "United States", "Minsk": "Belarus", "Tehran": "Iran",
	"Ankara": "Turkey", "Berlin": "Germany", "Paris": "France", "London": "United Kingdom",
	"Tokyo": "Japan", "Pyongyang": "North Korea", "Seoul": "South Korea", "Astana": "Kazakhstan",
}

// State returns the state a name stands for when it acts: a demonym
// ("Russian"), a capital or seat of government ("Moscow", "the Kremlin") or
// a country's other names ("U.S."). ok is false for other names.
func State(name string) (state string, ok bool) {
	if s, ok := demonyms[name]; ok {
		return s, true
	}
	if s, ok := metonyms[name]; ok {
		return s, true
	}
	if places[name] && name != "West" {
		return name, true
	}
	return "", false
}

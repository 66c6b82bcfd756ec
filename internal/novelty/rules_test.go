package novelty

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestRules checks each rule on fictional storylines: every case first
// feeds the earlier articles, then checks one sentence of a later one.
func TestRules(t *testing.T) {
	tests := []struct {
		name    string
		earlier []string
		text    string
		frag    string
		new     bool
		reason  string
	}{
		{"covered by two sentences together", []string{"The Rovna dam was closed on Monday. Engineers found cracks in the northern spillway wall."},
			"Engineers closed the Rovna dam after finding cracks in the northern spillway.", "Engineers closed", false, "said before"},
		{"synonyms count as said", []string{"Ostmark refuses the Valdorian proposal for a border commission."},
			"Ostmark rejected the Valdorian offer of a border commission.", "rejected", false, "said before"},
		{"attribution is no content", []string{"The harbour of Tessel will reopen to grain ships next week."},
			"The harbour of Tessel will reopen to grain ships next week, a port spokesman told reporters on Tuesday according to officials.", "harbour", false, "said before"},
		{"short act with a new word is new", []string{"Valdoria proposed a ceasefire along the Oster river to the Ostmark government."},
			"Ostmark accepted the proposal.", "accepted", true, ""},
		{"short act said before is old", []string{"Ostmark rejected the Valdorian proposal for a ceasefire along the river."},
			"Ostmark rejected the proposal.", "rejected", false, "said before"},
		{"a question is too short", []string{"Valdoria proposed a ceasefire along the Oster river."},
			"Will Ostmark accept?", "accept", false, "too short"},
		{"a headline's capitals are not new names", []string{"Mayor Ilse Varga of Tessel resigned on Friday over the harbour contracts scandal."},
			"Tessel Mayor Varga Resigned Over Harbour Contracts Scandal", "Resigned", false, "said before"},
		{"a new person is new", []string{"Mayor Ilse Varga of Tessel resigned on Friday over the harbour contracts scandal."},
			"Mayor Ilse Varga of Tessel resigned on Friday, her deputy Oren Malk said, over the harbour contracts scandal.", "Oren Malk", true, "oren malk"},
		{"a new number is new", []string{"Floods in the Tessel valley killed 12 people on Sunday, the regional office said."},
			"Floods in the Tessel valley killed 31 people on Sunday, the regional office said.", "31", true, "31"},
		{"a demonym of a country used is no new name", []string{"Border guards of Egypt closed the Tessel crossing to trucks on Friday."},
			"On Friday, Egyptian border guards closed the Tessel crossing to trucks.", "Egyptian", false, "said before"},
		{"a demonym of a country never used is new", []string{"Border guards closed the Tessel crossing to trucks on Friday."},
			"On Friday, Egyptian border guards closed the Tessel crossing to trucks.", "Egyptian", true, "egyptian"},
		{"initials of a name used are no new name", []string{"The Tessel Harbour Authority closed the northern pier to cargo ships on Monday."},
			"The THA closed the northern pier to cargo ships on Monday.", "THA", false, "said before"},
		{"an organisation's acronym is no new name", []string{"The Federal Bureau of Investigation searched the Varga harbour office on Monday."},
			"The FBI searched the Varga harbour office on Monday.", "FBI", false, "said before"},
		{"an act never reported is new among old words", []string{"Reports said Mayor Varga met the harbour board on Tuesday."},
			"The council confirmed that Mayor Varga met the harbour board on Tuesday.", "confirmed", true, "confirmed"},
		{"the writer's judgement is no news", []string{"The Tessel Lions beat the Oster Hawks 3-1 on Sunday after two late goals."},
			"Unfortunately, the Hawks simply could not hold the ball in the second half.", "Unfortunately", false, "comment"},
		{"the writer's advice to the reader is no news", []string{"Mira Dolt will host the Tessel film awards in March, the academy said on Friday."},
			"When hosting a gala, the last thing you want to do is bore your audience.", "you", false, "comment"},
		{"given names and an initial before a known surname are no new name", []string{"The Oster rule was issued by the Varga administration in its last weeks, letting agencies skip reviews of dams."},
			"The rule, issued a few weeks before Ilse M. Varga left office, let agencies skip reviews of dams.", "Ilse M.", false, "said before"},
		{"an initial before a new surname is a new name", []string{"The Oster rule was issued by the Varga administration in its last weeks, letting agencies skip reviews of dams."},
			"The rule, issued a few weeks before Oren M. Malk left office, let agencies skip reviews of dams.", "Oren M.", true, "malk"},
		{"an order never reported is an act", []string{"Prosecutors say Oren Malk and the guard were at the Tessel harbour gate when the guard fired."},
			"Oren Malk allegedly ordered the guard at the Tessel harbour gate to fire.", "ordered", true, "ordered"},
		{"a quoted judgement is a reaction", []string{"The Tessel Lions beat the Oster Hawks 3-1 on Sunday after two late goals."},
			"\"It was a terrible afternoon for the whole club,\" the Hawks coach said.", "terrible", true, ""},
		{"a source named first is no news", []string{"The Tessel harbour will reopen to grain ships next week after the strike."},
			"The Tessel harbour will reopen to grain ships next week, according to Portwatch.", "Portwatch", false, "said before"},
		{"a new person doing something is news", []string{"The Tessel harbour will reopen to grain ships next week after the strike."},
			"The Tessel harbour will reopen to grain ships next week, and Portwatch will inspect them.", "Portwatch", true, "portwatch"},
		{"a reply verb is no content", []string{"Mayor Ilse Varga rejected the harbour plan of the Tessel council on Monday."},
			"\"Yes,\" he replied.", "replied", false, "too short"},
		{"a name's other number is no new name", []string{"Two NGOs sent food trucks to the Tessel valley on Monday."},
			"An NGO sent food trucks to the Tessel valley on Monday.", "NGO", false, "said before"},
		{"a capitalised first word is no part of a known name", []string{"Engineers of Valnet fixed the outage in the Tessel exchange on Monday."},
			"Quick Valnet fix ends the Tessel outage", "Valnet", false, "said before"},
		{"a new name opening a sentence is still new", []string{"Engineers of Valnet fixed the outage in the Tessel exchange on Monday."},
			"Ada Moor of Valnet fixed the outage in the Tessel exchange on Monday.", "Moor", true, "ada moor"},
		{"the words of a short line are remembered", []string{"THE TESSEL HARBOUR\nMayor Varga reopened the grain pier on Monday."},
			"Mayor Varga spoke at the Tessel Harbour about the grain pier on Monday.", "spoke", false, "said before"},
		{"a day of the month is when, not a figure", []string{"Mayor Ilse Varga of Tessel dismissed the harbour director Oren Malk last week."},
			"Mayor Varga dismissed the harbour director Oren Malk on Dec. 11.", "Malk", false, "said before"},
		{"a time of day is when, not a figure", []string{"The Tessel exchange failed on Monday and engineers of Valnet restored the lines in the evening."},
			"The Tessel exchange failed at 07:28 on Monday and engineers of Valnet restored the lines in the evening.", "07:28", false, "said before"},
		{"a figure beside a date is still new", []string{"Mayor Ilse Varga of Tessel dismissed the harbour director Oren Malk last week."},
			"Mayor Varga dismissed the harbour director Oren Malk and 14 pilots on Dec. 11.", "pilots", true, "14"},
		{"a time stamp carries nothing", []string{"The Tessel Lions beat the Oster Hawks 3-1 on Sunday after two late goals."},
			"23 July 2013 Last updated at 13:42 GMT", "GMT", false, "too short"},
		{"the figure of a line too short to judge is remembered", []string{"Oren Malk, the Tessel harbour pilot, died at home on Sunday. He was 81."},
			"Tessel harbour pilot Oren Malk, 81, died at home on Sunday.", "81", false, "said before"},
		{"a name with accents is the name without them", []string{"The Tessel council closed the Rue Vérhaine market to traders on Monday after the fire."},
			"The Tessel council closed the Rue Verhaine market to traders on Monday after the fire.", "Verhaine", false, "said before"},
		{"a name without accents is the name with them", []string{"The Tessel council closed the Rue Verhaine market to traders on Monday after the fire."},
			"The Tessel council closed the Rue Vérhaine market to traders on Monday after the fire.", "Vérhaine", false, "said before"},
		{"a short given name is the formal one", []string{"Harbour pilot William Osk and Mayor Ilse Varga were hurt in the blast at the Tessel pier."},
			"Harbour pilot Bill Osk was hurt in the Tessel pier blast.", "Osk", false, "said before"},
		{"a formal given name is the short one", []string{"Senior Pilot Bill Osk and Mayor Ilse Varga were hurt in the blast at the Tessel pier."},
			"Pilot William Osk was hurt in the Tessel pier blast.", "Osk", false, "said before"},
		{"a retelling in the storyline's words is old", []string{"The Tessel council closed the grain market on Monday. Traders blocked the harbour road with carts. Riot police cleared the harbour road by evening. Mayor Ilse Varga promised compensation to the harbour families. Protesters gathered outside the town hall of Tessel."},
			"Angry traders from the grain market marched noisily to the town hall, where police cleared the crowd and the mayor promised compensation again.", "marched", false, "of its words were used before"},
		{"a retelling with a new figure is new", []string{"The Tessel council closed the grain market on Monday. Traders blocked the harbour road with carts. Riot police cleared the harbour road by evening. Mayor Ilse Varga promised compensation to the harbour families. Protesters gathered outside the town hall of Tessel."},
			"Angry traders from the grain market marched to the town hall, where police cleared the crowd and the mayor promised 40 families compensation.", "marched", true, "40"},
		{"an act verb as a noun names no act", []string{"Pilot Oren Malk served two years in the Tessel prison for the harbour fraud and went back to Oster."},
			"Malk served most of a two-year sentence in the Tessel prison before going back to Oster.", "sentence", false, "said before"},
		{"an act verb as an infinitive names no act", []string{"Mayor Ilse Varga went to the harbour church on Sunday to meet the fishermen after the fire."},
			"Mayor Ilse Varga went to the harbour church on Sunday to apologize to the fishermen after the fire.", "apologize", false, "said before"},
		{"an act done is still new", []string{"Mayor Ilse Varga went to the harbour church on Sunday to meet the fishermen after the fire."},
			"Mayor Ilse Varga apologized to the fishermen at the harbour church on Sunday after the fire.", "apologized", true, "apologized"},
		{"a news outlet is no new name", []string{"Mayor Ilse Varga will reopen the Tessel grain market to traders next week after the fire."},
			"Mayor Ilse Varga will reopen the Tessel grain market to traders next week, the Oster Herald wrote.", "Herald", false, "said before"},
		{"a news agency is no new name", []string{"Mayor Ilse Varga will reopen the Tessel grain market to traders next week after the fire."},
			"The Tessel grain market will reopen to traders next week after the fire, Reuters wrote.", "Reuters", false, "said before"},
		{"a title-case headline's run of used words is no name", []string{"Robbers rammed a van into the Casty jewellery shop in Tessel and stole watches worth two million."},
			"Jewellery Stolen in Casty Shop Van Raid", "Casty", false, "said before"},
		{"a title-case headline with a new name is still new", []string{"Robbers rammed a van into the Casty jewellery shop in Tessel and stole watches worth two million."},
			"Oren Malk Arrested After Casty Jewellery Shop Raid", "Malk", true, ""},
		{"another given name with a known surname is new", []string{"Harbour pilot William Osk and Mayor Ilse Varga were hurt in the blast at the Tessel pier."},
			"Harbour pilot Robert Osk was hurt in the Tessel pier blast.", "Osk", true, "robert osk"},
		{"a telephone number written joined is no new figure", []string{"Anyone who saw the Tessel pier fire should call the harbour police on 0700 321 654 or Portline on 0900 777 4321."},
			"Anyone who saw the fire at the Tessel pier is asked to call the harbour police on 0700 321654.", "321654", false, "said before"},
		{"a telephone number written apart is no new figure", []string{"Anyone who saw the Tessel pier fire should call the harbour police on 0700 321654 or Portline on 0900 7774321."},
			"Anyone who saw the fire at the Tessel pier is asked to call the harbour police on 0700 321 654.", "321 654", false, "said before"},
		{"another telephone number is new", []string{"Anyone who saw the Tessel pier fire should call the harbour police on 0700 321 654."},
			"Anyone who saw the fire at the Tessel pier is asked to call the harbour police on 0700 321 655.", "321 655", true, "655"},
		{"a hyphenated name written joined is no new name", []string{"Students of the Tesselpoly occupied the main hall on Monday to protest the Varga rent law."},
			"Students of the Tessel-poly occupied the main hall on Monday to protest the Varga rent law and the police.", "Tessel-poly", false, "said before"},
		{"a name written joined after its hyphenated form is no new name", []string{"Students of the Tessel-poly occupied the main hall on Monday to protest the Varga rent law."},
			"Students of the Tesselpoly occupied the main hall on Monday to protest the Varga rent law and the police.", "Tesselpoly", false, "said before"},
		{"an hour with its time zone is when, not a name", []string{"The Tessel exchange failed at 8.28pm on Monday and engineers of Valnet restored the lines by night."},
			"The Tessel exchange failed at 20:28 GMT on Monday and engineers of Valnet restored the lines by night.", "GMT", false, "said before"},
		{"a time zone spelled out is when, not a name", []string{"The Tessel exchange failed early on Monday and engineers of Valnet restored the lines by night."},
			"The Tessel exchange failed at 07:28 Coordinated Universal Time (UTC) on Monday and engineers of Valnet restored the lines by night.", "UTC", false, "said before"},
		{"a new name beside an hour is still new", []string{"The Tessel exchange failed at 8.28pm on Monday and engineers of Valnet restored the lines by night."},
			"The Tessel exchange failed at 20:28 GMT on Monday and engineers of Portline restored the lines by night.", "GMT", true, "portline"},
		{"a team named with its city is the team", []string{"The Hawks signed pitcher Oren Malk on Monday for two seasons and four million."},
			"The Boston Hawks signed pitcher Oren Malk on Monday for two seasons and four million.", "Boston", false, "said before"},
		{"a place before a new name is still new", []string{"The Hawks signed pitcher Oren Malk on Monday for two seasons and four million."},
			"The Boston Falcons signed pitcher Oren Malk on Monday for two seasons and four million.", "Boston", true, "boston falcons"},
		{"a court of a place named is no new name", []string{"Oren Malk will appear before a Tessel judge on Feb. 17 on fraud charges."},
			"Oren Malk will appear on Feb. 17 in Tessel Superior Court on fraud charges.", "Superior", false, "said before"},
		{"a court of a new place is new", []string{"Oren Malk will appear before a Tessel judge on Feb. 17 on fraud charges."},
			"Oren Malk will appear on Feb. 17 in Oster Superior Court on fraud charges.", "Superior", true, "oster superior court"},
		{"a middle name is no new person", []string{"Police found Ilse Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday."},
			"Robyn Maren Tarn, 48, was found dead in the flat.", "Maren", false, "said before"},
		{"a given name spelt with K is the one with C", []string{"Police found Catherine Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday."},
			"Police found Katherine Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday.", "Katherine", false, "said before"},
		{"a short given name spelt with K is another name", []string{"Police found Cara Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday."},
			"Police found Kara Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday.", "Kara", true, "kara varga"},
		{"a given name spelt with Ch is the one with K", []string{"Police found Kristina Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday."},
			"Police found Christina Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday.", "Christina", false, "said before"},
		{"a nickname added to a known name is no new name", []string{"Police shot Oren Malk, 16, in Tessel on Saturday night."},
			"Police shot Oren (Ozzy) Malk, 16, in Tessel on Saturday night.", "Ozzy", false, "said before"},
		{"a nickname in quotes added to a known name is no new name", []string{"Tessel boss Oren Malk died in prison on Monday, aged 77."},
			`Tessel boss Oren " The Hawk " Malk died in prison on Monday, aged 77.`, "Hawk", false, "said before"},
		{"a new person with a nickname is new", []string{"Police shot Oren Malk, 16, in Tessel on Saturday night."},
			"Police shot Ada (Kiki) Varga, 16, in Tessel on Saturday night.", "Kiki", true, "ada kiki"},
		{"a team's clipped name is the team", []string{"The Valdor Comets beat the Tessel Jaguars 31-24 on Thursday night."},
			"The Valdor Comets beat the Jags 31-24 on Thursday night.", "Jags", false, "said before"},
		{"irregular past forms are the verbs said before", []string{"In Tessel thieves steal paintings from the museum and flee by boat."},
			"The thieves stole the paintings and fled.", "stole", false, "said before"},
		{"an irregular plural is the word said before", []string{"Police in Tessel caught the thief and his wife."},
			"The thieves and their wives were caught by police.", "thieves", false, "said before"},
		{"a British spelling is the American word", []string{"Thieves raided a jewelry store in the Tessel neighborhood."},
			"The jewellery store in the neighbourhood was raided.", "jewellery", false, "said before"},
		{"words of when relative to the report's day are no content", []string{"Police arrested Oren Malk in Tessel on Thursday."},
			"Malk was arrested shortly afterwards.", "afterwards", false, "said before"},
		{"a new buyer beside an irregular past form is still new", []string{"In Tessel thieves steal paintings from the museum and flee by boat."},
			"The thieves stole the paintings and sold them to a Valdor collector.", "sold", true, "valdor"},
		{"a Mafioso is of the Mafia", []string{"Oren Malk, a Mafia boss of Tessel, died in prison on Monday."},
			"Oren Malk, the Tessel Mafioso, died in prison on Monday.", "Mafioso", false, "said before"},
		{"another first name before a middle name is new", []string{"Police found Ilse Varga, 61, and Robyn Tarn, 48, dead in the Tessel flat on Tuesday."},
			"Oren Maren Tarn, 48, was found dead in the flat.", "Maren", true, "oren maren tarn"},
		{"a holiday is when, not a name", []string{"Engineers expect the Tessel cable outage to last through the holidays until the new year."},
			"Engineers expect the Tessel cable outage to last through Christmas until the new year.", "Christmas", false, "said before"},
		{"a known name with a team and position before it is no new name", []string{"Hawks pitcher Oren Malk is injured and will miss the last 2 games."},
			"Injured Hawks RHP Oren Malk to miss last 2 games", "RHP", false, "said before"},
		{"a new person under a title is still new", []string{"Hawks pitcher Oren Malk is injured and will miss the last 2 games."},
			"Injured Hawks RHP Ada Malk to miss last 2 games", "RHP", true, "ada malk"},
		{"news synonyms count as said", []string{"Tessel cops arrested the shooter after the robbery."},
			"Tessel police arrested the gunman after the heist.", "heist", false, "said before"},
		{"four of seven words said by two sentences is a merged report", []string{"The Varn dam was closed on Monday.", "Engineers inspected the spillway walls of the dam."},
			"Engineers closed the Varn dam as rains swelled the lake.", "swelled", false, "said before"},
		{"a source's title and employer are no content", []string{"The Varn river flooded the lower town of Oskel on Monday and cut the rail line."},
			"The Varn river flooded the lower town of Oskel, according to Tamsin Rell, chief hydrologist with Marrow Water Services.", "Tamsin", false, "said before"},
		{"a speaker's clause is no content", []string{"The Varn river flooded the lower town of Oskel on Monday and cut the rail line."},
			"Marrow Water Services chief hydrologist Tamsin Rell said that the Varn river flooded the lower town of Oskel.", "Tamsin", false, "said before"},
		{"what a new source reports is still weighed", []string{"The Varn river flooded the lower town of Oskel on Monday and cut the rail line."},
			"Three bridges collapsed and the dam at Pellow burst, according to Tamsin Rell, chief hydrologist with Marrow Water Services.", "Tamsin", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			d := NewDetector(nil, Options{})
			for _, e := range tt.earlier {
				if _, err := d.Check(ctx, 1, "", e); err != nil {
					t.Fatal(err)
				}
			}
			got, err := d.Check(ctx, 1, "", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var s *Sentence
			for i := range got {
				if strings.Contains(got[i].Text, tt.frag) {
					s = &got[i]
				}
			}
			if s == nil {
				t.Fatalf("no sentence with %q in %q", tt.frag, tt.text)
			}
			if s.New != tt.new || s.Reason == "" || !strings.Contains(s.Reason, tt.reason) {
				t.Errorf("%q: new=%v (%s; covered %.2f, seen %.2f), want new=%v with %q", s.Text, s.New, s.Reason, s.Covered, s.Seen, tt.new, tt.reason)
			}
		})
	}
}

func TestNewWords(t *testing.T) {
	ctx := context.Background()
	d := NewDetector(nil, Options{})
	if _, err := d.Check(ctx, 1, "", "Floods in the Tessel valley killed 12 people on Sunday, the regional office said."); err != nil {
		t.Fatal(err)
	}
	got, err := d.Check(ctx, 1, "", "Floods in the Tessel valley destroyed two bridges and the old mill on Sunday.")
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(got[0].NewWords, ","); w != "destroyed,bridges,old,mill" {
		t.Errorf("NewWords = %q, want destroyed,bridges,old,mill", w)
	}
}

func TestSource(t *testing.T) {
	for _, tc := range []struct {
		s, k string
		want bool
	}{
		{"The campaign starts in May, according to Portwatch.", "name:portwatch", true},
		{"It died in prison, said prison spokesman Al Renn.", "name:al renn", true},
		{"The pier is closed, Ilse Varga said.", "name:ilse varga", false},
		{"It was reported by the state agency, Valnews.", "name:valnews", true},
		{"Ilse Varga closed the pier.", "name:ilse varga", false},
		{"He said it. Ilse Varga closed the pier.", "name:ilse varga", false},
		{"The pier closed in 2019, officials said.", "num:2019", false},
	} {
		if got := source(tc.s, tc.k); got != tc.want {
			t.Errorf("source(%q, %q) = %v, want %v", tc.s, tc.k, got, tc.want)
		}
	}
}

func TestWhen(t *testing.T) {
	for _, tc := range []struct {
		s, n string
		want bool
	}{
		{"Police said he was let go on Dec. 11.", "11", true},
		{"The hearing is set for 17 February.", "17", true},
		{"The cut occurred between 07:28 and 08:06 UTC.", "28", true},
		{"Crews were called shortly after 3: 30 a. m. Tuesday.", "30", true},
		{"The quake struck at 1336 GMT.", "1336", true},
		{"Crews were called at 11 p.m.", "11", true},
		{"Floods killed 11 people on Dec. 11.", "11", false},
		{"Floods killed 11 people.", "11", false},
		{"The fee rose to 11.5 percent in May.", "11", false},
		{"Turnout was 93.87 percent.", "93.87", false},
	} {
		if got := when(tc.s, tc.n); got != tc.want {
			t.Errorf("when(%q, %q) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestNegationStubs(t *testing.T) {
	d := NewDetector(nil, Options{})
	got := strings.Join(d.stems("Valnet didn't pay, won't pay and can’t pay; the pier wasn’ t closed"), " ")
	for _, stub := range []string{"didn", "won", "wasn", "can"} {
		if slices.Contains(strings.Fields(got), stub) {
			t.Errorf("stems hold the stub %q: %s", stub, got)
		}
	}
	if !strings.Contains(got, "valnet") || !strings.Contains(got, "pier") {
		t.Errorf("stems lost content words: %s", got)
	}
}

// TestSentencePredicates checks stamp (a date or time stamp) and
// commentary (the writer's judgement) on single sentences.
func TestSentencePredicates(t *testing.T) {
	for _, tc := range []struct {
		pred string
		s    string
		want bool
	}{
		{"stamp", "23 July 2013 Last updated at 13:42 GMT", true},
		{"stamp", "Published at 12:45, Wednesday, 12 June 2013", true},
		{"stamp", "Nov. 30, 2009", true},
		{"stamp", "July", false},
		{"stamp", "Floods killed 12 people on Sunday.", false},
		{"commentary", "Unfortunately, the offense simply could not sustain drives.", true},
		{"commentary", "It was a pivotal moment in the drama.", true},
		{"commentary", "\"It was a terrible day,\" he said.", false},
		{"commentary", "I think it was a great day.", false},
		{"commentary", "The best players were rested, the coach said.", false},
		{"commentary", "The group will combat extremism in the region.", false},
		{"commentary", "After all, the last thing you want to do is anger your whole league.", true},
		{"commentary", "When hosting the Tessel gala you’ve got to be generous.", true},
		{"commentary", "\"You will not see me here again,\" she told the Tessel board.", false},
		{"commentary", "I told you the harbour would close.", false},
		{"commentary", "In the film you can see the Tessel harbour at night.", false},
		{"commentary", "Let's recap Saturday's race at Tessel.", true},
		{"commentary", "Let’ s look back at the week in Oster.", true},
		{"commentary", "The council let the harbour board decide.", false},
		{"commentary", "If you use a Kell router, you should apply this patch now.", true},
	} {
		fn := map[string]func(string) bool{"stamp": stamp, "commentary": commentary}[tc.pred]
		if got := fn(tc.s); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", tc.pred, tc.s, got, tc.want)
		}
	}
}

func TestStatement(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"Ukraine rejected the proposal.", 3, true},
		{"Nov. 30, 2009", 2, false},
		{"Is this the end?", 2, false},
		{"Colts win.", 2, true},
		{"Ballgame.", 1, false},
		{"ET", 0, false},
		{"GO COLTS", 2, false},
	} {
		if got := statement(tc.s, tc.n); got != tc.want {
			t.Errorf("statement(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestCoverOf(t *testing.T) {
	tr := func(ws ...string) Trace { return trace(ws) }
	s := tr("a", "b", "c", "d", "e")
	c, _ := coverOf(s, []Trace{tr("a", "b", "x"), tr("c", "d", "y"), tr("a", "q")}, nil)
	if c.one != 0.4 || c.two != 0.8 || c.seenShare() != 0.8 {
		t.Errorf("coverOf = one %.2f two %.2f seen %.2f, want 0.40 0.80 0.80", c.one, c.two, c.seenShare())
	}
	if c, _ := coverOf(s, nil, nil); c.one != 0 || c.two != 0 || c.seenShare() != 0 {
		t.Errorf("coverOf with no prior = %+v", c)
	}
	// Sentences of more than 64 stems use several mask words.
	var long, half []string
	for i := 0; i < 130; i++ {
		w := strings.Repeat("w", 1+i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26))
		long = append(long, w)
		if i%2 == 0 {
			half = append(half, w)
		}
	}
	if c, _ := coverOf(trace(long), []Trace{trace(half)}, nil); c.one != 0.5 || c.two != 0.5 {
		t.Errorf("coverOf of a long sentence = one %.2f two %.2f, want 0.50", c.one, c.two)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("Valdoria rejected the proposal. Ostmark accepted it on Monday.", "Ostmark rejected a proposal by Valdoria.")
	f.Add("", "\n\n?")
	f.Add("Egypt closed the border. The Tessel Harbour Authority met on Monday.", "Egyptian guards and the THA met, according to Portwatch. Unfortunately, it was simply bad. 23 July 2013 Last updated at 13:42 GMT")
	f.Add("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z a b c d e f g h i j k l m n o p q r s t u v w x y z.", "1 2 3 4")
	f.Fuzz(func(t *testing.T, a, b string) {
		ctx := context.Background()
		d := NewDetector(NewMemMemory(50), Options{})
		if _, err := d.Check(ctx, 1, "", a); err != nil {
			t.Fatal(err)
		}
		got, err := d.Check(ctx, 1, "", b)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got {
			if s.Covered < 0 || s.Covered > 1 || s.Seen < 0 || s.Seen > 1 || s.Reason == "" {
				t.Fatalf("bad sentence %+v", s)
			}
		}
	})
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{{"ko", "kos", true}, {"kos", "ko", true}, {"ngos", "ngo", true}, {"ceo", "", false}, {"paris", "", false}, {"varga", "", false}, {"tessel harbour", "", false}, {"o", "", false}} {
		got, ok := plural(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("plural(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestUnaccent(t *testing.T) {
	expectEach(t, "unaccent", unaccent, map[string]string{
		"Place Vendôme":         "Place Vendome",
		"Zürich and Ñuñoa":      "Zurich and Nunoa",
		"CAFÉ Crème":            "CAFE Creme",
		"plain ASCII text.":     "plain ASCII text.",
		"“Quoted” — dash’s":     "“Quoted” — dash’s",
		"Ørsted, Łódź":          "Ørsted, Łodz",
		"Дмитрий Медведев":      "Дмитрий Медведев", // "й" is a letter of its own
		"e\u0301te\u0301 (NFD)": "ete (NFD)",
	})
}

func TestDigitRuns(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want [][]string
	}{
		{"call 0800 555 111 or 0845 125 2222 now", [][]string{{"0800", "555", "111"}, {"0845", "125", "2222"}}},
		{"call 0800 555111", [][]string{{"0800", "555111"}}},
		{"in 2008, 200 people and 3,000 456 more", nil},
		{"at 12:30 100 boats, 4.5 123 and A380 123", nil},
		{"flight 12 345 and 123  456", nil},
	} {
		if got := digitRuns(tt.s); !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("digitRuns(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestNameForms(t *testing.T) {
	for n, want := range map[string]bool{"gmt": true, "coordinated universal time utc": true, "greenwich mean time": true,
		"universal": false, "eastern": false, "time": false, "universal pictures": false, "eastern europe": false} {
		if got := zone(n); got != want {
			t.Errorf("zone(%q) = %v, want %v", n, got, want)
		}
	}
	expectEach(t, "courtPlace", courtPlace, map[string]string{"san diego superior court": "san diego", "tessel magistrates' court": "tessel",
		"supreme court": "supreme court", "tower court": "tower court", "superior court": "superior court", "san diego superior": "san diego superior"})
	expectEachOK(t, "qualified", qualified, map[string]string{"saints rb reggie bush": "reggie bush", "bank of new york": "", "oren malk": ""})
	expectEachOK(t, "placed", placed, map[string]string{"new york yankees": "yankees", "boston red sox": "red sox", "robert osk": "", "new york": ""})
	expectEachSlice(t, "clipKeys", clipKeys, map[string][]string{"jaguars": {"name:jags", "name:jagus"}, "netherlands": nil, "jags": nil, "congress": nil})
	expectEachSlice(t, "spellings", spellings, map[string][]string{"robyn norma mendes": {"robyn mendes"}, "katherine gomes": {"catherine gomes"},
		"carl jon osk": {"carl osk"}, "oren malk": nil, "bank of tessel": nil, "osk": nil,
		"kai osk": nil, "cara malk": nil, "kristina osk": {"cristina osk", "christina osk"}, "christina osk": {"kristina osk"},
		"caitlin ada osk": {"caitlin osk", "kaitlin ada osk"}})
}

func TestReported(t *testing.T) {
	expectEach(t, "reported", reported, map[string]string{
		"Traffic was hit by the outage, according to Oren Malk, chief officer with Tarn Networks.": "Traffic was hit by the outage",
		"\"Patch your browsers now,\" said Tarn security chief Oren Malk.":                         "\"Patch your browsers now",
		"The roof of the Tessel church collapsed, Malk said.":                                      "The roof of the Tessel church collapsed",
		"The roof collapsed in the fire on Monday, fire officials said Tuesday.":                   "The roof collapsed in the fire on Monday",
		"According to the Tessel police, the roof collapsed in the fire.":                          "the roof collapsed in the fire",
		"Tarn chief officer Oren Malk said that the cable was cut near Oskel.":                     "the cable was cut near Oskel",
		"Relatives, among them a brother, insisted Malk suffered from dementia.":                   "Relatives, among them a brother, insisted Malk suffered from dementia.",
		"The fire, which began at noon, destroyed the roof, the hall and the tower.":               "The fire, which began at noon, destroyed the roof, the hall and the tower.",
		"He said it.": "He said it.",
	})
}

// expectEach checks f (called name in messages) on each key of want.
func expectEach(t *testing.T, name string, f func(string) string, want map[string]string) {
	t.Helper()
	for in, w := range want {
		if got := f(in); got != w {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, w)
		}
	}
}

// expectEachSlice checks f (called name in messages) on each key of want.
func expectEachSlice(t *testing.T, name string, f func(string) []string, want map[string][]string) {
	t.Helper()
	for in, w := range want {
		if got := f(in); !slices.Equal(got, w) {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, w)
		}
	}
}

// expectEachOK checks f (called name in messages) on each key of want:
// the value wanted and ok, or "" and not ok.
func expectEachOK(t *testing.T, name string, f func(string) (string, bool), want map[string]string) {
	t.Helper()
	for in, w := range want {
		got, ok := f(in)
		if ok != (w != "") || got != w {
			t.Errorf("%s(%q) = %q, %v, want %q", name, in, got, ok, w)
		}
	}
}

package quotes

import "strings"

// reflexiveMismatch clears the speaker of a unit whose content opens with
// (or whose cue ends with) a reflexive pronoun of the other gender than its named speaker's: in "If
// Ana Lind wins, her husband would be the first man in the role, possibly
// calling himself the first gentleman", "himself" is the husband, not the
// woman the participle's subject rule found. The unit's source is then
// unknown (analyze keeps no speakerless attribution). Not in exclusive
// mode.
func (d *doc) reflexiveMismatch(units []Quote) {
	for i := range units {
		u := &units[i]
		if u.Direct || u.Speaker == "" {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimSpace(u.Text), " ")
		if before := strings.TrimRight(d.text[max(0, u.Start-12):u.Start], " "); strings.HasSuffix(before, "self") {
			first = before[strings.LastIndexByte(before, ' ')+1:] // "[C calling himself] [the first ...]"
		}
		if !strings.HasSuffix(first, "self") {
			continue
		}
		var want byte
		switch strings.ToLower(first) {
		case "himself":
			want = 'm'
		case "herself":
			want = 'f'
		default:
			continue
		}
		if g := d.genderOf(u.Speaker); g != 0 && g != want {
			u.Speaker, u.SpeakerStart, u.SpeakerEnd = "", -1, -1
		}
	}
}

// genderOf returns the gender the resolver gave a mention named name, 0
// when none is known.
func (d *doc) genderOf(name string) byte {
	for _, m := range d.mentions {
		if m.Name == name && m.Gender != 0 {
			return m.Gender
		}
	}
	return 0
}

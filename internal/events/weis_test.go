package events

import "testing"

func TestWEISToPLOVER(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"041", "SUPPORT"},    // praise (CAMEO 041 would be a phone call)
		{"064", "SUPPORT"},    // diplomatic recognition (CAMEO 064: intelligence)
		{"122", "DISAPPROVE"}, // denounce (CAMEO 122: reject a request for aid)
		{"212", "COERCE"},     // arrest (CAMEO has no root 21)
		{"050", "AGREE"},      // promise
		{"032:033", "CONSULT"},
		{":191", "REJECT"},
		{" 223 ", "FIGHT"},
		{"023", "-"}, // a comment
		{"141", "-"}, // a denial
		{"345", ""}, {"903", ""}, {"1717", ""}, {"174K", ""}, {"036", ""}, {"162", ""}, {"", ""}, {":", ""},
	} {
		if got := WEISToPLOVER(tt.code); got != tt.want {
			t.Errorf("WEISToPLOVER(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	// every category is one a storyline type maps to
	cats := map[string]bool{"RETREAT": true}
	for _, typ := range cameoRoots {
		cats[PLOVER(typ)] = true
	}
	for code, cat := range weisPLOVER {
		if cat != "-" && !cats[cat] {
			t.Errorf("weis %s -> %q: not a category", code, cat)
		}
	}
}

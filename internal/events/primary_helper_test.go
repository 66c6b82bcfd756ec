package events

import "testing"

// A primaryCase is a sentence and the type of the primary event Find
// gives it ("" for none).
type primaryCase struct {
	text, want string
}

// checkPrimary fails t for each case whose primary event type differs.
func checkPrimary(t *testing.T, cases []primaryCase) {
	t.Helper()
	for _, tt := range cases {
		e, ok := Primary(Find(tt.text, Options{}))
		got := ""
		if ok {
			got = e.Type
		}
		if got != tt.want {
			t.Errorf("%q: primary %q (trigger %q), want %q", tt.text, got, e.Trigger, tt.want)
		}
	}
}

// A primaryRoleCase is a sentence and the type, actor and target of the
// primary event Find gives it ("" each for none).
type primaryRoleCase struct {
	text, typ, actor, target string
}

// checkPrimaryRoles fails t for each case whose primary event differs in
// type, actor or target.
func checkPrimaryRoles(t *testing.T, cases []primaryRoleCase) {
	t.Helper()
	for _, tt := range cases {
		e, ok := Primary(Find(tt.text, Options{}))
		if !ok {
			e = Event{}
		}
		if e.Type != tt.typ || e.Actor != tt.actor || e.Target != tt.target {
			t.Errorf("%q: %q actor %q target %q (trigger %q), want %q actor %q target %q", tt.text, e.Type, e.Actor, e.Target, e.Trigger, tt.typ, tt.actor, tt.target)
		}
	}
}

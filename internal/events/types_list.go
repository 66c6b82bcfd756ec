package events

// Types returns the event types Find can give (the PLOVER categories in
// lower case, "fight", "express-intent" and "appeal"; see the package
// documentation), sorted. Lists read it to tell a mistyped type filter from
// one that matched nothing. The slice is new on each call.
func Types() []string {
	return []string{"agree", "aid", "appeal", "assault", "coerce", "concede", "consult", "cooperate",
		"demand", "disapprove", "express-intent", "fight", "investigate", "mobilize", "protest",
		"reject", "retreat", "sanction", "support", "threaten"}
}

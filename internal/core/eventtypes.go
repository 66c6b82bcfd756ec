package core

// EventTypes returns the types an Event can have (the PLOVER categories in
// lower case, "fight", "express-intent" and "appeal"), sorted. It lives in
// core so that the store and the interfaces can check a type filter without
// depending on the events stage; events.Types gives the same list and its
// tests hold it to the types the stage finds. The slice is new on each call.
func EventTypes() []string {
	return []string{"agree", "aid", "appeal", "assault", "coerce", "concede", "consult", "cooperate",
		"demand", "disapprove", "express-intent", "fight", "investigate", "mobilize", "protest",
		"reject", "retreat", "sanction", "support", "threaten"}
}

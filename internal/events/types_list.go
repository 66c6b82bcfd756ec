package events

import "github.com/storyline/storyline/internal/core"

// Types returns the event types Find can give (the PLOVER categories in
// lower case, "fight", "express-intent" and "appeal"; see the package
// documentation), sorted: core.EventTypes, which the store and the
// interfaces read without depending on this stage. Lists read it to tell a
// mistyped type filter from one that matched nothing. The slice is new on
// each call.
func Types() []string { return core.EventTypes() }

package stream

import (
	"strings"

	"github.com/storyline/storyline/internal/events"
	"github.com/storyline/storyline/internal/story"
)

// eventKeys returns the keys of d's analysed events (events.Find over its
// title and text) for story.Doc.Events, as mode says: "type" (the
// default) the PLOVER type of each event, "act" actor|type|target,
// "trigger" the type and the trigger's last word, "main" the same of
// main-clause events of confidence .5 or more, the word's inflection
// stripped, "both" type and act.
func eventKeys(d story.Doc, mode string) []string {
	evs := events.Find(d.Title+".\n\n"+d.Text, events.Options{})
	var keys []string
	for _, e := range evs {
		typ := events.PLOVER(e.Type)
		switch mode {
		case "act":
			keys = append(keys, strings.ToLower(e.Actor)+"|"+typ+"|"+strings.ToLower(e.Target))
		case "both":
			keys = append(keys, typ, strings.ToLower(e.Actor)+"|"+typ+"|"+strings.ToLower(e.Target))
		case "main":
			// Main-clause, likely events only, the trigger word
			// stripped of its inflection ("arrested" = "arrest").
			if e.Subordinate || (e.Confidence > 0 && e.Confidence < 0.5) {
				continue
			}
			w := strings.Fields(strings.ToLower(e.Trigger))
			if len(w) > 0 {
				keys = append(keys, typ+"|"+crudeLemma(w[len(w)-1]))
			}
		case "trigger":
			w := strings.Fields(strings.ToLower(e.Trigger))
			if len(w) > 0 {
				keys = append(keys, typ+"|"+w[len(w)-1])
			}
		default:
			keys = append(keys, typ)
		}
	}
	return keys
}

// events gives d's event keys when the clusterer's event clash is on
// (story.Options.EventClash > 0), from the Runner's cache when it has one.
func (r *Runner) events(d story.Doc) []string {
	if r.opts.Story.EventClash <= 0 {
		return nil
	}
	if r.evCache == nil {
		return eventKeys(d, r.opts.EventKeys)
	}
	ks, ok := r.evCache[d.ID]
	if !ok {
		ks = eventKeys(d, r.opts.EventKeys)
		r.evCache[d.ID] = ks
	}
	return ks
}

// crudeLemma strips a verb's or noun's common inflection: "arrested",
// "arrests", "arresting" -> "arrest".
func crudeLemma(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

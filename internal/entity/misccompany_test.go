package entity

import (
	"testing"

	"github.com/storyline/storyline/internal/core"
)

// TestCompaniesNotMisc checks that a maker's name typed MISC is an
// organisation where a mention shows it to be a company or an actor, and
// that a product, a nationality and a given name stay as typed.
func TestCompaniesNotMisc(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Airlines ordered the [Zorvex|MISC] 717. [Zorvex|MISC] has announced a delay, [Zorvex|MISC] spokesman [Ana Lind|PER] said.", "Zorvex", core.Organisation},
		{"The order went to aircraft maker [Zorvex|MISC] in May.", "Zorvex", core.Organisation},
		{"[Zorvex|MISC] executives met in May. Sales of the [Zorvex|MISC] rose.", "Zorvex", core.Organisation},
		{"Sales of the [Quillon|MISC] rose in May, and the [Quillon|MISC] tablet sold out.", "Quillon", core.Misc},
		{"The [Quillon|MISC] 3 was on sale in May.", "Quillon 3", core.Misc},
		{"[David|MISC] said so in May.", "David", core.Misc},
		{"[Vellmarian|MISC] officials said so. [Vellmarian|MISC] spokesman [Ana Lind|PER] agreed.", "Vellmarian", core.Misc},
		{"[Protesters|MISC] said the protesters would stay.", "Protesters", core.Misc},
		{"It rained. [Vendors|MISC] said they would stay.", "Vendors", core.Misc},
		// Twenty-third session: a maker's win, offer or factory, a maker set
		// off by commas after a company noun, and a rival's.
		{"[Zorvex|MISC] wins Tarn Air order. Tarn Air ordered ten [Zorvex|MISC] jets.", "Zorvex", core.Organisation},
		{"Tarn Air bought ten jets, and [Zorvex|MISC] shares rose.", "Zorvex", core.Organisation},
		{"Ana Lind opened her [Vellmont|MISC] headquarters in May.", "Vellmont", core.Misc},
		{"The battle with rival [Tarvans|MISC] went on.", "Tarvans", core.Misc},
		{"The European aircraft manufacturer, [Zorvex|MISC], has a new jet.", "Zorvex", core.Organisation},
		{"[Kellco|ORG]'s European rival [Zorvex|MISC] is preparing a jet.", "Zorvex", core.Organisation},
		{"[Kellco|ORG]'s European rival, [Zorbus|MISC], is preparing a jet.", "Zorbus", core.Organisation},
		{"Kellco's main competitor, [Zorbus|MISC] and its chief were named.", "Zorbus", core.Organisation},
		{"Tarn Air flies the [Quillon|MISC] jet, a rival design.", "Quillon", core.Misc},
		// Twenty-fourth session: the agent of a company's verb ("compensated
		// by"); a faith that inspires stays (fails without companyAgent).
		{"Tarn Air ordered ten [Zorvex|MISC] jets and was compensated by [Zorvex|MISC] for the delay.", "Zorvex", core.Organisation},
		{"The jets were built by [Zorvex|MISC] in Vellmont.", "Zorvex", core.Organisation},
		{"The hymn was inspired by [Quillonism|MISC] in May.", "Quillonism", core.Misc},
	})
}

package cli

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
)

// TestStoryJSONHasEvents: `story ID --json` gives the story's sure events
// as /api/stories/ID does (wire.StoryDetail.Events; `story` prints them as
// "Who did what"); neither gave them (review24).
func TestStoryJSONHasEvents(t *testing.T) {
	db, h := examplesServer(t)
	with := 0
	for id := 1; id <= 8; id++ {
		out, err := run(t, "--db", db, "story", strconv.Itoa(id), "--json")
		if err != nil {
			continue // merged away or absent
		}
		var cli struct{ Events []map[string]any }
		if err := json.Unmarshal([]byte(out), &cli); err != nil {
			t.Fatal(err)
		}
		w := getFrom(h, "/api/stories/"+strconv.Itoa(id))
		var api struct{ Events []map[string]any }
		if err := json.Unmarshal(w.Body.Bytes(), &api); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cli.Events, api.Events) {
			t.Errorf("story %d: --json events %v, /api/stories/%d %v", id, cli.Events, id, api.Events)
		}
		if len(cli.Events) > 0 {
			with++
		}
	}
	if with == 0 {
		t.Error("no story of the examples has an event in story --json")
	}
}

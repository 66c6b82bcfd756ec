package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/wire"
)

// speakersHint tells on w (stderr: the listing and its --json rows stay as
// the API's) which stored names a --speaker filter matched when it matched
// more than one (a surname: store.Speakers), so the user can narrow.
func speakersHint(ctx context.Context, w io.Writer, st store.Store, typed string) error {
	if typed == "" {
		return nil
	}
	names, err := st.Speakers(ctx, typed)
	if err != nil {
		return err
	}
	if msg := wire.SpeakersMatched(typed, names); msg != "" {
		fmt.Fprintln(w, "storyline: "+msg)
	}
	return nil
}

// parenthesised is notes joined by "; " in parentheses after a space, as
// an empty list's line adds its hints; "" for none.
func parenthesised(notes []string) string {
	if len(notes) == 0 {
		return ""
	}
	return " (" + strings.Join(notes, "; ") + ")"
}

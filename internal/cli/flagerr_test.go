package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestFlagValueErrorsArePlain: every command's number, boolean and duration
// flags refuse a value they cannot read naming the flag, the value and what
// it wants (`--min-articles "x": want a whole number, like 1`); they said
// cobra's "invalid argument "x" for "--min-articles" flag:
// strconv.ParseInt: parsing "x": invalid syntax".
func TestFlagValueErrorsArePlain(t *testing.T) {
	var walk func(c *cobra.Command, path []string)
	checked := 0
	walk = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			walk(sub, append(append([]string(nil), path...), sub.Name()))
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			bad := "x"
			switch f.Value.Type() {
			case "string", "stringSlice", "stringArray":
				return
			case "bool":
				bad = "maybe"
			}
			args := append(append([]string(nil), path...), "--"+f.Name+"="+bad)
			_, _, err := execute(args)
			checked++
			want := "--" + f.Name + ` "` + bad + `": want `
			if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "strconv") {
				t.Errorf("%s: err %v, want it to start %q", strings.Join(args, " "), err, want)
			}
		})
	}
	walk(newRootCmd(), nil)
	if checked < 20 {
		t.Fatalf("checked %d flags, want every number and boolean flag", checked)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"stories", "--min-articles", "x"}, `--min-articles "x": want a whole number, like 1`},
		{[]string{"stories", "--limit", "99999999999999999999"}, `--limit "99999999999999999999": too large a number; want a whole number, like 50`},
		{[]string{"events", "--min-confidence", "high"}, `--min-confidence "high": want a number, like 0.5`},
		{[]string{"ingest", "--every", "often", "x"}, `--every "often": want a length of time, like 90s, 30m or 2h`},
		{[]string{"stories", "--limit"}, `--limit: give it a value (want a whole number, like 50)`},
		{[]string{"quotes", "--speaker"}, `--speaker: give it a value (only quotes by this speaker (`},
	} {
		_, _, err := execute(c.args)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.args, err, c.want)
		}
	}
}

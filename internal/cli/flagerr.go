package cli

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError is every command's answer to a flag value it cannot read: the
// flag, the value as typed and what the flag wants (`--min-articles "x":
// want a whole number, like 3`), in the words the commands use for a value
// they read but refuse (`--limit 0: want 1 or more`). Cobra's own message
// named Go's parser ("invalid argument "x" for "--min-articles" flag:
// strconv.ParseInt: parsing "x": invalid syntax"). A flag given no value
// says what to give. Other flag errors (an unknown flag) pass unchanged.
func flagError(_ *cobra.Command, err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) {
		f := bad.GetFlag()
		want := flagWants(f, errors.Is(err, strconv.ErrRange))
		if want == "" {
			return fmt.Errorf("--%s %q: %v", f.Name, bad.GetValue(), errors.Unwrap(err))
		}
		return fmt.Errorf("--%s %q: %s", f.Name, bad.GetValue(), want)
	}
	var none *pflag.ValueRequiredError
	if errors.As(err, &none) && none.GetFlag() != nil {
		f := none.GetFlag()
		if want := flagWant(f); want != "" {
			return fmt.Errorf("--%s: give it a value (%s)", f.Name, want)
		}
		return fmt.Errorf("--%s: give it a value (%s)", f.Name, f.Usage)
	}
	return err
}

// flagWants says what flag f wants, for a value it could not read; outOfRange
// when the value was a number too large for it.
func flagWants(f *pflag.Flag, outOfRange bool) string {
	if outOfRange && flagWant(f) != "" {
		return "too large a number; " + flagWant(f)
	}
	return flagWant(f)
}

// flagWant names the kind of value f takes, with an example; "" for text.
func flagWant(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		ex := f.DefValue
		if ex == "" || ex == "0" {
			ex = "5"
		}
		return "want a whole number, like " + ex
	case "float32", "float64":
		return "want a number, like 0.5"
	case "bool":
		return "want true or false"
	case "duration":
		return "want a length of time, like 90s, 30m or 2h"
	}
	return "" // text: the flag's usage says what it is
}

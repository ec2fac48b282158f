// A consumer of a generated package, built in a fresh module that requires it
// (test/go.test.ts replaces the import path). It uses only what every catalog
// has: All, New, the envelope both ways, errors.Is and errors.As, unknown codes.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	errs "example.com/lockstep/generated"
)

func main() {
	n := 0
	for _, c := range errs.All() {
		body, err := json.Marshal(errs.New(c, "from a consumer"))
		if err != nil {
			fail(err)
		}
		var wrapped error
		if e, err := errs.Decode(body); err != nil {
			fail(err)
		} else {
			wrapped = fmt.Errorf("call failed: %w", e)
		}
		var apiErr *errs.Error
		if !errors.Is(wrapped, c) || !errors.As(wrapped, &apiErr) || apiErr.Code != c {
			fail(fmt.Errorf("%s did not round-trip: %s", c, body))
		}
		n++
	}
	// A code from a newer server decodes as is.
	future := errs.Code("ADDED_LATER")
	body, err := json.Marshal(errs.New(future, "new"))
	if err != nil {
		fail(err)
	}
	if e, err := errs.Decode(body); err != nil || e.Code != future || e.Code.Known() || !errors.Is(e, future) {
		fail(fmt.Errorf("unknown code did not decode: %s: %v", body, err))
	}
	if _, err := errs.Decode([]byte(`not json`)); err == nil {
		fail(errors.New("decoded a non-JSON body"))
	}
	fmt.Printf("%d codes round-tripped\n", n)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

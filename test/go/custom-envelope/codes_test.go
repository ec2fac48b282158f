// Copied next to the package generated from test/fixtures/torture with a custom
// envelope whose constants are of every JSON type: each must go on the wire as that
// JSON type (false, not "false"), and the body must decode back to the same error.
package tortureerr

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestConstantsKeepTheirJSONType(t *testing.T) {
	raw, err := json.Marshal(New(CodeA2APeerError, "m"))
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatal(err)
	}
	if got, ok := body["ok"].(bool); !ok || got {
		t.Fatalf("ok = %#v in %s, want the JSON literal false", body["ok"], raw)
	}
	want := map[string]any{"version": float64(2), "none": nil, "quote": `x"y`}
	if !reflect.DeepEqual(body["meta"], want) {
		t.Fatalf("meta = %#v in %s, want %#v", body["meta"], raw, want)
	}
	back, err := Decode(raw)
	if err != nil || back.Code != CodeA2APeerError || back.Message != "m" {
		t.Fatalf("Decode(%s) = %+v, %v", raw, back, err)
	}
}

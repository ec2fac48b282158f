package PACKAGE

// Checks every helper of the generated package against the catalog's own facts,
// read from expected.json (written by test/example.test.ts from the compiled catalog).

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"testing"
)

type expectedCode struct {
	Name        string `json:"name"`
	Domain      string `json:"domain"`
	Title       string `json:"title"`
	Status      int    `json:"status"`
	Statuses    []int  `json:"statuses"`
	Varies      bool   `json:"varies"`
	Retryable   string `json:"retryable"`
	RetryAfter  bool   `json:"retryAfter"`
	DocsURL     string `json:"docsUrl"`
	Deprecated  bool   `json:"deprecated"`
	Replacement string `json:"replacement"`
	AliasOf     string `json:"aliasOf"`
	Planned     bool   `json:"planned"`
	SurfacesAs  string `json:"surfacesAs"`
}

func TestEveryHelperAgreesWithTheCatalog(t *testing.T) {
	data, err := os.ReadFile("expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []expectedCode
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if got := len(All()); got != len(want) {
		t.Fatalf("All() has %d codes, the catalog %d", got, len(want))
	}
	optional := func(c Code, ok bool) string {
		if !ok {
			return ""
		}
		return string(c)
	}
	for _, w := range want {
		c, ok := Parse(w.Name)
		if !ok || string(c) != w.Name || !c.Known() {
			t.Errorf("Parse(%q) = %q, %v", w.Name, c, ok)
			continue
		}
		statuses := c.HTTPStatuses()
		if statuses == nil {
			statuses = []int{}
		}
		got := expectedCode{
			Name: c.Name(), Domain: c.Domain(), Title: c.Title(), Status: c.HTTPStatus(), Statuses: statuses,
			Varies: c.HTTPStatusVaries(), Retryable: c.Retryable().String(), RetryAfter: c.RetryAfter(), DocsURL: c.DocsURL(),
			Deprecated: c.Deprecated(), Replacement: optional(c.Replacement()), AliasOf: optional(c.AliasOf()),
			Planned: c.Planned(), SurfacesAs: optional(c.SurfacesAs()),
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got  %+v\n want %+v", w.Name, got, w)
		}
		body, err := json.Marshal(New(c, "message"))
		if err != nil {
			t.Fatal(err)
		}
		decoded, err := Decode(body)
		wrapped := fmt.Errorf("wrapped: %w", decoded)
		var apiErr *Error
		if err != nil || !errors.Is(wrapped, c) || !errors.As(wrapped, &apiErr) || apiErr.Code != c {
			t.Errorf("%s does not round-trip through the envelope: %s (%v)", w.Name, body, err)
		}
	}
	if c, ok := Parse("ADDED_BY_A_NEWER_SERVER"); ok || c.Known() {
		t.Errorf("an unknown code parsed as known")
	}
}

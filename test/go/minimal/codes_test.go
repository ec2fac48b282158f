// Copied next to the package generated from test/fixtures/minimal and run with
// `go test`: every helper, the envelope both ways, known and unknown codes.
package minimalerr

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestCodes(t *testing.T) {
	if got, want := All(), []Code{CodeNotFound, CodeRateLimited}; !reflect.DeepEqual(got, want) {
		t.Fatalf("All() = %v, want %v", got, want)
	}
	if !sort.SliceIsSorted(table[:], func(i, j int) bool { return table[i].code < table[j].code }) {
		t.Fatal("table is not sorted")
	}
	if c, ok := Parse("RATE_LIMITED"); !ok || c != CodeRateLimited {
		t.Fatalf("Parse(RATE_LIMITED) = %q, %v", c, ok)
	}
	if c, ok := Parse("rate_limited"); ok || c != "" {
		t.Fatalf("Parse(rate_limited) = %q, %v", c, ok)
	}
	c := CodeRateLimited
	if c.HTTPStatus() != 429 || !reflect.DeepEqual(c.HTTPStatuses(), []int{429}) || c.HTTPStatusVaries() {
		t.Fatalf("status of %s: %d %v", c, c.HTTPStatus(), c.HTTPStatuses())
	}
	if c.Retryable() != RetryYes || c.Retryable().String() != "yes" || c.RetryAfter() {
		t.Fatalf("retry of %s: %v", c, c.Retryable())
	}
	if c.Domain() != "core" || c.Title() != "Rate limited" || c.DocsURL() != "" || c.Name() != "RATE_LIMITED" {
		t.Fatalf("metadata of %s: %q %q %q", c, c.Domain(), c.Title(), c.DocsURL())
	}
	if _, ok := c.Replacement(); ok || c.Deprecated() || c.Planned() {
		t.Fatal("RATE_LIMITED is live and current")
	}
	n := CodeNotFound
	if n.HTTPStatus() != 0 || n.HTTPStatuses() != nil || n.Retryable() != RetryUnknown || n.Retryable().String() != "unknown" {
		t.Fatalf("NOT_FOUND states no status and no retry: %d %v", n.HTTPStatus(), n.Retryable())
	}
	s := c.HTTPStatuses()
	s[0] = 1
	if c.HTTPStatus() != 429 {
		t.Fatal("HTTPStatuses shares the table")
	}
}

func TestUnknownCode(t *testing.T) {
	u := Code("BRAND_NEW")
	if u.Known() || u.HTTPStatus() != 0 || u.Title() != "" || u.Domain() != "" || u.Retryable() != RetryUnknown {
		t.Fatal("an unknown code has no metadata")
	}
	e, err := Decode([]byte(`{"error":{"code":"BRAND_NEW","message":"new"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if e.Code != u || e.Code.Known() || errors.Is(e, CodeNotFound) || !errors.Is(e, u) {
		t.Fatalf("decoded %+v", e)
	}
	if e.Error() != "BRAND_NEW: new" {
		t.Fatalf("Error() = %q", e.Error())
	}
}

func TestDecode(t *testing.T) {
	body := `{"error":{"code":"RATE_LIMITED","message":"slow down","details":{"limit":10}},"request_id":"req-1"}`
	resp := &http.Response{StatusCode: 429, Body: io.NopCloser(strings.NewReader(body))}
	e, err := DecodeResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	if e.Code != CodeRateLimited || e.Message != "slow down" || e.RequestID != "req-1" || e.Status != 429 {
		t.Fatalf("decoded %+v", e)
	}
	var details struct{ Limit int }
	if err := e.DecodeDetails(&details); err != nil || details.Limit != 10 {
		t.Fatalf("details %+v, %v", details, err)
	}
	err2 := fmt.Errorf("calling: %w", e)
	var apiErr *Error
	if !errors.As(err2, &apiErr) || apiErr.Code != CodeRateLimited {
		t.Fatal("errors.As")
	}
	if !errors.Is(err2, CodeRateLimited) || errors.Is(err2, CodeNotFound) || !errors.Is(err2, New(CodeRateLimited, "")) {
		t.Fatal("errors.Is")
	}
	for _, bad := range []string{``, `[]`, `"x"`, `null`, `{}`, `{"error":{}}`, `{"error":{"code":null}}`, `<html>`} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%q) succeeded", bad)
		}
	}
}

func TestEncode(t *testing.T) {
	e := New(CodeRateLimited, "slow down")
	e.Details = json.RawMessage(`{"limit":10}`)
	e.RequestID = "req-1"
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"error":{"code":"RATE_LIMITED","details":{"limit":10},"message":"slow down"},"request_id":"req-1"}`
	if string(raw) != want {
		t.Fatalf("Marshal = %s\nwant      %s", raw, want)
	}
	back, err := Decode(raw)
	if err != nil || back.Code != e.Code || back.Message != e.Message || string(back.Details) != `{"limit":10}` {
		t.Fatalf("round trip %+v, %v", back, err)
	}
	if CodeNotFound.Error() != "NOT_FOUND" || New(CodeNotFound, "").Error() != "NOT_FOUND: Not found" {
		t.Fatal("Error()")
	}
}

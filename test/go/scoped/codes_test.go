// Copied next to the package generated from test/fixtures/scoped and run with
// `go test`: names unique only per domain (reason + domain), list details, the
// reason-domain envelope.
package scopederr

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestCodes(t *testing.T) {
	want := []Code{CodeAuthAuthMissing, CodeAuthQuotaExceeded, CodeChannelChannelUnavailable, CodeChannelQuotaExceeded, CodeChannelType}
	if got := All(); !reflect.DeepEqual(got, want) {
		t.Fatalf("All() = %v", got)
	}
	if !sort.SliceIsSorted(table[:], func(i, j int) bool { return table[i].code < table[j].code }) {
		t.Fatal("table is not sorted")
	}
	// One name, two domains, two codes.
	a, okA := Parse("auth", "quota_exceeded")
	c, okC := Parse("channel", "quota_exceeded")
	if !okA || !okC || a != CodeAuthQuotaExceeded || c != CodeChannelQuotaExceeded || a == c {
		t.Fatalf("Parse: %q %v, %q %v", a, okA, c, okC)
	}
	if _, ok := Parse("auth", "type"); ok {
		t.Fatal("type is a channel code only")
	}
	if a.Name() != "quota_exceeded" || c.Name() != "quota_exceeded" || a.Domain() != "auth" || c.Domain() != "channel" {
		t.Fatal("Name / Domain")
	}
	if !a.RetryAfter() || a.Retryable() != RetryYes || c.Retryable() != RetryUnknown || a.HTTPStatus() != 429 || c.HTTPStatus() != 429 {
		t.Fatal("metadata follows the domain")
	}
	if a.Title() != "Quota exceeded" || a.DocsURL() != "https://docs.example.com/errors/auth/quota_exceeded" {
		t.Fatalf("title %q docs %q", a.Title(), a.DocsURL())
	}
	if r, ok := CodeChannelChannelUnavailable.Replacement(); !ok || r != CodeChannelQuotaExceeded {
		t.Fatal("channel_unavailable is replaced by channel's quota_exceeded")
	}
	if !reflect.DeepEqual(CodeAuthAuthMissing.HTTPStatuses(), []int{401}) || CodeChannelType.HTTPStatuses() != nil {
		t.Fatal("HTTPStatuses")
	}
	switch c {
	case CodeAuthQuotaExceeded:
		t.Fatal("switch confuses domains")
	case CodeChannelQuotaExceeded:
	default:
		t.Fatal("switch")
	}
}

func TestDecode(t *testing.T) {
	body := `{"error":{"reason":"auth_missing","domain":"auth","message":"log in","status":401,"request_id":"r9","details":[{"recovery_endpoint":"/login"}]}}`
	e, err := DecodeResponse(&http.Response{StatusCode: 401, Body: io.NopCloser(strings.NewReader(body))})
	if err != nil {
		t.Fatal(err)
	}
	if e.Code != CodeAuthAuthMissing || e.Message != "log in" || e.Status != 401 || e.RequestID != "r9" {
		t.Fatalf("decoded %+v", e)
	}
	var details []AuthAuthMissingDetails
	if err := e.DecodeDetails(&details); err != nil || len(details) != 1 || details[0].RecoveryEndpoint != "/login" {
		t.Fatalf("details %+v, %v", details, err)
	}
	var apiErr *Error
	if !errors.As(error(e), &apiErr) || !errors.Is(e, CodeAuthAuthMissing) {
		t.Fatal("errors.Is / errors.As")
	}

	same, err := Decode([]byte(`{"error":{"reason":"quota_exceeded","domain":"channel"}}`))
	if err != nil || !errors.Is(same, CodeChannelQuotaExceeded) || errors.Is(same, CodeAuthQuotaExceeded) {
		t.Fatalf("quota_exceeded in channel: %+v, %v", same, err)
	}

	unknown, err := Decode([]byte(`{"error":{"reason":"new_reason","domain":"billing","status":402}}`))
	if err != nil || unknown.Code.Known() || unknown.Code.Name() != "new_reason" || unknown.Code.Domain() != "billing" || unknown.Status != 402 {
		t.Fatalf("unknown %+v, %v", unknown, err)
	}
	if unknown.Error() != "billing/new_reason" {
		t.Fatalf("Error() = %q", unknown.Error())
	}
}

func TestEncode(t *testing.T) {
	e := New(CodeChannelType, "bad channel")
	e.Details = json.RawMessage(`[{"channel_id":"c1"}]`)
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"error":{"details":[{"channel_id":"c1"}],"domain":"channel","message":"bad channel","reason":"type"}}`
	if string(raw) != want {
		t.Fatalf("Marshal = %s\nwant      %s", raw, want)
	}
	back, err := Decode(raw)
	if err != nil || back.Code != CodeChannelType {
		t.Fatalf("round trip %+v, %v", back, err)
	}
}

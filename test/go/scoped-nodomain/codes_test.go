// Copied next to the package generated from test/fixtures/scoped with an envelope
// that carries no domain: a name only one domain uses still resolves; a name two
// domains share stays an unknown code rather than a guess.
package scopederr

import (
	"encoding/json"
	"testing"
)

func TestNoDomainInEnvelope(t *testing.T) {
	e, err := Decode([]byte(`{"error":{"reason":"auth_missing","status":401}}`))
	if err != nil || e.Code != CodeAuthAuthMissing {
		t.Fatalf("auth_missing: %+v, %v", e, err)
	}
	e, err = Decode([]byte(`{"error":{"reason":"quota_exceeded"}}`))
	if err != nil || e.Code != "quota_exceeded" || e.Code.Known() || e.Code.Name() != "quota_exceeded" || e.Code.Domain() != "" {
		t.Fatalf("quota_exceeded: %+v, %v", e, err)
	}
	raw, err := json.Marshal(New(CodeChannelType, "m"))
	if err != nil || string(raw) != `{"error":{"message":"m","reason":"type"}}` {
		t.Fatalf("Marshal = %s, %v", raw, err)
	}
}

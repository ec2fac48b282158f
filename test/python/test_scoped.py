"""The scoped fixture: lower_snake names unique per domain, envelope reason-domain
with a list of detail objects."""

from __future__ import annotations

import typing

import pytest
from conftest import codes_module, member_docs
from scoped_errors import ApiError, ErrorCode
from scoped_errors.details import AuthAuthMissingDetails, ChannelTypeDetails, ChannelTypeDetailsIssuesItem

KEYS = {
    "AUTH_AUTH_MISSING": ("auth", "auth_missing"),
    "AUTH_QUOTA_EXCEEDED": ("auth", "quota_exceeded"),
    "CHANNEL_CHANNEL_UNAVAILABLE": ("channel", "channel_unavailable"),
    "CHANNEL_QUOTA_EXCEEDED": ("channel", "quota_exceeded"),
    "CHANNEL_TYPE": ("channel", "type"),
}


def test_shared_wire_names_stay_distinct_members() -> None:
    assert len(ErrorCode.__members__) == len(KEYS) == len(list(ErrorCode))
    for name, (domain, wire) in KEYS.items():
        member = ErrorCode[name]
        assert member.value == f"{domain}/{wire}" == str(member)
        assert (member.info.domain, member.info.code) == (domain, wire)
        assert ErrorCode.parse(wire, domain) is member
    assert ErrorCode.AUTH_QUOTA_EXCEEDED is not ErrorCode.CHANNEL_QUOTA_EXCEEDED


@pytest.mark.parametrize(
    ("code", "domain", "want"),
    [
        ("quota_exceeded", "auth", "AUTH_QUOTA_EXCEEDED"),
        ("quota_exceeded", "channel", "CHANNEL_QUOTA_EXCEEDED"),
        ("quota_exceeded", None, None),  # ambiguous without a domain
        ("auth_missing", None, "AUTH_AUTH_MISSING"),  # one domain uses it
        ("type", None, "CHANNEL_TYPE"),
        ("quota_exceeded", "billing", None),
        ("auth_missing", "channel", None),
        ("AUTH_MISSING", "auth", None),
        ("auth/auth_missing", None, None),
        (None, "auth", None),
        ("type", 3, None),
        (ErrorCode.AUTH_QUOTA_EXCEEDED, None, "AUTH_QUOTA_EXCEEDED"),
    ],
)
def test_parse(code: object, domain: object, want: str | None) -> None:
    assert ErrorCode.parse(code, domain) is (None if want is None else ErrorCode[want])


def test_metadata_and_deprecation() -> None:
    old = ErrorCode.CHANNEL_CHANNEL_UNAVAILABLE.info
    assert (old.deprecated, old.deprecated_since, old.replacement) == (True, "2.0.0", ErrorCode.CHANNEL_QUOTA_EXCEEDED)
    quota = ErrorCode.AUTH_QUOTA_EXCEEDED.info
    assert (quota.status, quota.retryable, quota.retry_after) == (429, "yes", True)
    assert quota.docs_url == "https://docs.example.com/errors/auth/quota_exceeded"
    docs = member_docs(codes_module("scoped_errors"), "ErrorCode")
    assert "Deprecated: use ``ErrorCode.CHANNEL_QUOTA_EXCEEDED`` instead (since 2.0.0)." in docs["CHANNEL_CHANNEL_UNAVAILABLE"]


def test_typed_details() -> None:
    assert AuthAuthMissingDetails.__required_keys__ == frozenset({"recovery_endpoint"})
    assert ChannelTypeDetails.__required_keys__ == frozenset({"channel_id"})
    assert typing.get_type_hints(ChannelTypeDetails)["issues"] == list[ChannelTypeDetailsIssuesItem]


def test_reason_domain_envelope_with_list_details() -> None:
    issues = [{"path": "a.b", "message": "bad"}]
    body = {
        "error": {
            "reason": "type",
            "domain": "channel",
            "message": "m",
            "status": 400,
            "details": [{"channel_id": "c1", "issues": issues}, "not an object", {"channel_id": "c2"}],
            "request_id": "r-1",
        }
    }
    err = ApiError.from_response(body)
    assert err.code is ErrorCode.CHANNEL_TYPE
    assert (err.raw_code, err.domain, err.status, err.request_id) == ("type", "channel", 400, "r-1")
    assert err.details == [{"channel_id": "c1", "issues": issues}, {"channel_id": "c2"}]
    typed = err.details_as(ErrorCode.CHANNEL_TYPE)
    assert [d["channel_id"] for d in typed] == ["c1", "c2"]
    assert err.details_as(ErrorCode.AUTH_AUTH_MISSING) == []


def test_domain_picks_the_member() -> None:
    auth = ApiError.from_response({"error": {"reason": "quota_exceeded", "domain": "auth"}})
    channel = ApiError.from_response({"error": {"reason": "quota_exceeded", "domain": "channel"}})
    nowhere = ApiError.from_response({"error": {"reason": "quota_exceeded"}})
    assert (auth.code, channel.code, nowhere.code) == (ErrorCode.AUTH_QUOTA_EXCEEDED, ErrorCode.CHANNEL_QUOTA_EXCEEDED, None)
    assert nowhere.raw_code == "quota_exceeded"
    assert ApiError.from_response({"error": {"reason": "quota_exceeded", "details": {"no": "list"}}}).details == []


def test_constructor_fills_the_domain() -> None:
    err = ApiError(ErrorCode.AUTH_QUOTA_EXCEEDED, "slow", status=429, details=[{"retry": 3}])
    assert (err.raw_code, err.domain) == ("quota_exceeded", "auth")
    assert err.to_body() == {
        "error": {
            "reason": "quota_exceeded",
            "domain": "auth",
            "message": "slow",
            "status": 429,
            "details": [{"retry": 3}],
        }
    }
    assert ApiError.from_response(err.to_body()).code is ErrorCode.AUTH_QUOTA_EXCEEDED

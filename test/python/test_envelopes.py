"""Envelope shapes the fixtures do not use, generated from the minimal fixture:
``minimal_problem`` (RFC 9457, inline details), ``minimal_flag`` (``success: false``) and
``minimal_flat`` (no details member) and ``minimal_aip`` (AIP-193: the code in a list item)."""

from __future__ import annotations

from minimal_flag import ApiError as FlagError
from minimal_flag import ErrorCode as FlagCode
from minimal_aip import ApiError as AipError
from minimal_aip import ErrorCode as AipCode
from minimal_flat import ApiError as FlatError
from minimal_flat import ErrorCode as FlatCode
from minimal_problem import ApiError as ProblemError
from minimal_problem import ErrorCode as ProblemCode


def test_problem_json_with_inline_details() -> None:
    body = {
        "type": "https://docs.example.com/NOT_FOUND",
        "title": "Not found",
        "status": 404,
        "detail": "no user 7",
        "instance": "/requests/1",
        "code": "NOT_FOUND",
        "resource": "user",
        "id": 7,
    }
    err = ProblemError.from_response(body)
    assert err.code is ProblemCode.NOT_FOUND
    assert (err.title, err.status, err.message) == ("Not found", 404, "no user 7")
    assert (err.docs_url, err.request_id) == ("https://docs.example.com/NOT_FOUND", "/requests/1")
    assert err.details == {"resource": "user", "id": 7}
    assert err.details_as(ProblemCode.NOT_FOUND) == {"resource": "user", "id": 7}
    assert err.details_as(ProblemCode.RATE_LIMITED) is None
    assert err.to_body() == body
    bare = ProblemError.from_response({"code": "RATE_LIMITED"}, status=429)
    assert (bare.code, bare.status, bare.details) == (ProblemCode.RATE_LIMITED, 429, {})
    assert ProblemError.from_response(["not", "an", "object"]).details == {}


def test_success_flag_constant() -> None:
    body = {"success": False, "code": "RATE_LIMITED", "error": "slow down", "details": {"retry_in": 3}}
    err = FlagError.from_response(body)
    assert (err.code, err.message, err.details) == (FlagCode.RATE_LIMITED, "slow down", {"retry_in": 3})
    assert err.to_body() == body
    assert FlagError(FlagCode.NOT_FOUND).to_body() == {"success": False, "code": "NOT_FOUND"}


def test_flat_envelope_has_exactly_its_members() -> None:
    body = {
        "error_code": "NOT_FOUND",
        "message": "no user 7",
        "request_id": "req_1",
        "documentation_url": "https://docs.example.com/NOT_FOUND",
    }
    err = FlatError.from_response(body)
    assert (err.code, err.message, err.request_id) == (FlatCode.NOT_FOUND, "no user 7", "req_1")
    assert err.to_body() == body
    # No details member in the envelope, so none on the class either.
    assert not hasattr(err, "details")
    assert not hasattr(FlatError, "details_as")


def test_aip193_code_in_the_first_details_item_and_canonical_status() -> None:
    body = {
        "error": {
            "code": 429,
            "message": "slow down",
            "status": "RESOURCE_EXHAUSTED",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "RATE_LIMITED",
                    "metadata": {"limit": "10"},
                }
            ],
        }
    }
    err = AipError.from_response(body)
    assert (err.code, err.status, err.canonical) == (AipCode.RATE_LIMITED, 429, "RESOURCE_EXHAUSTED")
    assert err.details == {"limit": "10"}
    assert err.to_body() == body
    # The canonical name is a fact of every code, derived from its HTTP status.
    assert AipCode.NOT_FOUND.info.canonical == "UNKNOWN"  # no HTTP status stated
    assert AipCode.RATE_LIMITED.info.canonical == "RESOURCE_EXHAUSTED"
    # Not an error response: details is not a list, or the list is empty.
    assert AipError.from_response({"error": {"details": {"0": {"reason": "RATE_LIMITED"}}}}).raw_code is None
    assert AipError.from_response({"error": {"details": []}}).raw_code is None
    built = AipError(AipCode.NOT_FOUND, "gone", status=404, canonical="NOT_FOUND").to_body()
    assert built == {
        "error": {
            "code": 404,
            "message": "gone",
            "status": "NOT_FOUND",
            "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "NOT_FOUND"}],
        }
    }

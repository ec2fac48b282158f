"""The minimal fixture: envelope error-object, catalog-unique UPPER_SNAKE codes."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import importlib.resources
import json
import pickle

import minimal_errors
import pytest
from minimal_errors import ApiError, CodeInfo, ErrorCode


def test_package_metadata() -> None:
    assert minimal_errors.__version__ == "0.0.0"
    assert importlib.resources.files("minimal_errors").joinpath("py.typed").is_file()
    for name in minimal_errors.__all__:
        assert hasattr(minimal_errors, name)
    assert importlib.metadata.version("minimal-errors") == "0.0.0"


def test_members_are_their_wire_values() -> None:
    assert [m.name for m in ErrorCode] == ["NOT_FOUND", "RATE_LIMITED"]
    assert ErrorCode.NOT_FOUND == "NOT_FOUND"
    assert str(ErrorCode.NOT_FOUND) == "NOT_FOUND"
    assert f"{ErrorCode.RATE_LIMITED}" == "RATE_LIMITED"
    assert json.dumps({"code": ErrorCode.NOT_FOUND}) == '{"code": "NOT_FOUND"}'


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("NOT_FOUND", ErrorCode.NOT_FOUND),
        ("RATE_LIMITED", ErrorCode.RATE_LIMITED),
        (ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND),
        ("not_found", None),
        ("BRAND_NEW_CODE", None),
        ("", None),
        (None, None),
        (404, None),
        (b"NOT_FOUND", None),
        (["NOT_FOUND"], None),
    ],
)
def test_parse(given: object, want: ErrorCode | None) -> None:
    assert ErrorCode.parse(given) is want


def test_metadata() -> None:
    info = ErrorCode.RATE_LIMITED.info
    assert info == CodeInfo(
        code="RATE_LIMITED",
        domain="core",
        title="Rate limited",
        status=429,
        statuses=(429,),
        retryable="yes",
    )
    missing = ErrorCode.NOT_FOUND.info
    assert (missing.status, missing.statuses, missing.retryable, missing.docs_url) == (None, (), "unknown", None)
    assert not missing.deprecated and missing.replacement is None and missing.lifecycle == "live"
    with pytest.raises(dataclasses.FrozenInstanceError):
        missing.status = 500  # type: ignore[misc]


def test_from_response_known_code() -> None:
    body = {"error": {"code": "RATE_LIMITED", "message": "slow down", "details": {"limit": 10}}, "request_id": "r-1"}
    err = ApiError.from_response(body, status=429)
    assert err.code is ErrorCode.RATE_LIMITED
    assert (err.raw_code, err.message, err.status, err.request_id) == ("RATE_LIMITED", "slow down", 429, "r-1")
    assert err.details == {"limit": 10}
    assert err.body == body
    assert str(err) == "RATE_LIMITED: slow down"
    assert err.to_body() == body
    assert err.details_as(ErrorCode.RATE_LIMITED) == {"limit": 10}
    assert err.details_as(ErrorCode.NOT_FOUND) is None


def test_from_response_unknown_code() -> None:
    err = ApiError.from_response({"error": {"code": "SHINY_NEW", "message": "m"}})
    assert err.code is None
    assert err.raw_code == "SHINY_NEW"
    assert str(err) == "SHINY_NEW: m"
    assert err.to_body() == {"error": {"code": "SHINY_NEW", "message": "m"}}


@pytest.mark.parametrize(
    "body",
    [None, [], "oops", 42, {}, {"error": 5}, {"error": {"code": 7, "message": ["x"], "details": "nope"}}],
)
def test_from_response_never_raises(body: object) -> None:
    err = ApiError.from_response(body, status=502)
    assert err.code is None and err.raw_code is None and err.message is None and err.details is None
    assert err.status == 502
    assert str(err) == "unknown error"


def test_raise_catch_and_pickle() -> None:
    with pytest.raises(ApiError) as caught:
        raise ApiError(ErrorCode.NOT_FOUND, "no such thing", request_id="r-2")
    err = caught.value
    assert (err.code, err.raw_code, err.request_id) == (ErrorCode.NOT_FOUND, "NOT_FOUND", "r-2")
    again = pickle.loads(pickle.dumps(err))
    assert (again.code, again.raw_code, again.message, again.request_id) == (err.code, "NOT_FOUND", "no such thing", "r-2")
    assert str(again) == str(err)

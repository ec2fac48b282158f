"""Client code type-checked with ``mypy --strict`` against the *installed* packages
(found through PEP 561 ``py.typed``); not collected by pytest. ``assert_type`` and
``type: ignore`` (unused ignores are errors under --strict) pin the exact types."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import assert_type

from minimal_problem import ApiError as ProblemError
from scoped_errors import ApiError as ScopedError
from scoped_errors import ErrorCode as ScopedCode
from scoped_errors.details import ChannelTypeDetails
from torture_compat import ErrorCode as CompatCode
from torture_errors import ApiError, CodeInfo, ErrorCode, Retryable
from torture_errors.details import TypeDetails, TypeDetailsRange


def torture(err: ApiError) -> float:
    assert_type(err.code, ErrorCode | None)
    assert_type(err.raw_code, str | None)
    assert_type(err.timestamp, str | None)
    assert_type(ErrorCode.parse("TYPE"), ErrorCode | None)
    assert_type(ErrorCode.TYPE.info, CodeInfo)
    assert_type(ErrorCode.FUNC.info.retryable, Retryable)
    assert_type(ErrorCode.CLASS.info.replacement, ErrorCode | None)
    assert_type(ApiError.from_response({}), ApiError)
    assert_type(err.details_as(ErrorCode.CLASS), Mapping[str, object] | None)
    details = err.details_as(ErrorCode.TYPE)
    assert_type(details, TypeDetails | None)
    if details is None:
        return 0.0
    assert_type(details["type"], str)
    details["nope"]  # type: ignore[typeddict-item]
    details["type"] = 1  # type: ignore[typeddict-item]
    rng = details.get("range")
    assert_type(rng, TypeDetailsRange | None)
    return rng.get("match", 0.0) if rng else 0.0


def scoped(err: ScopedError) -> Sequence[ChannelTypeDetails]:
    assert_type(err.domain, str | None)
    assert_type(ScopedCode.parse("type", "channel"), ScopedCode | None)
    return err.details_as(ScopedCode.CHANNEL_TYPE)


def problem(err: ProblemError) -> Mapping[str, object]:
    assert_type(err.title, str | None)
    assert_type(err.docs_url, str | None)
    return err.details


def compat() -> str:
    return f"{CompatCode.TYPE}" + CompatCode.NONE.info.title

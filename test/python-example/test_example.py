"""Checks every member of the installed package against the catalog's own facts.

expected.json and the package name come from test/example.test.ts (EXPECTED, PACKAGE).
"""

import importlib
import json
import os
from typing import Any

pkg: Any = importlib.import_module(os.environ["PACKAGE"])
with open(os.environ["EXPECTED"], encoding="utf-8") as f:
    EXPECTED: list[dict[str, Any]] = json.load(f)


def test_every_member_agrees_with_the_catalog() -> None:
    assert len(list(pkg.ErrorCode)) == len(EXPECTED)
    for want in EXPECTED:
        code = pkg.ErrorCode.parse(want["name"])
        assert code is not None, want["name"]
        info = code.info
        got = {
            "name": info.code,
            "domain": info.domain,
            "title": info.title,
            "status": info.status or 0,
            "statuses": list(info.statuses),
            "varies": info.status_varies,
            "retryable": info.retryable,
            "retryAfter": info.retry_after,
            "docsUrl": info.docs_url or "",
            "deprecated": info.deprecated,
            "replacement": str(info.replacement or ""),
            "aliasOf": str(info.alias_of or ""),
            "planned": info.lifecycle == "planned",
            "surfacesAs": str(info.surfaces_as or ""),
        }
        assert got == want


def test_envelope_round_trip_and_unknown_codes() -> None:
    for want in EXPECTED:
        code = pkg.ErrorCode.parse(want["name"])
        err = pkg.ApiError.from_response(pkg.ApiError(code, "message").to_body())
        assert err.code is code
        assert err.message == "message"
    unknown = pkg.ApiError.from_response(pkg.ApiError("ADDED_BY_A_NEWER_SERVER").to_body())
    assert unknown.code is None
    assert unknown.raw_code == "ADDED_BY_A_NEWER_SERVER"
    assert pkg.ErrorCode.parse("ADDED_BY_A_NEWER_SERVER") is None

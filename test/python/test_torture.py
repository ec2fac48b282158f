"""The torture fixture: keyword-like names, quotes and backslashes everywhere,
aliases, deprecation, planned codes, keyword detail keys; envelope error-meta.

Runs against two packages generated from it: ``torture_errors`` (StrEnum) and
``torture_compat`` (``enumBase: str-enum``, ``(str, Enum)``).
"""

from __future__ import annotations

import enum
import importlib
import typing
from types import ModuleType

import pytest
from conftest import codes_module, member_docs

PACKAGES = ["torture_errors", "torture_compat"]

NAMES = (
    "A2A_PEER_ERROR CLASS CONSTRUCTOR DEFAULT DELETE FALSE FUNC HAS_OWN_PROPERTY HTTP_TIMEOUT IF IMPORT INTERFACE "
    "MATCH MRO NAME NONE NULL PACKAGE RANGE RETURN SELF STRING TO_STRING TRUE TYPE USER_ID_INVALID VALUE "
    "WHATSAPP_2FA_PIN_REQUIRED"
).split()


@pytest.fixture(params=PACKAGES)
def pkg(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(request.param)


def test_every_code_is_a_distinct_member(pkg: ModuleType) -> None:
    code = pkg.ErrorCode
    assert sorted(m.name for m in code) == sorted(NAMES)
    assert len(code.__members__) == len(NAMES)  # no silent Enum aliases
    for name in NAMES:
        member = getattr(code, name)
        assert member.value == name and member.name == name and member.info.code == name
        assert code.parse(name) is member and code(name) is member


def test_enum_base(pkg: ModuleType) -> None:
    code = pkg.ErrorCode
    if pkg.__name__ == "torture_errors":
        assert issubclass(code, enum.StrEnum)
    else:
        assert not issubclass(code, enum.StrEnum) and issubclass(code, str)
    for member in (code.NONE, code.TRUE, code.CLASS, code.MRO, code.NAME, code.VALUE):
        assert str(member) == member.value
        assert f"{member}" == member.value
        assert f"{member:>8}" == member.value.rjust(8)
        assert "%s" % member == member.value


def test_parse_unknown(pkg: ModuleType) -> None:
    for value in ["type", "Type", "NOT_A_CODE", "errors/TYPE", None, 1, object()]:
        assert pkg.ErrorCode.parse(value) is None


def test_alias_keeps_its_own_wire_value(pkg: ModuleType) -> None:
    code = pkg.ErrorCode
    assert code.DELETE is not code.DEFAULT
    assert code.DELETE.info.alias_of is code.DEFAULT
    assert code.DEFAULT.info.alias_of is None


def test_deprecation(pkg: ModuleType) -> None:
    code = pkg.ErrorCode
    cls = code.CLASS.info
    assert (cls.deprecated, cls.deprecated_since, cls.replacement) == (True, "0.9.0", code.MATCH)
    imp = code.IMPORT.info
    assert (imp.deprecated, imp.deprecated_since, imp.replacement) == (True, None, None)
    assert not code.TYPE.info.deprecated  # its description merely starts with "Deprecated:"
    docs = member_docs(codes_module(pkg.__name__), "ErrorCode")
    assert docs["CLASS"].splitlines()[-1].startswith("Deprecated: use ``ErrorCode.MATCH`` instead (since 0.9.0). ")
    assert 'Renamed: "class" */ clashes with {{keywords}}' in docs["CLASS"]
    assert "Deprecated: Torture" in docs["IMPORT"]


def test_docstrings_keep_hostile_text(pkg: ModuleType) -> None:
    docs = member_docs(codes_module(pkg.__name__), "ErrorCode")
    assert set(docs) == set(NAMES)
    lines = docs["TYPE"].splitlines()
    assert lines[0] == "Type."
    assert "Second line ends a comment */ and opens /* one; has \"\"\"triple\"\"\" and ''' quotes." in lines
    assert "Trailing backslash \\" in lines
    assert "Non-ASCII: café, 日本語, emoji 🚫, RTL <U+202E>bidi<U+202C>, combining é, zero-width<U+200B>space." in lines
    assert "Cause: Leading @param looks like a tag; {@link nowhere} is not a link" in lines
    assert docs["FUNC"].splitlines()[0] == 'Func: "quoted" title with \\ backslash and */.'
    assert "See https://docs.example.com/errors/errors#type" in lines


def test_metadata(pkg: ModuleType) -> None:
    code = pkg.ErrorCode
    func = code.FUNC.info
    assert func.title == 'Func: "quoted" title with \\ backslash and */'
    assert (func.status, func.statuses, func.status_varies) == (413, (413, 415, 422), False)
    assert (func.retryable, func.retry_after, func.domain) == ("auto", True, "errors")
    rng = code.RANGE.info
    assert (rng.status, rng.statuses, rng.status_varies) == (None, (), True)
    none = code.NONE.info
    assert (none.status, none.statuses, none.status_varies) == (None, (400, 502), True)
    assert code.HTTP_TIMEOUT.info.retryable == "yes"
    assert code.TYPE.info.retryable == "no"
    assert code.TYPE.info.docs_url == "https://docs.example.com/errors/errors#type"
    planned = code.CONSTRUCTOR.info
    assert (planned.lifecycle, planned.surfaces_as) == ("planned", code.DEFAULT)
    assert typing.get_args(pkg.ErrorDomain) == ("errors", "http", "types")
    assert typing.get_args(pkg.Retryable) == ("yes", "no", "auto", "unknown")


def test_typed_details_with_keyword_keys(pkg: ModuleType) -> None:
    details = importlib.import_module(f"{pkg.__name__}.details")
    td = details.TypeDetails
    assert td.__required_keys__ == frozenset({"type"})
    assert td.__optional_keys__ == frozenset({"None", "class", "from", "range"})
    assert details.TypeDetailsRange.__optional_keys__ == frozenset({"func", "match"})
    hints = typing.get_type_hints(td)
    assert typing.get_args(hints["class"]) == ('a"b', "c\\d", "*/", "None", "range")
    assert hints["from"] == list[int] and hints["None"] == dict[str, bool]
    assert hints["range"] is details.TypeDetailsRange


def test_error_meta_envelope(pkg: ModuleType) -> None:
    code, api_error = pkg.ErrorCode, pkg.ApiError
    sent = {"type": "t", "class": "*/", "from": [1, 2], "None": {"x": True}, "range": {"func": "f", "match": 1.5}}
    body = {
        "error": {"code": "TYPE", "message": 'bad "type"', "status": 400, "details": sent},
        "meta": {"request_id": "r-9", "timestamp": "2026-01-01T00:00:00Z", "docs_url": "https://d/x"},
    }
    err = api_error.from_response(body, status=500)
    assert err.code is code.TYPE
    assert (err.status, err.request_id, err.timestamp, err.docs_url) == (400, "r-9", "2026-01-01T00:00:00Z", "https://d/x")
    typed = err.details_as(code.TYPE)
    assert typed is not None and typed["range"]["match"] == 1.5 and typed["class"] == "*/"
    assert err.details_as(code.CLASS) is None
    assert err.to_body() == body
    assert api_error.from_response({"error": {"code": "TYPE"}}, status=418).status == 418


def test_constructor_and_to_body(pkg: ModuleType) -> None:
    code, api_error = pkg.ErrorCode, pkg.ApiError
    err = api_error(code.DELETE, "gone", status=500, details={"k": 1}, request_id="r")
    assert (err.code, err.raw_code) == (code.DELETE, "DELETE")
    assert err.to_body() == {
        "error": {"code": "DELETE", "message": "gone", "status": 500, "details": {"k": 1}},
        "meta": {"request_id": "r"},
    }
    assert api_error("MRO").code is code.MRO
    assert api_error("NEW").code is None

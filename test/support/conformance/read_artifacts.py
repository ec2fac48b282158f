"""Reads generated Python packages and RST pages for the conformance suite.

One process per conformance call: a JSON list of tasks on stdin, a JSON list of
results (same order) on stdout.

  {"kind": "python", "package": DIR, "scoped": BOOL, "details": {MEMBER: CLASS}}
      imports the package under a private alias (every out dir's package may have
      the same name) and dumps every ErrorCode member's value and ``.info``, the
      result of ``ErrorCode.parse`` on its wire name (and domain), and each named
      details TypedDict as fields (name, required, type in catalog.json terms).
  {"kind": "rst", "file": FILE}
      parses the page with docutils and lists each section's label names and the
      rows of its tables (with the text of the element before each), each cell as
      a list of tokens:
      anchor (the HTML id a label gives), code, mark (emphasis), ref (target id),
      text, break (between paragraphs).
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import typing
from typing import Any

_count = 0


# ---- Python packages ----


def load_package(path: str) -> Any:
    global _count
    _count += 1
    alias = f"_lockstep_conformance_{_count}"
    spec = importlib.util.spec_from_file_location(
        alias, f"{path}/__init__.py", submodule_search_locations=[path]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module, alias


def type_of(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return {"kind": "string"}
    if tp is bool:
        return {"kind": "boolean"}
    if tp is int:
        return {"kind": "integer"}
    if tp is float:
        return {"kind": "number"}
    if origin is typing.Literal:
        return {"kind": "enum", "values": list(args)}
    if origin is list:
        return {"kind": "list", "of": type_of(args[0])}
    if origin is dict:
        return {"kind": "map", "of": type_of(args[1])}
    if typing.is_typeddict(tp):
        return {"kind": "object", "fields": fields_of(tp)}
    return {"kind": f"unsupported {tp!r}"}


def fields_of(td: Any) -> list[dict[str, Any]]:
    hints = typing.get_type_hints(td)
    return [
        {"name": k, "required": k in td.__required_keys__, "type": type_of(v)}
        for k, v in hints.items()
    ]


def read_python(task: dict[str, Any]) -> dict[str, Any]:
    pkg, alias = load_package(task["package"])
    details_mod = importlib.import_module(f"{alias}.details")
    error_code = pkg.ErrorCode
    ref = lambda m: None if m is None else m.value  # noqa: E731
    members = []
    for member, code in error_code.__members__.items():
        info = code.info
        parsed = (
            error_code.parse(info.code, info.domain)
            if task["scoped"]
            else error_code.parse(info.code)
        )
        entry = {
            "member": member,
            "value": code.value,
            "name": info.code,
            "domain": info.domain,
            "title": info.title,
            "status": info.status,
            "statuses": list(info.statuses),
            "status_varies": info.status_varies,
            "retryable": info.retryable,
            "retry_after": info.retry_after,
            "deprecated": info.deprecated,
            "deprecated_since": info.deprecated_since,
            "replacement": ref(info.replacement),
            "alias_of": ref(info.alias_of),
            "lifecycle": info.lifecycle,
            "surfaces_as": ref(info.surfaces_as),
            "docs_url": info.docs_url,
            "parse": ref(parsed),
        }
        cls_name = task["details"].get(member)
        if cls_name is not None:
            cls = getattr(details_mod, cls_name, None)
            entry["details"] = None if cls is None else fields_of(cls)
        members.append(entry)
    return {"members": members}


# ---- RST ----


def cell_tokens(entry: Any, nodes: Any) -> list[dict[str, Any]]:
    tokens: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, nodes.target):
            ref = node.get("refid") or (node["ids"][0] if node["ids"] else None)
            if ref:
                tokens.append({"t": "anchor", "id": ref})
            return
        if isinstance(node, nodes.literal):
            tokens.append({"t": "code", "text": node.astext()})
            return
        if isinstance(node, nodes.emphasis):
            tokens.append({"t": "mark", "text": node.astext()})
            return
        if isinstance(node, nodes.reference):
            # Only links to a label are the generator's; docutils also links a bare
            # URI or e-mail address in spec text, which stays text here.
            target = node.get("refid") or node.get("refname")
            if target:
                tokens.append({"t": "ref", "anchor": target, "text": node.astext()})
            else:
                tokens.append({"t": "text", "text": node.astext()})
            return
        if isinstance(node, nodes.Text):
            tokens.append({"t": "text", "text": node.astext()})
            return
        if isinstance(node, nodes.paragraph) and tokens:
            tokens.append({"t": "break"})
        for child in node.children:
            walk(child)

    walk(entry)
    return tokens


def read_rst(task: dict[str, Any]) -> dict[str, Any]:
    import docutils.core
    from docutils import nodes

    with open(task["file"], encoding="utf-8") as f:
        source = f.read()
    doc = docutils.core.publish_doctree(
        source,
        settings_overrides={
            "report_level": 5,
            "halt_level": 5,
            "warning_stream": io.StringIO(),
        },
    )
    sections = []
    for section in doc.findall(nodes.section):
        tables = []
        for table in section.findall(nodes.table):
            owner = table.parent
            while not isinstance(owner, nodes.section):
                owner = owner.parent
            if owner is not section:
                continue
            rows = []
            header: list[str] = []
            for row in table.findall(nodes.row):
                entries = list(row.findall(nodes.entry))
                if isinstance(row.parent, nodes.thead):
                    header = [e.astext() for e in entries]
                else:
                    rows.append([cell_tokens(e, nodes) for e in entries])
            # The list-table directive's table, or a container holding it.
            node = table
            while node.parent is not section and node.parent is not None:
                node = node.parent
            index = section.index(node)
            before = section[index - 1].astext() if index > 0 else ""
            tables.append({"header": header, "rows": rows, "before": before})
        sections.append({"names": list(section["names"]), "tables": tables})
    return {"sections": sections}


def main() -> None:
    tasks = json.load(sys.stdin)
    results = []
    for task in tasks:
        try:
            if task["kind"] == "python":
                results.append(read_python(task))
            else:
                results.append(read_rst(task))
        except Exception as e:  # reported as a mismatch, not a crash of the batch
            results.append({"error": f"{type(e).__name__}: {e}"})
    json.dump(results, sys.stdout)


main()

"""Parse an RST file with plain docutils and print what the tests check, as JSON.

Usage: check_rst.py FILE
       check_rst.py --make-id TEXT...   (prints docutils' make_id of each TEXT)

Settings: report_level 1 (INFO and up are reported), halt_level 2 (the first
WARNING stops the parse). Output keys:
  halted    the message that stopped the parse, or null
  messages  every reported system message (level, line, text)
  title     the document title
  sections  per section: ids, names, title, the text of its .. note:: blocks and
            its tables (rows of cell texts, header rows first, cell text = astext())
  comments  the text of every comment
  targets   every element that carries a reference name: tag, names, ids
"""

import io
import json
import sys
from typing import Any

import docutils.core
import docutils.utils
from docutils import nodes


def table_json(table: nodes.table) -> dict[str, Any]:
    group = next(iter(table.findall(nodes.tgroup)))
    header = [
        [e.astext() for e in row.findall(nodes.entry)]
        for row in group.findall(nodes.row)
        if isinstance(row.parent, nodes.thead)
    ]
    body = [
        [e.astext() for e in row.findall(nodes.entry)]
        for row in group.findall(nodes.row)
        if isinstance(row.parent, nodes.tbody)
    ]
    widths = [spec["colwidth"] for spec in group.findall(nodes.colspec)]
    return {"cols": group["cols"], "widths": widths, "header": header, "body": body}


def own(section: nodes.Element, cls: type) -> list[Any]:
    """Descendants of `cls` whose nearest enclosing section is `section`."""
    found = []
    for node in section.findall(cls):
        parent = node.parent
        while (
            parent is not None
            and not isinstance(parent, nodes.section)
            and parent is not section
        ):
            parent = parent.parent
        if parent is section:
            found.append(node)
    return found


SETTINGS = {"report_level": 1, "halt_level": 2, "input_encoding": "utf-8"}


def parse(path: str) -> tuple[Any, str | None, str]:
    """(doctree, None, warnings), or (None, the halting message, warnings)."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    stream = io.StringIO()
    try:
        doctree = docutils.core.publish_doctree(
            source,
            source_path=path,
            settings_overrides={**SETTINGS, "warning_stream": stream},
        )
    except docutils.utils.SystemMessage as e:
        return None, str(e), stream.getvalue()
    return doctree, None, stream.getvalue()


def main(path: str) -> int:
    result: dict[str, Any] = {
        "halted": None,
        "messages": [],
        "title": None,
        "sections": [],
        "comments": [],
        "targets": [],
    }
    doctree, halted, warnings = parse(path)
    if doctree is None:
        result["halted"] = halted
        result["messages"] = [{"level": 0, "line": None, "text": warnings}]
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for msg in doctree.findall(nodes.system_message):
        result["messages"].append(
            {"level": msg["level"], "line": msg.get("line"), "text": msg.astext()}
        )
    result["title"] = doctree.get("title")
    for section in doctree.findall(nodes.section):
        title = section.next_node(nodes.title)
        result["sections"].append(
            {
                "ids": section["ids"],
                "names": section["names"],
                "title": title.astext() if title else None,
                "notes": [n.astext() for n in own(section, nodes.note)],
                "tables": [table_json(t) for t in own(section, nodes.table)],
            }
        )
    result["comments"] = [c.astext() for c in doctree.findall(nodes.comment)]
    for node in doctree.findall(nodes.Element):
        if node.get("names"):
            result["targets"].append(
                {"tag": node.tagname, "names": node["names"], "ids": node["ids"]}
            )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--make-id":
        print(json.dumps([nodes.make_id(s) for s in sys.argv[2:]], ensure_ascii=False))
        sys.exit(0)
    sys.exit(main(sys.argv[1]))

"""Parse many RST files with plain docutils; print one JSON line per file.

Usage: rst_batch.py < FILE_LIST   (one path per line)

Settings as test/rst/check_rst.py: report_level 1, halt_level 2 (the first WARNING
stops the parse). Per file: path, halted (message or null), messages (level >= 2 or
level 0), targets (names and ids of every element with a reference name), and tables
(per section: its names, and per table the column count and each body row's cell count).
"""

import io
import json
import sys
from typing import Any

import docutils.core
import docutils.utils
from docutils import nodes


def check(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    stream = io.StringIO()
    settings = {
        "warning_stream": stream,
        "report_level": 1,
        "halt_level": 2,
        "input_encoding": "utf-8",
    }
    out: dict[str, Any] = {"path": path, "halted": None, "messages": [], "targets": [], "sections": []}
    try:
        doctree = docutils.core.publish_doctree(source, source_path=path, settings_overrides=settings)
    except docutils.utils.SystemMessage as e:
        out["halted"] = f"{e} {stream.getvalue()}"
        return out
    for msg in doctree.findall(nodes.system_message):
        if msg["level"] == 0 or msg["level"] >= 2:
            out["messages"].append(f"line {msg.get('line')}: {msg.astext()}")
    for node in doctree.findall(nodes.Element):
        if node.get("names"):
            out["targets"].append({"names": node["names"], "ids": node["ids"]})
    for section in doctree.findall(nodes.section):
        tables = []
        for table in section.findall(nodes.table):
            parent = table.parent
            while parent is not None and not isinstance(parent, nodes.section):
                parent = parent.parent
            if parent is not section:
                continue
            group = next(iter(table.findall(nodes.tgroup)))
            rows = [
                len(list(row.findall(nodes.entry)))
                for row in group.findall(nodes.row)
                if isinstance(row.parent, nodes.tbody)
            ]
            tables.append({"cols": group["cols"], "rows": rows})
        out["sections"].append({"names": section["names"], "tables": tables})
    return out


def main() -> int:
    for line in sys.stdin:
        path = line.strip()
        if path:
            print(json.dumps(check(path), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

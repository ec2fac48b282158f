"""Parse many RST files with plain docutils; print one JSON line per file.

Usage: rst_batch.py < FILE_LIST   (one path per line)

Parsed by test/rst/check_rst.py's `parse`: report_level 1, halt_level 2 (the first
WARNING stops the parse). Per file: path, halted (message or null), messages (level >= 2 or
level 0), targets (names and ids of every element with a reference name), and tables
(per section: its names, and per table the column count and each body row's cell count).
"""

import json
import os
import sys
from typing import Any

from docutils import nodes

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "rst"))
from check_rst import own, parse  # noqa: E402  (the settings and the walk are shared)


def check(path: str) -> dict[str, Any]:
    out: dict[str, Any] = {"path": path, "halted": None, "messages": [], "targets": [], "sections": []}
    doctree, halted, warnings = parse(path)
    if doctree is None:
        out["halted"] = f"{halted} {warnings}"
        return out
    for msg in doctree.findall(nodes.system_message):
        if msg["level"] == 0 or msg["level"] >= 2:
            out["messages"].append(f"line {msg.get('line')}: {msg.astext()}")
    for node in doctree.findall(nodes.Element):
        if node.get("names"):
            out["targets"].append({"names": node["names"], "ids": node["ids"]})
    for section in doctree.findall(nodes.section):
        tables = []
        for table in own(section, nodes.table):
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

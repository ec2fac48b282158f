"""Shared helpers for the tests of the generated Python packages.

These files run (from test/python.test.ts) against packages pip-installed into a
fresh virtual environment; they are not part of the TypeScript suite.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from types import ModuleType


def member_docs(module: ModuleType, class_name: str) -> dict[str, str]:
    """Attribute docstrings of a class, read from the installed source (Python drops them at runtime)."""
    tree = ast.parse(inspect.getsource(module))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    docs: dict[str, str] = {}
    for prev, node in zip(cls.body, cls.body[1:]):
        if (
            isinstance(prev, (ast.Assign, ast.AnnAssign))
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            target = prev.targets[0] if isinstance(prev, ast.Assign) else prev.target
            assert isinstance(target, ast.Name)
            docs[target.id] = inspect.cleandoc(node.value.value)
    return docs


def codes_module(package: str) -> ModuleType:
    return importlib.import_module(f"{package}._codes")

#!/usr/bin/env bash
# Installs the Python tools the test suite uses to verify generated output
# (mypy, ruff, docutils, pytest, hatchling) into .tools/venv. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .tools/venv
.tools/venv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/tools-requirements.txt
command -v go >/dev/null || { echo "setup-tools: Go is not installed (needed to verify the Go output)" >&2; exit 1; }
echo "setup-tools: $(.tools/venv/bin/python --version), $(go version)"

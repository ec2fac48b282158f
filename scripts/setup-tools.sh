#!/usr/bin/env bash
# Installs the Python tools the test suite uses to verify generated output
# (mypy, ruff, docutils, pytest, hatchling) into .tools/venv, and checks that Go is
# there. `--if-missing` returns at once when the venv already has them.
set -euo pipefail
cd "$(dirname "$0")/.."
# openapi-generator and the Python client's venv live in a cache outside the repository.
bash scripts/setup-openapi-clients.sh
venv=.tools/venv
stamp=$venv/.requirements
if [[ "${1:-}" == "--if-missing" && -f $stamp ]] && cmp -s scripts/tools-requirements.txt "$stamp"; then
  exit 0
fi
command -v python3 >/dev/null || { echo "setup-tools: python3 is not installed (needed to verify the Python output)" >&2; exit 1; }
command -v go >/dev/null || { echo "setup-tools: Go is not installed (needed to verify the Go output); install Go 1.21 or later" >&2; exit 1; }
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r scripts/tools-requirements.txt
cp scripts/tools-requirements.txt "$stamp"
echo "setup-tools: $("$venv/bin/python" --version), $(go version)"

#!/usr/bin/env bash
# Installs what test/openapi-clients.test.ts runs outside the repository, in a cache folder
# ($LOCKSTEP_TOOLS_CACHE, default ~/.cache/lockstep): openapi-generator-cli's jar from Maven
# Central (checked against scripts/openapi-client-tools.json) and a Python venv with the
# dependencies of the Python client it generates. Returns at once when both are there.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${LOCKSTEP_TOOLS_CACHE:-$HOME/.cache/lockstep}
mkdir -p "$cache"
version=$(node -p 'require("./scripts/openapi-client-tools.json").openapiGenerator.version')
sha1=$(node -p 'require("./scripts/openapi-client-tools.json").openapiGenerator.sha1')
jar=$cache/openapi-generator-cli-$version.jar
if [[ ! -f $jar ]]; then
  command -v java >/dev/null || { echo "setup-openapi-clients: Java 11 or later is required by openapi-generator" >&2; exit 1; }
  url=https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/$version/openapi-generator-cli-$version.jar
  curl -fsSL --retry 3 -o "$jar.part" "$url"
  got=$(sha1sum "$jar.part" | cut -d' ' -f1)
  [[ $got == "$sha1" ]] || { rm -f "$jar.part"; echo "setup-openapi-clients: $url has sha1 $got, expected $sha1" >&2; exit 1; }
  mv "$jar.part" "$jar"
  echo "setup-openapi-clients: openapi-generator-cli $version → $jar"
fi
venv=$cache/openapi-client-venv
if ! cmp -s scripts/openapi-client-requirements.txt "$venv/.requirements"; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r scripts/openapi-client-requirements.txt
  cp scripts/openapi-client-requirements.txt "$venv/.requirements"
  echo "setup-openapi-clients: Python client venv → $venv"
fi

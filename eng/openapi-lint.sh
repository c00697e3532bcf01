#!/usr/bin/env bash
# Lints docs/openapi.json (drift-tested against the served document) with Redocly CLI's recommended rules and
# eng/redocly.yaml: 0 errors and 0 warnings. Installs the pinned CLI from the npm registry into .tools/ on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.77.0
tools=.tools/redocly-$version
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  command -v npm >/dev/null || { echo "npm is missing: the OpenAPI lint needs Node.js 20.19+ and npm" >&2; exit 1; }
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@redocly/cli@$version" >&2
fi
# Counted: warnings fail the lint as errors do.
"$tools/node_modules/.bin/redocly" lint docs/openapi.json --config eng/redocly.yaml --max-problems 500 2>&1 | tee "${TMPDIR:-/tmp}/openapi-lint.$$" | grep -v "^\s*$" | grep -vi "node.js\|deprecation\|nodejs.org\|╔\|║\|╚" || true
summary=$(grep -E "Woohoo|Validation failed|You have" "${TMPDIR:-/tmp}/openapi-lint.$$" || true)
rm -f "${TMPDIR:-/tmp}/openapi-lint.$$"
case "$summary" in
  *Woohoo*) echo "openapi lint: 0 errors, 0 warnings" ;;
  *) echo "openapi lint failed: $summary" >&2; exit 1 ;;
esac

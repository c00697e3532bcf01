#!/usr/bin/env bash
# The test command: installs and starts private PostgreSQL and Redis instances (eng/services.sh), builds the solution,
# lints the OpenAPI document (eng/openapi-lint.sh), runs every test project, stops the services, and ends with the line `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/tenderhall-test.XXXXXX")
chmod 755 "$work"   # PostgreSQL runs as its own user and must reach its data directory inside
cleanup() { eng/services.sh stop "$work/services" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

# The PDF tests need a CJK TrueType font (and poppler's pdfsig for a cross-check).
if ! eng/fonts.sh; then
  echo "could not install the fonts the PDF tests need" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# The portal's browser tests drive Debian's Chromium through Playwright.
if ! eng/browser.sh; then
  echo "could not install chromium for the browser tests" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

if ! eng/services.sh start "$work/services"; then
  echo "could not start PostgreSQL and Redis for the tests" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
# shellcheck disable=SC1091
. "$work/services/env"

if ! dotnet build TenderHall.sln -c Release -nologo -v quiet; then
  echo "the build failed" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# The committed OpenAPI document (equal to the served one: GeneratedDocsTests) lints clean; counted as one test.
lint_failed=0
eng/openapi-lint.sh || lint_failed=1

dotnet test TenderHall.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$work/results" -- RunConfiguration.TreatNoTestsAsError=true
status=$?

passed=0; failed=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
done
passed=$((passed + 1 - lint_failed)); failed=$((failed + lint_failed))
# The failed tests' names and first message lines, last before the summary, where a reader of the log's tail sees them.
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  awk '
    /<UnitTestResult / && /outcome="(Failed|Error|Timeout)"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); print "FAILED: " name; want = 1 }
    want && /<Message>/ { sub(/.*<Message>/, "  "); inmsg = 1; lines = 0 }
    inmsg { line = $0; done = sub(/<\/Message>.*/, "", line); if (lines++ < 12) print "  " line; if (done) { inmsg = 0; want = 0 } }
  ' "$trx"
done
# A test host that crashed leaves no counters: count the run as a failure rather than report a clean result.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

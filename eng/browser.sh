#!/usr/bin/env bash
# The browser the portal's end-to-end tests drive through Playwright: Debian's chromium package (idempotent; the test
# command calls it). apt-get update runs only when installing from the current package lists fails.
set -euo pipefail

command -v chromium >/dev/null && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "installing chromium with apt" >&2
if ! $SUDO apt-get install -y -qq chromium >&2; then
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq chromium >&2
fi
command -v chromium >/dev/null || { echo "chromium installed, but not on the PATH" >&2; exit 1; }

#!/usr/bin/env bash
# What signed PDF documents need on the machine (idempotent; the test command calls it before the tests):
#   fonts-arphic-gbsn00lp  the CJK TrueType font CjkFontResolver embeds (a plain .ttf: PDFsharp cannot load .ttc)
#   poppler-utils          pdfsig, with which a test cross-checks the ECDSA signature with an independent verifier
# apt-get update runs only when installing from the current package lists fails.
set -euo pipefail

font=/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf
want=()
[ -f "$font" ] || want+=(fonts-arphic-gbsn00lp)
command -v pdfsig >/dev/null || want+=(poppler-utils)
[ ${#want[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "installing ${want[*]} with apt" >&2
if ! $SUDO apt-get install -y -qq "${want[@]}" >&2; then
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq "${want[@]}" >&2
fi
[ -f "$font" ] || { echo "fonts-arphic-gbsn00lp installed, but $font is missing" >&2; exit 1; }

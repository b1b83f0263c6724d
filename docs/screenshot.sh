#!/usr/bin/env bash
# Renders the sample's HTML page (out/ajiss-commentary-93.html, written by ./ajiss) to
# docs/html-page.png with headless Chromium (Debian's chromium package).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f out/ajiss-commentary-93.html ] || ./ajiss >/dev/null
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=900,1300 \
  --screenshot=docs/html-page.png "file://$PWD/out/ajiss-commentary-93.html" 2>/dev/null

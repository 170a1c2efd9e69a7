#!/usr/bin/env bash
# Renders the HTML comparison of the sample policies with headless Chromium, as a person would
# see it, to out/compare.png (and out/compare.pdf for the printed view). Not part of CI (Chromium
# is large): run it after changing CompareHTML and look at the pictures.
#   apt-get install -y chromium poppler-utils    # once
#   bash scripts/screenshot-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
swift build -c release
.build/release/policyscan compare --format html --output out/compare.html \
  --baseline baselines/strict-procurement.yaml policies/ || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1500 \
  --screenshot="$PWD/out/compare.png" "file://$PWD/out/compare.html"
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$PWD/out/compare.pdf" "file://$PWD/out/compare.html"
echo "wrote out/compare.png and out/compare.pdf"

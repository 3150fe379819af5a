#!/bin/sh
# Print yojo_furyoku_brief.html to yojo_furyoku_brief.pdf with Debian's Chromium (A4, two-column
# body, running header/footer from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts36/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/yojo_furyoku_brief.pdf" "file://$PWD/yojo_furyoku_brief.html"
# Check that the text layer is real text, page by page.
pdfinfo yojo_furyoku_brief.pdf | grep Pages
pdftotext -layout yojo_furyoku_brief.pdf - | head -n 20

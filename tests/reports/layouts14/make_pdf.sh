#!/bin/sh
# Print matsuri_pdf.html to matsuri.pdf with Debian's Chromium (JIS B5 pages; running header and
# page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts14/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/matsuri.pdf" "file://$PWD/matsuri_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo matsuri.pdf | grep Pages
pdftotext -layout matsuri.pdf - | head -n 20

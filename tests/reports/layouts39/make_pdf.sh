#!/bin/sh
# Print kowan_hokoku.html to kowan_hokoku.pdf with Debian's Chromium (A4 pages, running footer and
# page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts39/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kowan_hokoku.pdf" "file://$PWD/kowan_hokoku.html"
# Check that the text layer is real text, page by page.
pdfinfo kowan_hokoku.pdf | grep Pages
pdftotext -layout kowan_hokoku.pdf - | head -n 20

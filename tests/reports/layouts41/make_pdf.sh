#!/bin/sh
# Print cyber_chosa.html to cyber_chosa.pdf with Debian's Chromium (A4 pages; running header,
# page numbers and the institute name from CSS @page margin boxes, none on the cover page;
# Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts41/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/cyber_chosa.pdf" "file://$PWD/cyber_chosa.html"
# Check that the text layer is real text, page by page.
pdfinfo cyber_chosa.pdf | grep Pages
pdftotext -layout cyber_chosa.pdf - | head -n 20

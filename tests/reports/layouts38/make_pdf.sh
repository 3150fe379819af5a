#!/bin/sh
# Print kaigan_shinshoku.html to kaigan_shinshoku.pdf with Debian's Chromium (A4 pages; the box
# "資料２" top right and the page number bottom centre come from CSS @page margin boxes;
# Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts38/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kaigan_shinshoku.pdf" "file://$PWD/kaigan_shinshoku.html"
pdfinfo kaigan_shinshoku.pdf | grep Pages
pdftotext -layout kaigan_shinshoku.pdf - | head -n 20

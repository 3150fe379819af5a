#!/bin/sh
# Print uchu_sangyo.html to uchu_sangyo.pdf with Debian's Chromium (A4 pages, running header and
# page numbers from CSS @page margin boxes, none on page 1; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts30/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/uchu_sangyo.pdf" "file://$PWD/uchu_sangyo.html"
# Check that the text layer is real text, page by page.
pdfinfo uchu_sangyo.pdf | grep Pages
pdftotext -layout uchu_sangyo.pdf - | head -n 20

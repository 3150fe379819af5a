#!/bin/sh
# Print kirigahara_broadband.html to kirigahara_broadband.pdf with Debian's Chromium (A4 pages;
# running header and page numbers from CSS @page margin boxes, none on the cover; Chromium's own
# header/footer switched off).
# Run from anywhere: sh tests/reports/layouts43/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kirigahara_broadband.pdf" "file://$PWD/kirigahara_broadband.html"
# Check that the text layer is real text, page by page.
pdfinfo kirigahara_broadband.pdf | grep Pages
pdftotext -layout kirigahara_broadband.pdf - | head -n 20

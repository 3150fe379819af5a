#!/bin/sh
# Print kuma_chosa.html to kuma_chosa.pdf with Debian's Chromium (A4 pages; footer text and page
# numbers from CSS @page margin boxes, none on the cover; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts28/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kuma_chosa.pdf" "file://$PWD/kuma_chosa.html"
# Check that the text layer is real text, page by page.
pdfinfo kuma_chosa.pdf | grep Pages
pdftotext -layout kuma_chosa.pdf - | head -n 20

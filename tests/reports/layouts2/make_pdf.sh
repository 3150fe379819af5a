#!/bin/sh
# Print report2_pdf.html to report2.pdf with Debian's Chromium (A4 pages, running header and page
# numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Adapted from tests/reports/layouts/make_pdf.sh. Run from anywhere: sh tests/reports/layouts2/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/report2.pdf" "file://$PWD/report2_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo report2.pdf | grep Pages
pdftotext -layout report2.pdf - | head -n 20

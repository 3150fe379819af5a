#!/bin/sh
# Print matome_school_lunch.html to matome_school_lunch.pdf with Debian's Chromium (A4 pages,
# running header and "N / M" page numbers from CSS @page margin boxes; Chromium's own
# header/footer switched off). Run from anywhere: sh tests/reports/layouts49/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/matome_school_lunch.pdf" "file://$PWD/matome_school_lunch.html"
# Check that the text layer is real text, page by page.
pdfinfo matome_school_lunch.pdf | grep Pages
pdftotext -layout matome_school_lunch.pdf - | head -n 20

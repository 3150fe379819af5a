#!/bin/sh
# Print island_petition.html to island_petition.pdf with Debian's Chromium (A4 pages, running
# header and "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts47/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/island_petition.pdf" "file://$PWD/island_petition.html"
# Check that the text layer is real text, page by page.
pdfinfo island_petition.pdf | grep Pages
pdftotext -layout island_petition.pdf - | head -n 20

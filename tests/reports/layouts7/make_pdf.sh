#!/bin/sh
# Print brief_pdf.html to brief.pdf with Debian's Chromium (A5 pages, running header and
# "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts7/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/brief.pdf" "file://$PWD/brief_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo brief.pdf | grep Pages
pdftotext -layout brief.pdf - | head -n 20

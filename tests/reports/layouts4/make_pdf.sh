#!/bin/sh
# Print koen_pdf.html to koen_teian.pdf with Debian's Chromium (A5 pages, running header and
# "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts4/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/koen_teian.pdf" "file://$PWD/koen_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo koen_teian.pdf | grep Pages
pdftotext -layout koen_teian.pdf - | head -n 20

#!/bin/sh
# Print roadmap_pdf.html to roadmap.pdf with Debian's Chromium (A4 pages; running header and
# "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts51/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/roadmap.pdf" "file://$PWD/roadmap_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo roadmap.pdf | grep Pages
pdftotext -layout roadmap.pdf - | head -n 20

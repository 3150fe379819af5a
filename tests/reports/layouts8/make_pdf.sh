#!/bin/sh
# Print report_pdf.html to hokoku_statistics.pdf with Debian's Chromium (B5 pages; running header
# and page numbers from CSS @page margin boxes, none on the cover; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts8/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/hokoku_statistics.pdf" "file://$PWD/report_pdf.html" 2>/dev/null
# Check that the text layer is real text, page by page.
pdfinfo hokoku_statistics.pdf | grep Pages
pdftotext -layout hokoku_statistics.pdf - | head -n 20

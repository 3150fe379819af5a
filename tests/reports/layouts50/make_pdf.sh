#!/bin/sh
# Print kenkyu_hokoku_pdf.html to kenkyu_hokoku.pdf with Debian's Chromium (A4 pages; running
# header and 'N / M' page numbers from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts50/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kenkyu_hokoku.pdf" "file://$PWD/kenkyu_hokoku_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo kenkyu_hokoku.pdf | grep Pages
pdftotext -layout kenkyu_hokoku.pdf - | head -n 20

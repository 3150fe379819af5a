#!/bin/sh
# Print nesshosho_hokoku.html to nesshosho_hokoku.pdf with Debian's Chromium (A4 pages, page
# numbers from a CSS @page margin box; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts37/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/nesshosho_hokoku.pdf" "file://$PWD/nesshosho_hokoku.html"
# Check that the text layer is real text, page by page.
pdfinfo nesshosho_hokoku.pdf | grep Pages
pdftotext -layout nesshosho_hokoku.pdf - | head -n 20

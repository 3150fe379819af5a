#!/bin/sh
# Print kasen_gomi_hokoku.html to kasen_gomi_hokoku.pdf with Debian's Chromium (A4 pages, cover
# page without furniture, running header and page numbers from CSS @page margin boxes; Chromium's
# own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts33/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kasen_gomi_hokoku.pdf" "file://$PWD/kasen_gomi_hokoku.html"
# Check that the text layer is real text, page by page.
pdfinfo kasen_gomi_hokoku.pdf | grep Pages
pdftotext -layout kasen_gomi_hokoku.pdf - | head -n 20

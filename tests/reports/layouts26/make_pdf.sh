#!/bin/sh
# Print bunkazai_hakusho.html to bunkazai_hakusho.pdf with Debian's Chromium (A5 pages; running
# header and "2-N" page numbers from CSS @page margin boxes, none on the first page; Chromium's
# own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts26/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/bunkazai_hakusho.pdf" "file://$PWD/bunkazai_hakusho.html"
# Check that the text layer is real text, page by page.
pdfinfo bunkazai_hakusho.pdf | grep Pages
pdftotext -layout bunkazai_hakusho.pdf - | head -n 20

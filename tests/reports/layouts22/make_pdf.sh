#!/bin/sh
# Print shuzoko_teigen.html to shuzoko_teigen.pdf with Debian's Chromium (A4 pages; footer text and
# page numbers from CSS @page margin boxes, none on page 1's left; Chromium's own header/footer
# switched off).
# Run from anywhere: sh tests/reports/layouts22/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/shuzoko_teigen.pdf" "file://$PWD/shuzoko_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo shuzoko_teigen.pdf | grep Pages
pdftotext -layout shuzoko_teigen.pdf - | head -n 20

#!/bin/sh
# Print nechusho_teigen.html to nechusho_teigen.pdf with Debian's Chromium (A4 pages, running
# header and page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts18/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/nechusho_teigen.pdf" "file://$PWD/nechusho_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo nechusho_teigen.pdf | grep Pages
pdftotext -layout nechusho_teigen.pdf - | head -n 20

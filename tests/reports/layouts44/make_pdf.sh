#!/bin/sh
# Print teigen_funeral.html to teigen_funeral.pdf with Debian's Chromium (A4 pages, running header
# and 'N / M' page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts44/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/teigen_funeral.pdf" "file://$PWD/teigen_funeral.html"
# Check that the text layer is real text, page by page.
pdfinfo teigen_funeral.pdf | grep Pages
pdftotext -layout teigen_funeral.pdf - | head -n 20

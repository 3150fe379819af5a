#!/bin/sh
# Print bookstores_pdf.html to bookstores.pdf with Debian's Chromium (JIS-B5 pages, running header
# and page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts12/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/bookstores.pdf" "file://$PWD/bookstores_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo bookstores.pdf | grep Pages
pdftotext -layout bookstores.pdf - | head -n 20

#!/bin/sh
# Print teian_wildlife.html to teian_wildlife.pdf with Debian's Chromium (A4 pages, two-column
# body, running header and page numbers from CSS @page margin boxes; Chromium's own
# header/footer switched off). Run from anywhere: sh tests/reports/layouts5/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/teian_wildlife.pdf" "file://$PWD/teian_wildlife.html"
# Check that the text layer is real text, page by page.
pdfinfo teian_wildlife.pdf | grep Pages
pdftotext -layout teian_wildlife.pdf - | head -n 20

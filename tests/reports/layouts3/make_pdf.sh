#!/bin/sh
# Print bicycle_2col.html to bicycle_2col.pdf with Debian's Chromium (A4, two text columns via CSS
# columns, running header and page numbers from CSS @page margin boxes; Chromium's own
# header/footer switched off). Adapted from tests/reports/layouts/make_pdf.sh.
# Run from anywhere: sh tests/reports/layouts3/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/bicycle_2col.pdf" "file://$PWD/bicycle_2col.html"
pdfinfo bicycle_2col.pdf | grep Pages
pdftotext -layout bicycle_2col.pdf - | head -n 20

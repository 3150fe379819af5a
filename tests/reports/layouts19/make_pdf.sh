#!/bin/sh
# Print hairo_chiiki.html to hairo_chiiki.pdf with Debian's Chromium: landscape 16:9-like slide pages
# (297 x 167 mm), one recommendation per page; running header and "N / 11" page numbers from CSS
# @page margin boxes (none on the cover); Chromium's own header/footer switched off.
# Run from anywhere: sh tests/reports/layouts19/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/hairo_chiiki.pdf" "file://$PWD/hairo_chiiki.html"
# Check that the text layer is real text, page by page.
pdfinfo hairo_chiiki.pdf | grep -E 'Pages|Page size'
pdftotext -layout hairo_chiiki.pdf - | head -n 20

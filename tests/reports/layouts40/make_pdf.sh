#!/bin/sh
# Print bunkazai_matome_pdf.html to bunkazai_matome.pdf with Debian's Chromium (JIS B5 pages, a cover
# page without furniture, running header and page numbers from CSS @page margin boxes; Chromium's
# own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts40/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/bunkazai_matome.pdf" "file://$PWD/bunkazai_matome_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo bunkazai_matome.pdf | grep -E 'Pages|Page size'
pdftotext -layout bunkazai_matome.pdf - | head -n 20

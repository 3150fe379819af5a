#!/bin/sh
# Print suiso_bus.html to suiso_bus.pdf with Debian's Chromium (JIS B5 pages, 182 x 257 mm; running header and
# page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts16/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/suiso_bus.pdf" "file://$PWD/suiso_bus.html"
# Check that the text layer is real text, page by page.
pdfinfo suiso_bus.pdf | grep -E 'Pages|Page size'
pdftotext -layout suiso_bus.pdf - | head -n 20

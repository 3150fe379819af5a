#!/bin/sh
# Print railway_yobosho_pdf.html to railway_yobosho.pdf with Debian's Chromium (A4 pages, running
# header left/right and `N ／ M` page numbers from CSS @page margin boxes; Chromium's own
# header/footer switched off).
# Run from anywhere: sh tests/reports/layouts45/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/railway_yobosho.pdf" "file://$PWD/railway_yobosho_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo railway_yobosho.pdf | grep Pages
pdftotext -layout railway_yobosho.pdf - | head -n 20

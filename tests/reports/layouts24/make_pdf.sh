#!/bin/sh
# Print futoko_teigen.html to futoko_teigen.pdf with Debian's Chromium (A4 pages; running header
# from page 2 and centred page numbers from CSS @page margin boxes; Chromium's own header/footer
# switched off).
# Run from anywhere: sh tests/reports/layouts24/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/futoko_teigen.pdf" "file://$PWD/futoko_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo futoko_teigen.pdf | grep Pages
pdftotext -layout futoko_teigen.pdf - | head -n 20

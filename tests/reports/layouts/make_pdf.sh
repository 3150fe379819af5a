#!/bin/sh
# Print report_pdf.html to report.pdf with Debian's Chromium (A5 pages, running header and page
# numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/report.pdf" "file://$PWD/report_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo report.pdf | grep Pages
pdftotext -layout report.pdf - | head -n 20

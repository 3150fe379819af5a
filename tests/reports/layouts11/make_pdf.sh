#!/bin/sh
# Print yakuzaishi_report.html to yakuzaishi_report.pdf with Debian's Chromium (A4 pages, running
# header and page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts11/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/yakuzaishi_report.pdf" "file://$PWD/yakuzaishi_report.html"
# Check that the text layer is real text, page by page.
pdfinfo yakuzaishi_report.pdf | grep Pages
pdftotext -layout yakuzaishi_report.pdf - | head -n 20

#!/bin/sh
# Print archive_teigen.html to archive_teigen.pdf with Debian's Chromium (A4 pages, two-column body,
# running header and page numbers from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts15/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/archive_teigen.pdf" "file://$PWD/archive_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo archive_teigen.pdf | grep Pages
pdftotext -layout archive_teigen.pdf - | head -n 20

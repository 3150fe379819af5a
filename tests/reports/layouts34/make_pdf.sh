#!/bin/sh
# Print kanko_teigen.html to kanko_teigen.pdf with Debian's Chromium (JIS-B5 pages, running header
# and page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts34/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kanko_teigen.pdf" "file://$PWD/kanko_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo kanko_teigen.pdf | grep Pages
pdftotext -layout kanko_teigen.pdf - | head -n 20

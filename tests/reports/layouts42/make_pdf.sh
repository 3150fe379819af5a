#!/bin/sh
# Print kanko_keikaku_pdf.html to kanko_keikaku.pdf with Debian's Chromium (A4 pages; cover and
# table of contents; running header and "N / M" page numbers from CSS @page margin boxes;
# Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts42/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kanko_keikaku.pdf" "file://$PWD/kanko_keikaku_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo kanko_keikaku.pdf | grep Pages
pdftotext -layout kanko_keikaku.pdf - | head -n 20

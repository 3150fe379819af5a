#!/bin/sh
# Print ev_torimatome.html to ev_torimatome.pdf with Debian's Chromium (A4 pages; cover and
# contents pages without furniture, footer title and page numbers from CSS @page margin boxes;
# Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts32/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/ev_torimatome.pdf" "file://$PWD/ev_torimatome.html"
# Check that the text layer is real text, page by page.
pdfinfo ev_torimatome.pdf | grep Pages
pdftotext -layout ev_torimatome.pdf - | head -n 20

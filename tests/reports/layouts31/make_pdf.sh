#!/bin/sh
# Print necchusho_torimatome.html to necchusho_torimatome.pdf with Debian's Chromium (A4 pages,
# page numbers from a CSS @page margin box; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts31/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/necchusho_torimatome.pdf" "file://$PWD/necchusho_torimatome.html"
# Check that the text layer is real text, page by page.
pdfinfo necchusho_torimatome.pdf | grep Pages
pdftotext -layout necchusho_torimatome.pdf - | head -n 20

#!/bin/sh
# Print hyojunka_soan.html to hyojunka_soan.pdf with Debian's Chromium (A4 pages; running header
# and page numbers from CSS @page margin boxes; line numbers and the 素案 watermark are
# position:fixed elements repeated on every page; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts21/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/hyojunka_soan.pdf" "file://$PWD/hyojunka_soan.html"
# Check that the text layer is real text, page by page.
pdfinfo hyojunka_soan.pdf | grep Pages
pdftotext -layout hyojunka_soan.pdf - | head -n 20

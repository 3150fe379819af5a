#!/bin/sh
# Print nogyo_tekio_pdf.html to nogyo_tekio.pdf with Debian's Chromium (A4, cover page, running header
# and page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts6/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/nogyo_tekio.pdf" "file://$PWD/nogyo_tekio_pdf.html"
# Check that the text layer is real text, page by page.
pdfinfo nogyo_tekio.pdf | grep Pages
pdftotext -layout nogyo_tekio.pdf - | head -n 20

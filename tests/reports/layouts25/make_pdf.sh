#!/bin/sh
# Print akiya_keikaku.html to akiya_keikaku.pdf with Debian's Chromium (A4 pages; running header
# and page numbers from CSS @page margin boxes, none on the cover page; Chromium's own
# header/footer switched off).
# Run from anywhere: sh tests/reports/layouts25/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/akiya_keikaku.pdf" "file://$PWD/akiya_keikaku.html"
# Check that the text layer is real text, page by page.
pdfinfo akiya_keikaku.pdf | grep Pages
pdftotext -layout akiya_keikaku.pdf - | head -n 20

#!/bin/sh
# Print toshin_sangaku.html to toshin_sangaku.pdf with Debian's Chromium (A4 pages; running header
# and "N / M" page numbers from CSS @page margin boxes, none on the cover page; Chromium's own
# header/footer switched off).
# Run from anywhere: sh tests/reports/layouts46/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/toshin_sangaku.pdf" "file://$PWD/toshin_sangaku.html"
# Check that the text layer is real text, page by page.
pdfinfo toshin_sangaku.pdf | grep Pages
pdftotext -layout toshin_sangaku.pdf - | head -n 20

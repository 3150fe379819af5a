#!/bin/sh
# Print sakagura_teian.html to sakagura_teian.pdf with Debian's Chromium (A5 pages, running
# header and "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts13/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/sakagura_teian.pdf" "file://$PWD/sakagura_teian.html"
# Check that the text layer is real text, page by page.
pdfinfo sakagura_teian.pdf | grep Pages
pdftotext -layout sakagura_teian.pdf - | head -n 20

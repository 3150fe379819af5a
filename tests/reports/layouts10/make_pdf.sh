#!/bin/sh
# Print pet_hinan_teigen.html to pet_hinan_teigen.pdf with Debian's Chromium (B5 pages, running
# header and "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts10/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/pet_hinan_teigen.pdf" "file://$PWD/pet_hinan_teigen.html"
# Check that the text layer is real text, page by page.
pdfinfo pet_hinan_teigen.pdf | grep Pages
pdftotext -layout pet_hinan_teigen.pdf - | head -n 20

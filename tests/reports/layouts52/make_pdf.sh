#!/bin/sh
# Print court_interpreting_kenkai.html to court_interpreting_kenkai.pdf with Debian's Chromium
# (A4 pages; cover page without furniture; running header and page numbers from CSS @page margin
# boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts52/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/court_interpreting_kenkai.pdf" "file://$PWD/court_interpreting_kenkai.html"
# Check that the text layer is real text, page by page.
pdfinfo court_interpreting_kenkai.pdf | grep Pages
pdftotext -layout court_interpreting_kenkai.pdf - | head -n 20

#!/bin/sh
# Print sar_study_group.html to sar_study_group.pdf with Chromium (A4 pages; a cover page without
# furniture, then a running header, a footer with the issuing body and page numbers from CSS @page
# margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts48/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/sar_study_group.pdf" "file://$PWD/sar_study_group.html"
# Check that the text layer is real text, page by page.
pdfinfo sar_study_group.pdf | grep Pages
pdftotext -layout sar_study_group.pdf - | head -n 20

#!/bin/sh
# Print hikikomori_report.html to hikikomori_report.pdf with Debian's Chromium (A4, two-column body,
# running title and full-width page numbers "－ Ｎ －" from CSS @page margin boxes; Chromium's own
# header/footer switched off). Run from anywhere: sh tests/reports/layouts20/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/hikikomori_report.pdf" "file://$PWD/hikikomori_report.html"
# Check that the text layer is real text, page by page.
pdfinfo hikikomori_report.pdf | grep Pages
pdftotext -layout hikikomori_report.pdf - | head -n 20

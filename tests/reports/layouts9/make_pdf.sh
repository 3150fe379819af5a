#!/bin/sh
# Print tohyoritsu_brief.html to tohyoritsu_brief.pdf with Debian's Chromium (A4 pages, running header
# and "N / M" page numbers from CSS @page margin boxes; Chromium's own header/footer switched off).
# Run from anywhere: sh tests/reports/layouts9/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/tohyoritsu_brief.pdf" "file://$PWD/tohyoritsu_brief.html"
pdfinfo tohyoritsu_brief.pdf | grep Pages
pdftotext -layout tohyoritsu_brief.pdf - | head -n 20

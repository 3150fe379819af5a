#!/bin/sh
# Print kotsu_gaiyo.html to kotsu_gaiyo.pdf with Debian's Chromium: a 10-page slide-deck summary on
# landscape 16:9 pages (254 x 142.9 mm, @page margin 0); page titles in a coloured bar, footer text and
# slide numbers written into each slide; Chromium's own header/footer switched off.
# Run from anywhere: sh tests/reports/layouts27/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kotsu_gaiyo.pdf" "file://$PWD/kotsu_gaiyo.html"
# Check that the text layer is real text, page by page.
pdfinfo kotsu_gaiyo.pdf | grep -E 'Pages|Page size'
pdftotext -layout kotsu_gaiyo.pdf - | head -n 20

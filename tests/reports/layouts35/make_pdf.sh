#!/bin/sh
# Print chojuu_keikaku.html to chojuu_keikaku.pdf with Debian's Chromium (A4 pages; a cover page;
# the footer with the plan name and page number comes from a CSS @page margin box; Chromium's own
# header/footer switched off).
# Run from anywhere: sh tests/reports/layouts35/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/chojuu_keikaku.pdf" "file://$PWD/chojuu_keikaku.html"
# Check that the text layer is real text, page by page.
pdfinfo chojuu_keikaku.pdf | grep Pages
pdftotext -layout chojuu_keikaku.pdf - | head -n 20

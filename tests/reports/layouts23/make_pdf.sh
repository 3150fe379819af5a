#!/bin/sh
# Print kaimono_plan.html to kaimono_plan.pdf with Debian's Chromium (A4 pages; running header and
# page numbers from CSS @page margin boxes, none on the cover page; the vertical side tab is a
# position:fixed element repeated on every page; Chromium's own header/footer switched off).
# Adapted from tests/reports/layouts21/make_pdf.sh. Run from anywhere: sh tests/reports/layouts23/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/kaimono_plan.pdf" "file://$PWD/kaimono_plan.html"
# Check that the text layer is real text, page by page.
pdfinfo kaimono_plan.pdf | grep Pages
pdftotext -layout kaimono_plan.pdf - | head -n 20

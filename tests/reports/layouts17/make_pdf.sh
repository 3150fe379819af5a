#!/bin/sh
# Print shotengai_plan.html to shotengai_plan.pdf with Debian's Chromium (A4; running header and
# page numbers from CSS @page margin boxes, none on the cover; Chromium's own header/footer off).
# Run from anywhere: sh tests/reports/layouts17/make_pdf.sh
set -eu
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$PWD/shotengai_plan.pdf" "file://$PWD/shotengai_plan.html"
# Check that the text layer is real text.
pdfinfo shotengai_plan.pdf | grep Pages
pdftotext -layout shotengai_plan.pdf - | head -n 20

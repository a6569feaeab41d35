#!/usr/bin/env bash
# Regenerates test-documents/office/ (DOCX, XLSX, PPTX with synthetic personal data in the tricky
# places) and its manifest.json. Needs Debian's python3-docx, python3-openpyxl and LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import docx, openpyxl' 2>/dev/null || ! command -v soffice >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-docx python3-openpyxl \
    libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui >/dev/null
fi
exec /usr/bin/python3 scripts/make_office_documents.py test-documents/office

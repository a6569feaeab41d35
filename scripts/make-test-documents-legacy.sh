#!/usr/bin/env bash
# Regenerates test-documents/legacy/: the Office corpus saved by LibreOffice in the legacy binary
# formats (.doc, .xls, .ppt) and as RTF. manifest.json lists the seeded values of the source
# documents that are still in the legacy files' readable text (LibreOffice's conversion keeps the
# body, tables and slides; it drops some comments, notes and properties).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/test-documents/legacy"
mkdir -p "$out"
soffice --headless --convert-to doc --outdir "$out" "$root/test-documents/office/letter.docx"
soffice --headless --convert-to rtf --outdir "$out" "$root/test-documents/office/letter.docx"
soffice --headless --convert-to xls --outdir "$out" "$root/test-documents/office/customers.xlsx"
soffice --headless --convert-to ppt --outdir "$out" "$root/test-documents/office/refunds.pptx"
echo "now update $out/manifest.json with the seeded values still present in each file's text"

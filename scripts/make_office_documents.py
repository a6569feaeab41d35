"""Makes the office corpus: DOCX, XLSX and PPTX files written by real tools (python-docx,
openpyxl, LibreOffice headless), with synthetic personal data seeded in the places where it hides
(headers, footers, comments, footnotes, tracked changes, field codes, hyperlinks, alt text,
properties, hidden sheets, formulas, notes). Writes manifest.json: {"file": ["seeded value", ...]}.

Every value is made up; card numbers and IBANs are generated with valid check digits.
Usage: make_office_documents.py OUTPUT_DIR
"""
import json
import os
import re
import sys
import tempfile
import urllib.parse
import zipfile

from office_docx import make_docx_files
from office_xlsx import make_xlsx_files
from office_pptx import make_pptx_files


def normalised_package_texts(path):
    """Each part's text (tags removed, so runs join up) and each attribute value, URL-decoded,
    lower case, letters and digits only: how a value is found whatever its separators or case."""
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            raw = urllib.parse.unquote(z.read(name).decode("utf-8", "replace"))
            texts.extend(re.findall(r'="([^"]*)"', raw))
            texts.append(re.sub(r"<[^>]*>", "", raw))
    return [normalised(t.replace("&quot;", '"').replace("&amp;", "&")) for t in texts]


def normalised(value):
    return re.sub(r"[^0-9a-z]", "", value.lower())


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    manifest = {}
    with tempfile.TemporaryDirectory() as work:
        for maker in (make_docx_files, make_xlsx_files, make_pptx_files):
            for name, values in maker(out, work).items():
                texts = normalised_package_texts(os.path.join(out, name))
                missing = [v for v in values if not any(normalised(v) in t for t in texts)]
                for v in missing:
                    print(f"warning: {name}: a seeded value did not survive the tool: {v}", file=sys.stderr)
                manifest[name] = [v for v in values if v not in missing]
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(dict(sorted(manifest.items())), f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()

#!/usr/bin/python3
"""Regenerates test-documents/text/: text-format documents seeded with synthetic personal data.

Made with Python's own csv/json/xml writers and LibreOffice headless (soffice) for the
LibreOffice-exported files. All names, numbers and addresses are made up; the card number is the
well-known Luhn-valid test number. Writes manifest.json: {"file": ["seeded value", ...]}.
Usage: scripts/make-test-documents-text.py  (run from the repository root)
"""
import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
from xml.dom import minidom

OUT = os.path.join("test-documents", "text")
manifest = {}


def write(name, data, values):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    manifest[name] = values


def letter_crlf():
    text = ("Dear Mary\r\nSmith,\r\n\r\nyour new card 4111 1111 1111 1111 is ready. We will call\r\n"
            "you on (415) 555-0134 or write to mary.smith@example.com.\r\n\r\n"
            "Your SSN 123-45-6789 stays on file.\r\n\r\nKind regards,\r\nRobert Chen\r\n")
    write("letter-crlf.txt", text.encode("utf-8"),
          ["Mary Smith", "4111 1111 1111 1111", "(415) 555-0134", "mary.smith@example.com", "123-45-6789", "Robert Chen"])


def notes_utf16():
    text = "Meeting notes\n\nJosé Müller (jose.muller@example.org) asked for a callback: 212-555-0199.\n∑ done ✓\n"
    write("notes-utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"),
          ["José Müller", "jose.muller@example.org", "212-555-0199"])


def legacy_cp1252():
    text = "Kunde: Zoë Ångström\r\nE-Mail: zoe.angstrom@example.net\r\nKarte: 4111-1111-1111-1111\r\nBetrag: 25 €\r\n"
    write("legacy-cp1252.txt", text.encode("cp1252"),
          ["Zoë Ångström", "zoe.angstrom@example.net", "4111-1111-1111-1111"])


def customers_csv():
    rows = [["name", "email", "ssn", "phone", "notes"],
            ["Mary Smith", "mary.smith@example.com", "123-45-6789", "415-555-0134", "VIP, prefers email"],
            ["Robert Chen", "r.chen@example.org", "234-56-7890", "(212) 555-0199",
             'Said "call Aiko Tanaka"\nabout the 2nd account'],
            ["Lena Fischer", "", "345-67-8901", "", "card 4111 1111 1111 1111; ok"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write("customers.csv", buf.getvalue().encode("utf-8"),
          ["Mary Smith", "mary.smith@example.com", "123-45-6789", "415-555-0134", "Robert Chen", "r.chen@example.org",
           "234-56-7890", "(212) 555-0199", "Aiko Tanaka", "Lena Fischer", "345-67-8901", "4111 1111 1111 1111"])


def staff_tsv():
    rows = [["employee", "mobile", "contact"],
            ["Olu Adeyemi", "646-555-0147", "olu.adeyemi@example.com"],
            ["Grace Kowalski", "+1 718-555-0162", "grace.k@example.co.uk"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, dialect="excel-tab", lineterminator="\n").writerows(rows)
    write("staff.tsv", buf.getvalue().encode("utf-8"),
          ["Olu Adeyemi", "646-555-0147", "olu.adeyemi@example.com", "Grace Kowalski", "718-555-0162",
           "grace.k@example.co.uk"])


def profile_json():
    doc = {"id": 7, "name": "Hiroshi Mori", "phone": 6465550173, "active": True,
           "contacts": {"hiroshi.mori@example.jp": {"primary": True},
                        "others": ["Tomás Ruiz", "EMAIL_PLACEHOLDER"]},
           "history": [{"ssn": "456-78-9012", "note": "verified by Lena Fischer"}], "score": 0.5}
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    # An escaped at-sign: the value is only an address once the JSON escape is decoded.
    text = text.replace("EMAIL_PLACEHOLDER", "tomas.ruiz\\u0040example.es")
    write("profile.json", text.encode("utf-8"),
          ["Hiroshi Mori", "6465550173", "hiroshi.mori@example.jp", "Tomás Ruiz", "tomas.ruiz@example.es",
           "456-78-9012", "Lena Fischer"])


def events_jsonl():
    events = [{"event": "login", "user": "aiko.tanaka@example.com", "ip": "203.0.113.7"},
              {"event": "update", "user": "Tomás Ruiz", "fields": {"tel": "(312) 555-0117"}},
              {"event": "payment", "card": "4111111111111111", "by": "Grace Kowalski"}]
    text = "".join(json.dumps(e) + "\n" for e in events)  # ensure_ascii: "Tom\u00e1s" is escaped
    write("events.jsonl", text.encode("utf-8"),
          ["aiko.tanaka@example.com", "Tomás Ruiz", "(312) 555-0117", "4111111111111111", "Grace Kowalski"])


def page_html():
    html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="author" content="Olu Adeyemi">
<title>Account of Mary Smith</title>
<style>/* theme by Hiroshi Mori */ body { font-family: sans-serif; }</style>
<script type="application/ld+json">{"@type": "Person", "telephone": "646-555-0173", "email": "hiroshi.mori@example.jp"}</script>
</head>
<body>
<!-- internal: reviewed by Lena Fischer, 345-67-8901 -->
<h1>Welcome back, <b>Mary</b> <i>Smith</i></h1>
<p>Write to <a href="mailto:mary.smith%40example.com" title="Email Robert Chen">our desk</a> or
<a href="https://example.com/contact?email=r.chen%40example.org&amp;ref=1">contact form</a>.</p>
<img src="avatar.png" alt="Photo of Aiko Tanaka">
<table>
<tr><th>SSN</th><td>123-45-6789</td></tr>
<tr><th>Card</th><td>4111&nbsp;1111&nbsp;1111&nbsp;1111</td></tr>
</table>
<p>Obfuscated: grace.k&#64;example.co.uk</p>
<form><input name="phone" value="(415) 555-0134"><textarea name="notes">Call Zoë Ångström</textarea></form>
<script>var support = "jose.muller@example.org"; var tel = "212-555-0199";</script>
</body>
</html>
"""
    write("page.html", html.encode("utf-8"),
          ["Olu Adeyemi", "Mary Smith", "Hiroshi Mori", "646-555-0173", "hiroshi.mori@example.jp", "Lena Fischer",
           "345-67-8901", "mary.smith@example.com", "Robert Chen", "r.chen@example.org", "Aiko Tanaka", "123-45-6789",
           "4111 1111 1111 1111", "grace.k@example.co.uk", "(415) 555-0134", "Zoë Ångström", "jose.muller@example.org",
           "212-555-0199"])


def records_xml():
    doc = minidom.Document()
    doc.appendChild(doc.createComment(" exported for Robert Chen "))
    root = doc.createElement("customers")
    doc.appendChild(root)
    root.appendChild(doc.createProcessingInstruction("audit", "by Aiko Tanaka"))
    for name, email, ssn, phone in [("Mary Smith", "mary.smith@example.com", "123-45-6789", "415-555-0134"),
                                    ("Tomás Ruiz", "tomas.ruiz@example.es", "234-56-7890", "(312) 555-0117")]:
        c = doc.createElement("customer")
        c.setAttribute("contact", "mailto:" + email.replace("@", "%40"))
        for tag, value in [("name", name), ("ssn", ssn)]:
            e = doc.createElement(tag)
            e.appendChild(doc.createTextNode(value))
            c.appendChild(e)
        p = doc.createElement("phone")
        p.appendChild(doc.createCDATASection(phone))
        c.appendChild(p)
        note = doc.createElement("note")
        note.appendChild(doc.createTextNode("Referred by "))
        b = doc.createElement("b")
        b.appendChild(doc.createTextNode("Grace"))
        note.appendChild(b)
        note.appendChild(doc.createTextNode(" Kowalski."))
        c.appendChild(note)
        root.appendChild(c)
    write("records.xml", doc.toprettyxml(indent="  ", encoding="UTF-8"),
          ["Robert Chen", "Aiko Tanaka", "Mary Smith", "mary.smith@example.com", "123-45-6789", "415-555-0134",
           "Tomás Ruiz", "tomas.ruiz@example.es", "234-56-7890", "(312) 555-0117", "Grace Kowalski"])


def badge_svg():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">
  <title>Badge of Olu Adeyemi</title>
  <desc>Contact olu.adeyemi@example.com</desc>
  <text x="10" y="30"><tspan font-weight="bold">Hiroshi</tspan> <tspan>Mori</tspan></text>
  <text x="10" y="60" aria-label="phone 646-555-0147">ext. 12</text>
</svg>
"""
    write("badge.svg", svg.encode("utf-8"),
          ["Olu Adeyemi", "olu.adeyemi@example.com", "Hiroshi Mori", "646-555-0147"])


def libreoffice_exports():
    """Files written by LibreOffice itself: a Writer HTML export and a Calc semicolon CSV."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is needed: apt-get install -y libreoffice-writer libreoffice-calc")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        src = os.path.join(tmp, "memo.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write("Memo for Aiko Tanaka\n\nPlease call Robert Chen on 917-555-0128 about SSN 567-89-0123.\n"
                    "Copy to tomas.ruiz@example.es.\n")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "html:HTML (StarWriter)", "--outdir", tmp, src], check=True, capture_output=True)
        with open(os.path.join(tmp, "memo.html"), "rb") as f:
            write("memo-libreoffice.html", f.read(),
                  ["Aiko Tanaka", "Robert Chen", "917-555-0128", "567-89-0123", "tomas.ruiz@example.es"])
        csv_src = os.path.join(tmp, "in.csv")
        shutil.copy(os.path.join(OUT, "customers.csv"), csv_src)
        out_dir = os.path.join(tmp, "out")
        os.mkdir(out_dir)
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--infilter=CSV:44,34,76,1",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,true", "--outdir", out_dir,
                        csv_src], check=True, capture_output=True)
        with open(os.path.join(out_dir, "in.csv"), "rb") as f:
            write("customers-libreoffice-semicolon.csv", f.read(), manifest["customers.csv"])


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in [letter_crlf, notes_utf16, legacy_cp1252, customers_csv, staff_tsv, profile_json, events_jsonl,
                 page_html, records_xml, badge_svg, libreoffice_exports]:
        make()
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()

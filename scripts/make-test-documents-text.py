#!/usr/bin/python3
"""Regenerates test-documents/text/: text-format documents seeded with synthetic personal data.

Made with Python's own csv/json/xml writers and LibreOffice headless (soffice) for the
LibreOffice-exported files. All names, numbers and addresses are made up (SSNs in valid ranges, phone
numbers with real area codes so that validating detectors accept them); the card number is the
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
            "you on (415) 692-3187 or write to mary.smith@example.com.\r\n\r\n"
            "Your SSN 536-22-8145 stays on file.\r\n\r\nKind regards,\r\nRobert Chen\r\n")
    write("letter-crlf.txt", text.encode("utf-8"),
          ["Mary Smith", "4111 1111 1111 1111", "(415) 692-3187", "mary.smith@example.com", "536-22-8145", "Robert Chen"])


def notes_utf16():
    text = "Meeting notes\n\nJosé Müller (jose.muller@example.org) asked for a callback: 212-847-3921.\n∑ done ✓\n"
    write("notes-utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"),
          ["José Müller", "jose.muller@example.org", "212-847-3921"])


def legacy_cp1252():
    text = "Kunde: Zoë Ångström\r\nE-Mail: zoe.angstrom@example.net\r\nKarte: 4111-1111-1111-1111\r\nBetrag: 25 €\r\n"
    write("legacy-cp1252.txt", text.encode("cp1252"),
          ["Zoë Ångström", "zoe.angstrom@example.net", "4111-1111-1111-1111"])


def customers_csv():
    rows = [["name", "email", "ssn", "phone", "notes"],
            ["Mary Smith", "mary.smith@example.com", "536-22-8145", "415-692-3187", "VIP, prefers email"],
            ["Robert Chen", "r.chen@example.org", "287-65-4312", "(212) 847-3921",
             'Said "call Aiko Tanaka"\nabout the 2nd account'],
            ["Lena Fischer", "", "402-81-7736", "", "card 4111 1111 1111 1111; ok"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write("customers.csv", buf.getvalue().encode("utf-8"),
          ["Mary Smith", "mary.smith@example.com", "536-22-8145", "415-692-3187", "Robert Chen", "r.chen@example.org",
           "287-65-4312", "(212) 847-3921", "Aiko Tanaka", "Lena Fischer", "402-81-7736", "4111 1111 1111 1111"])


def staff_tsv():
    rows = [["employee", "mobile", "contact"],
            ["Olu Adeyemi", "646-731-5082", "olu.adeyemi@example.com"],
            ["Grace Kowalski", "+1 718-467-2290", "grace.k@example.co.uk"]]
    buf = io.StringIO(newline="")
    csv.writer(buf, dialect="excel-tab", lineterminator="\n").writerows(rows)
    write("staff.tsv", buf.getvalue().encode("utf-8"),
          ["Olu Adeyemi", "646-731-5082", "olu.adeyemi@example.com", "Grace Kowalski", "718-467-2290",
           "grace.k@example.co.uk"])


def profile_json():
    doc = {"id": 7, "name": "Hiroshi Mori", "phone": 6462984410, "active": True,
           "contacts": {"hiroshi.mori@example.jp": {"primary": True},
                        "others": ["Tomás Ruiz", "EMAIL_PLACEHOLDER"]},
           "history": [{"ssn": "614-37-2209", "note": "verified by Lena Fischer"}], "score": 0.5}
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    # An escaped at-sign: the value is only an address once the JSON escape is decoded.
    text = text.replace("EMAIL_PLACEHOLDER", "tomas.ruiz\\u0040example.es")
    write("profile.json", text.encode("utf-8"),
          ["Hiroshi Mori", "6462984410", "hiroshi.mori@example.jp", "Tomás Ruiz", "tomas.ruiz@example.es",
           "614-37-2209", "Lena Fischer"])


def events_jsonl():
    events = [{"event": "login", "user": "aiko.tanaka@example.com", "ip": "203.0.113.7"},
              {"event": "update", "user": "Tomás Ruiz", "fields": {"tel": "(312) 764-1183"}},
              {"event": "payment", "card": "4111111111111111", "by": "Grace Kowalski"}]
    text = "".join(json.dumps(e) + "\n" for e in events)  # ensure_ascii: "Tom\u00e1s" is escaped
    write("events.jsonl", text.encode("utf-8"),
          ["aiko.tanaka@example.com", "Tomás Ruiz", "(312) 764-1183", "4111111111111111", "Grace Kowalski"])


def page_html():
    html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="author" content="Olu Adeyemi">
<title>Account of Mary Smith</title>
<style>/* theme by Hiroshi Mori */ body { font-family: sans-serif; }</style>
<script type="application/ld+json">{"@type": "Person", "telephone": "646-298-4410", "email": "hiroshi.mori@example.jp"}</script>
</head>
<body>
<!-- internal: reviewed by Lena Fischer, 402-81-7736 -->
<h1>Welcome back, <b>Mary</b> <i>Smith</i></h1>
<p>Write to <a href="mailto:mary.smith%40example.com" title="Email Robert Chen">our desk</a> or
<a href="https://example.com/contact?email=r.chen%40example.org&amp;ref=1">contact form</a>.</p>
<img src="avatar.png" alt="Photo of Aiko Tanaka">
<table>
<tr><th>SSN</th><td>536-22-8145</td></tr>
<tr><th>Card</th><td>4111&nbsp;1111&nbsp;1111&nbsp;1111</td></tr>
</table>
<p>Obfuscated: grace.k&#64;example.co.uk</p>
<form><input name="phone" value="(415) 692-3187"><textarea name="notes">Call Zoë Ångström</textarea></form>
<script>var support = "jose.muller@example.org"; var tel = "212-847-3921";</script>
</body>
</html>
"""
    write("page.html", html.encode("utf-8"),
          ["Olu Adeyemi", "Mary Smith", "Hiroshi Mori", "646-298-4410", "hiroshi.mori@example.jp", "Lena Fischer",
           "402-81-7736", "mary.smith@example.com", "Robert Chen", "r.chen@example.org", "Aiko Tanaka", "536-22-8145",
           "4111 1111 1111 1111", "grace.k@example.co.uk", "(415) 692-3187", "Zoë Ångström", "jose.muller@example.org",
           "212-847-3921"])


def records_xml():
    doc = minidom.Document()
    doc.appendChild(doc.createComment(" exported for Robert Chen "))
    root = doc.createElement("customers")
    doc.appendChild(root)
    root.appendChild(doc.createProcessingInstruction("audit", "by Aiko Tanaka"))
    for name, email, ssn, phone in [("Mary Smith", "mary.smith@example.com", "536-22-8145", "415-692-3187"),
                                    ("Tomás Ruiz", "tomas.ruiz@example.es", "287-65-4312", "(312) 764-1183")]:
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
          ["Robert Chen", "Aiko Tanaka", "Mary Smith", "mary.smith@example.com", "536-22-8145", "415-692-3187",
           "Tomás Ruiz", "tomas.ruiz@example.es", "287-65-4312", "(312) 764-1183", "Grace Kowalski"])


def badge_svg():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">
  <title>Badge of Olu Adeyemi</title>
  <desc>Contact olu.adeyemi@example.com</desc>
  <text x="10" y="30"><tspan font-weight="bold">Hiroshi</tspan> <tspan>Mori</tspan></text>
  <text x="10" y="60" aria-label="phone 646-731-5082">ext. 12</text>
</svg>
"""
    write("badge.svg", svg.encode("utf-8"),
          ["Olu Adeyemi", "olu.adeyemi@example.com", "Hiroshi Mori", "646-731-5082"])


def libreoffice_exports():
    """Files written by LibreOffice itself: a Writer HTML export and a Calc semicolon CSV."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is needed: apt-get install -y libreoffice-writer libreoffice-calc")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        src = os.path.join(tmp, "memo.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write("Memo for Aiko Tanaka\n\nPlease call Robert Chen on 917-382-5546 about SSN 358-14-6027.\n"
                    "Copy to tomas.ruiz@example.es.\n")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "html:HTML (StarWriter)", "--outdir", tmp, src], check=True, capture_output=True)
        with open(os.path.join(tmp, "memo.html"), "rb") as f:
            write("memo-libreoffice.html", f.read(),
                  ["Aiko Tanaka", "Robert Chen", "917-382-5546", "358-14-6027", "tomas.ruiz@example.es"])
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

#!/usr/bin/python3
"""Regenerates test-documents/pdf: real PDFs made by LibreOffice (headless, from flat ODT files
written here) and by reportlab (Debian python3-reportlab), seeded with synthetic personal data in
the tricky places. Writes manifest.json ({"file": ["seeded value", ...]}).

Run from the repository root:  /usr/bin/python3 scripts/make-test-documents-pdf.py
Needs: soffice (LibreOffice), python3-reportlab, python3-pil, fonts-dejavu.
All names, numbers and addresses are made up.
"""
import io
import json
import os
import shutil
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join("test-documents", "pdf")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
manifest = {}


def fodt(body, title, author):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator>
  <dc:creator>{author}</dc:creator></office:meta>
 <office:automatic-styles>
  <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="Kern" style:family="text"><style:text-properties style:letter-kerning="true" fo:letter-spacing="0.02cm"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>{body}</office:text></office:body>
</office:document>"""


def soffice(name, xml):
    work = tempfile.mkdtemp()
    src = os.path.join(work, name + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + work + "/profile",
                    "--convert-to", "pdf", "--outdir", work, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(work, name + ".pdf"), os.path.join(OUT, name + ".pdf"))
    shutil.rmtree(work)


def p(text, style=None):
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{text}</text:p>"


def letter_pdf():
    filler = " ".join(["The committee reviewed the quarterly figures and agreed on the next steps."] * 6)
    body = "".join([
        p("Ref. 2026/114 — Customer services"),
        p("Dear Ms Garcia,"),
        # the name is split over a line break and over two formatting spans
        p('Our customer <text:span text:style-name="Kern">Maria</text:span><text:line-break/>Garcia-Lopez asked us to update her records.'),
        p("Please reply to maria.garcia@example.com or call +1 415 555 0134 before Friday."),
        p(filler),
        p("Kind regards,", "Break"),
        p("Account IBAN: DE89 3704 0044 0532 0130 00"),
        p("Social security number: 536-22-8714"),
        p(filler),
    ])
    soffice("letter", fodt(body, "Letter to Maria Garcia-Lopez", "Oskar Lindqvist"))
    manifest["letter.pdf"] = ["Garcia-Lopez", "maria.garcia@example.com", "+1 415 555 0134",
                              "DE89 3704 0044 0532 0130 00", "536-22-8714", "Oskar Lindqvist"]


def table_pdf():
    rows = [("Name", "SSN", "Email"),
            ("Priya Raman", "412-55-0917", "p.raman@example.org"),
            ("Tomasz Wojcik", "287-61-4403", "t.wojcik@example.net"),
            ("Aiko Tanaka", "633-08-2291", "a.tanaka@example.com")]
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell office:value-type=\"string\">{p(c)}</table:table-cell>" for c in r)
        + "</table:table-row>" for r in rows)
    body = p("Staff list (confidential)") + \
        f'<table:table table:name="Staff"><table:table-column table:number-columns-repeated="3"/>{cells}</table:table>' + \
        p("Card on file for travel: 4111 1111 1111 1111")
    soffice("table", fodt(body, "Staff list", "HR"))
    manifest["table.pdf"] = ["Priya Raman", "412-55-0917", "p.raman@example.org", "Tomasz Wojcik",
                             "287-61-4403", "t.wojcik@example.net", "Aiko Tanaka", "633-08-2291",
                             "a.tanaka@example.com", "4111 1111 1111 1111"]


def form_pdf():
    c = canvas.Canvas(os.path.join(OUT, "form.pdf"), pagesize=letter, invariant=1)
    c.setAuthor("Form Builder")
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Application form")
    form = c.acroForm
    fields = [("applicant_name", "Full name", "Henrik Sorensen"),
              ("ssn", "SSN", "721-44-1098"),
              ("email", "Email", "henrik.sorensen@example.com")]
    y = 660
    for name, label, value in fields:
        c.drawString(72, y + 5, label + ":")
        form.textfield(name=name, tooltip=label, x=180, y=y, width=250, height=20, value=value,
                       borderStyle="inset", forceBorder=True)
        y -= 40
    c.drawString(72, y, "Signed by Henrik Sorensen on 3 March 2026.")
    c.showPage()
    c.save()
    manifest["form.pdf"] = ["Henrik Sorensen", "721-44-1098", "henrik.sorensen@example.com"]


def annotated_pdf():
    c = canvas.Canvas(os.path.join(OUT, "annotated.pdf"), pagesize=A4, invariant=1)
    c.setTitle("Case notes for Liesel Brandt")
    c.setAuthor("Dr. Ferdinand Okafor")
    c.setSubject("Patient Liesel Brandt")
    c.setFont("Helvetica", 12)
    c.bookmarkPage("p1")
    c.addOutlineEntry("Liesel Brandt - summary", "p1", level=0)
    c.drawString(72, 760, "Case notes")
    c.drawString(72, 740, "Patient: Liesel Brandt, phone +49 30 901820 47")
    c.textAnnotation("Call Liesel Brandt back on +49 30 901820 47", Rect=(400, 700, 420, 720),
                     relative=0)
    c.drawString(72, 700, "Write to the patient")
    c.linkURL("mailto:liesel.brandt@example.de", (72, 695, 200, 712), relative=0)
    c.showPage()
    c.bookmarkPage("p2")
    c.addOutlineEntry("Follow-up for Liesel Brandt", "p2", level=0)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Follow-up: nothing personal on this page.")
    c.showPage()
    c.save()
    manifest["annotated.pdf"] = ["Liesel Brandt", "+49 30 901820 47", "liesel.brandt@example.de",
                                 "Ferdinand Okafor"]


def rotated_pdf():
    c = canvas.Canvas(os.path.join(OUT, "rotated.pdf"), pagesize=A4, invariant=1)
    c.setPageRotation(90)
    c.setCropBox((20, 30, 575, 812))
    c.setFont("Helvetica", 14)
    c.saveState()
    c.translate(300, 100)
    c.rotate(90)
    c.drawString(0, 0, "Landscape report for Yusuf Demir, SSN 318-27-6640")
    c.restoreState()
    c.drawString(100, 400, "Plain text: contact yusuf.demir@example.com")
    c.showPage()
    c.save()
    manifest["rotated.pdf"] = ["Yusuf Demir", "318-27-6640", "yusuf.demir@example.com"]


def form_xobject_pdf():
    c = canvas.Canvas(os.path.join(OUT, "xobject.pdf"), pagesize=letter, invariant=1)
    c.beginForm("letterhead")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 750, "Sender: Beatriz Moreau, +33 1 84 88 21 07")
    c.endForm()
    for page in range(3):
        c.doForm("letterhead")
        c.setFont("Helvetica", 12)
        c.drawString(72, 700, f"Page {page + 1} of the quarterly statement.")
        if page == 1:
            # TJ with kerning and a value in the middle of a line
            t = c.beginText(72, 660)
            t.setFont("Times-Roman", 12)
            t.textLine("Account holder Beatriz Moreau; card 5555 5555 5555 4444 on file.")
            c.drawText(t)
        c.showPage()
    c.save()
    manifest["xobject.pdf"] = ["Beatriz Moreau", "+33 1 84 88 21 07", "5555 5555 5555 4444"]


def ocr_layer_pdf():
    """A scanned-looking page: the text is a picture, with an invisible OCR layer (mode 3)."""
    lines = ["Invoice for Rosalind Achterberg", "Phone +31 20 794 5521"]
    img = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU, 48)
    for i, line in enumerate(lines):
        draw.text((40, 60 + i * 120), line, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c = canvas.Canvas(os.path.join(OUT, "ocr-layer.pdf"), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 40, 500, width=515, height=166)
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setFont("Helvetica", 20)
    for i, line in enumerate(lines):
        t.setTextOrigin(57, 630 - i * 50)
        t.textOut(line)
    c.drawText(t)
    c.showPage()
    c.save()
    manifest["ocr-layer.pdf"] = ["Rosalind Achterberg", "+31 20 794 5521"]


def cid_pdf():
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    c = canvas.Canvas(os.path.join(OUT, "cid.pdf"), pagesize=A4, invariant=1)
    c.setFont("HeiseiMin-W3", 14)
    c.drawString(72, 760, "顧客名：山田花子 様")
    c.drawString(72, 730, "電話：03-5842-1907")
    c.setFont("DejaVu", 14)
    c.drawString(72, 690, "Клиент: Иван Соколов, тел. +7 495 318 2264")
    c.showPage()
    c.save()
    manifest["cid.pdf"] = ["山田花子", "03-5842-1907", "Иван Соколов", "+7 495 318 2264"]


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for make in (letter_pdf, table_pdf, form_pdf, annotated_pdf, rotated_pdf, form_xobject_pdf,
                 ocr_layer_pdf, cid_pdf):
        make()
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")

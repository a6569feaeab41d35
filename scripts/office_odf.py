"""Flat ODF sources (FODT, FODS, FODP) that LibreOffice exports to DOCX, XLSX and PPTX, for the
features python-docx and openpyxl cannot write: native comments, footnotes, endnotes, tracked
deletions, speaker notes, hidden slides, slide comments, master-page text."""
import base64
from xml.sax.saxutils import escape, quoteattr

from office_common import (CARD_1, CARD_2, IBAN_DE, IBAN_GB, PHONE_1, PHONE_2, PHONE_3, SSN_1, SSN_2,
                           Seeds, png_bytes)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def meta(s, creator, title, keyword, custom_name, custom_value):
    return (f'<office:meta><dc:creator>{escape(s(creator))}</dc:creator>'
            f'<meta:initial-creator>{escape(creator)}</meta:initial-creator>'
            f'<dc:title>{escape(title)}</dc:title><meta:keyword>{escape(s(keyword))}</meta:keyword>'
            f'<meta:user-defined meta:name={quoteattr(custom_name)}>{escape(s(custom_value))}</meta:user-defined>'
            '</office:meta>')


def image_frame(s, title, desc, width="2cm"):
    data = base64.b64encode(png_bytes()).decode("ascii")
    return (f'<draw:frame draw:name="Picture" svg:width="{width}" svg:height="{width}" text:anchor-type="as-char">'
            f'<draw:image><office:binary-data>{data}</office:binary-data></draw:image>'
            f'<svg:title>{escape(title)}</svg:title><svg:desc>{escape(desc)}</svg:desc></draw:frame>')


def write_fodt(path):
    s = Seeds()
    date = "2026-01-05T10:00:00"
    body = f"""
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>{s("Jonas Becker")}</dc:creator>
  <dc:date>{date}</dc:date></office:change-info><text:p>Former holder {s("Elena Petrova")}, SSN {s(SSN_2)}</text:p>
 </text:deletion></text:changed-region>
</text:tracked-changes>
<text:p>Customer <text:span text:style-name="T1">Rob</text:span>ert Chen, card {s(CARD_1)}.<text:change text:change-id="ct1"/></text:p>
<text:p>Write to <text:a xlink:type="simple" xlink:href="mailto:{s("m.gonzalez@example.org")}">the office</text:a>.<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Verified by {s("Aiko Tanaka")}, {s(PHONE_3)}.</text:p></text:note-body></text:note></text:p>
<text:p>Reviewed.<office:annotation><dc:creator>{s("Lars Eriksson")}</dc:creator><dc:date>{date}</dc:date><text:p>Call back on {s(PHONE_1)}</text:p></office:annotation></text:p>
<text:p>Refund account<text:note text:id="n2" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>{s(IBAN_DE)}</text:p></text:note-body></text:note></text:p>
<text:p>{image_frame(s, "Photo of " + s("Fatima Okafor"), "ID card, SSN " + s(SSN_1))}</text:p>
"""
    s("Robert Chen")
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{meta(s, "Priya Raman", "Claim file", "samuel.adeyemi@example.com", "Reviewer", "Tomasz Nowak")}
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
  <style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>Prepared for {s("Maria Gonzalez")}</text:p></style:header>
 <style:footer><text:p>Questions: {s(PHONE_2)}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return s.values


def write_fodp(path, variant):
    """Slides with text, speaker notes, a hidden slide, a mailto link, alt text, a slide comment
    and text on the master page; {variant} picks which names and numbers go where."""
    s = Seeds()
    names = [["Robert Chen", "Maria Gonzalez", "Aiko Tanaka", "Lars Eriksson"],
             ["Priya Raman", "Tomasz Nowak", "Fatima Okafor", "Jonas Becker"],
             ["Elena Petrova", "Samuel Adeyemi", "Robert Chen", "Aiko Tanaka"],
             ["Maria Gonzalez", "Priya Raman", "Lars Eriksson", "Fatima Okafor"]][variant]
    emails = ["robert.chen@example.com", "priya.raman@example.org", "elena.petrova@example.net",
              "m.gonzalez@example.org"]
    numbers = [(CARD_1, SSN_1, IBAN_DE, PHONE_1), (CARD_2, SSN_2, IBAN_GB, PHONE_2),
               (CARD_2, SSN_1, IBAN_GB, PHONE_3), (CARD_1, SSN_2, IBAN_DE, PHONE_1)][variant]
    card, ssn, iban_value, phone = numbers

    def frame(text, y):
        return (f'<draw:frame presentation:class="outline" svg:x="2cm" svg:y="{y}cm" svg:width="20cm" '
                f'svg:height="3cm"><draw:text-box>{text}</draw:text-box></draw:frame>')

    def notes(text):
        return (f'<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" svg:y="14cm" '
                f'svg:width="17cm" svg:height="10cm"><draw:text-box><text:p>{text}</text:p></draw:text-box>'
                '</draw:frame></presentation:notes>')

    comment = (f'<officeooo:annotation svg:x="1cm" svg:y="1cm"><dc:creator>{s(names[3])}</dc:creator>'
               f'<dc:date>2026-01-05T10:00:00</dc:date><text:p>Check {s(phone)}</text:p></officeooo:annotation>')
    slides = [
        ('<draw:page draw:name="Customer" draw:master-page-name="M1">'
         + frame(f'<text:p>Customer <text:span text:style-name="T1">{names[0][:3]}</text:span>{names[0][3:]}</text:p>'
                 f'<text:p>Card {s(card)}</text:p>', 2)
         + frame(f'<text:p>Mail <text:a xlink:type="simple" xlink:href="mailto:{s(emails[variant])}">'
                 'here</text:a></text:p>', 6)
         + comment + notes(f'Speaker: {s(names[1])} has SSN {s(ssn)}') + '</draw:page>'),
        ('<draw:page draw:name="Hidden" draw:master-page-name="M1" draw:style-name="dpHidden">'
         + frame(f'<text:p>Refund to {s(iban_value)}</text:p>', 2) + notes('Hidden slide notes')
         + '</draw:page>'),
        ('<draw:page draw:name="Photo" draw:master-page-name="M1">'
         + f'<draw:frame svg:x="2cm" svg:y="2cm" svg:width="4cm" svg:height="4cm">'
         + f'<draw:image><office:binary-data>{base64.b64encode(png_bytes()).decode()}</office:binary-data></draw:image>'
         + f'<svg:title>Portrait</svg:title><svg:desc>Portrait of {s(names[2])}</svg:desc></draw:frame>'
         + notes(f'Ask {names[2]} about the photo') + '</draw:page>'),
    ]
    s(names[0])
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
{meta(s, names[3], "Account review", emails[(variant + 1) % 4], "Owner", names[1])}
<office:styles/>
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="dpHidden" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="hidden"/></style:style>
 <style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="M1" style:page-layout-name="PM1">
 <draw:frame svg:x="1cm" svg:y="14cm" svg:width="20cm" svg:height="1cm"><draw:text-box>
  <text:p>Confidential, owner {s(names[3])}</text:p></draw:text-box></draw:frame>
</style:master-page></office:master-styles>
<office:body><office:presentation>{"".join(slides)}</office:presentation></office:body></office:document>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return s.values

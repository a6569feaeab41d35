"""DOCX files of the office corpus: python-docx (with raw WordprocessingML where python-docx has
no API: comments, people, footnotes, tracked changes, field codes) and LibreOffice exports."""
import io
import os
import shutil

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from office_common import (CARD_1, CARD_2, IBAN_DE, IBAN_GB, PHONE_1, PHONE_2, PHONE_3, SSN_1, SSN_2,
                           Seeds, png_bytes, soffice_convert)
import office_odf

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def letter(path):
    """Body, a table with an SSN column, headers and footers (first page too), a mailto link,
    a picture with alt text, a name split across formatting runs, hidden text, properties."""
    s = Seeds()
    doc = Document()
    props = doc.core_properties
    props.author = s("Priya Raman")
    props.last_modified_by = s("Lars Eriksson")
    props.title = "Letter to " + s("Robert Chen")
    props.keywords = s("robert.chen@example.com")
    props.comments = "Card on file " + s(CARD_1)
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Account manager " + s("Maria Gonzalez")
    section.footer.paragraphs[0].text = "Call " + s(PHONE_2)
    section.first_page_header.paragraphs[0].text = "Private for " + s("Aiko Tanaka")
    section.first_page_footer.paragraphs[0].text = "IBAN " + s(IBAN_GB)
    doc.add_heading("Dear " + s("Robert Chen"), level=1)
    doc.add_paragraph("Your card " + s(CARD_2) + " was charged; phone " + s(PHONE_1) + ".")
    p = doc.add_paragraph("Co-signer: ")
    p.add_run("Tom").bold = True
    p.add_run("asz ").italic = True
    p.add_run("Nowak")
    s("Tomasz Nowak")
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Name", "SSN", "IBAN"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, [s("Fatima Okafor"), s(SSN_1), s(IBAN_DE)]):
        cell.text = text
    hidden = doc.add_paragraph("Visible line. ").add_run("Hidden: " + s("Jonas Becker"))
    hidden.font.hidden = True
    link = doc.add_paragraph("Write to ")
    r_id = doc.part.relate_to("mailto:" + s("m.gonzalez@example.org"), RT.HYPERLINK, is_external=True)
    link._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}"><w:r><w:t>our office</w:t>'
                             '</w:r></w:hyperlink>'))
    doc.add_picture(io.BytesIO(png_bytes()))
    doc_pr = doc.inline_shapes[0]._inline.docPr
    doc_pr.set("descr", "Passport photo of " + s("Elena Petrova"))
    doc_pr.set("title", "Photo " + s("Samuel Adeyemi"))
    doc.save(path)
    return s.values


def add_part(doc, name, content_type, rel_type, xml):
    part = Part(PackURI(name), content_type, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, rel_type)


def review(path):
    """Comments with authors, people.xml, footnotes, tracked changes, field codes."""
    s = Seeds()
    doc = Document()
    doc.core_properties.author = s("Jonas Becker")
    body = doc.element.body
    sect = body[-1]

    def para(xml):
        sect.addprevious(parse_xml(f'<w:p {W_NS}>{xml}</w:p>'))

    para('<w:r><w:t xml:space="preserve">Account holder: </w:t></w:r>'
         f'<w:del w:id="101" w:author="{s("Lars Eriksson")}" w:date="2026-01-05T10:00:00Z"><w:r>'
         f'<w:delText>{s("Elena Petrova")}</w:delText></w:r></w:del>'
         f'<w:ins w:id="102" w:author="{s("Priya Raman")}" w:date="2026-01-05T10:01:00Z"><w:r>'
         f'<w:t xml:space="preserve">{s("Samuel Adeyemi")}, SSN {s(SSN_2)}</w:t></w:r></w:ins>')
    para('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{s("aiko.tanaka@example.net")}" </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Email Aiko</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    para(f'<w:fldSimple w:instr=" HYPERLINK &quot;mailto:{s("lars.eriksson@example.com")}&quot; ">'
         '<w:r><w:t>Lars</w:t></w:r></w:fldSimple>')
    para('<w:commentRangeStart w:id="0"/><w:r><w:t>Payment was late.</w:t></w:r><w:commentRangeEnd w:id="0"/>'
         '<w:r><w:commentReference w:id="0"/></w:r>'
         '<w:r><w:t xml:space="preserve"> See note</w:t></w:r>'
         '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    comments = (f'<w:comments {W_NS}><w:comment w:id="0" w:author="{s("Maria Gonzalez")}" w:initials="MG" '
                'w:date="2026-01-06T09:00:00Z"><w:p><w:r><w:t xml:space="preserve">Ask '
                f'{s("Robert Chen")} on {s(PHONE_1)}; card {s(CARD_1)}</w:t></w:r></w:p></w:comment></w:comments>')
    add_part(doc, "/word/comments.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", RT.COMMENTS, comments)
    people = ('<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
              '<w15:person w15:author="Maria Gonzalez"><w15:presenceInfo w15:providerId="AD" '
              f'w15:userId="{s("m.gonzalez@example.org")}"/></w15:person></w15:people>')
    add_part(doc, "/word/people.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
             "http://schemas.microsoft.com/office/2011/relationships/people", people)
    footnotes = (f'<w:footnotes {W_NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                 '</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Refund to '
                 f'{s(IBAN_DE)} for {s("Fatima Okafor")}, {s(PHONE_3)}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    add_part(doc, "/word/footnotes.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", RT.FOOTNOTES, footnotes)
    doc.sections[0].footer.paragraphs[0].text = "Case officer " + s("Tomasz Nowak")
    doc.save(path)
    return s.values


def make_docx_files(out, work):
    manifest = {}
    manifest["letter.docx"] = letter(os.path.join(out, "letter.docx"))
    manifest["review.docx"] = review(os.path.join(out, "review.docx"))
    fodt = os.path.join(work, "writer-export.fodt")
    manifest["writer-export.docx"] = office_odf.write_fodt(fodt)
    shutil.move(soffice_convert(fodt, "docx", "MS Word 2007 XML", work), os.path.join(out, "writer-export.docx"))
    resaved_dir = os.path.join(work, "resaved")
    os.makedirs(resaved_dir, exist_ok=True)
    src = os.path.join(work, "review-resaved.docx")
    shutil.copy(os.path.join(out, "review.docx"), src)
    converted = soffice_convert(src, "docx", "MS Word 2007 XML", resaved_dir)
    shutil.move(converted, os.path.join(out, "review-resaved.docx"))
    manifest["review-resaved.docx"] = list(manifest["review.docx"])
    return manifest

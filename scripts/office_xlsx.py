"""XLSX files of the office corpus: openpyxl, a LibreOffice re-save (cached formula values, chart
caches), a post-processed file with inline and rich-text strings, and a Calc export."""
import os
import re
import shutil
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from office_common import (CARD_1, CARD_2, IBAN_DE, IBAN_GB, PHONE_1, PHONE_2, PHONE_3, SSN_1, SSN_2,
                           Seeds, rewrite_zip, soffice_convert)
from office_odf import NS


def customers(path):
    s = Seeds()
    wb = Workbook()
    wb.properties.creator = s("Jonas Becker")
    wb.properties.lastModifiedBy = s("Priya Raman")
    wb.properties.title = "Customers of " + s("Maria Gonzalez")
    wb.properties.keywords = s("lars.eriksson@example.com")
    ws = wb.active
    ws.title = "Customers"
    ws.append(["Name", "Email", "Phone", "Card", "SSN", "Greeting", "Balance"])
    ws.append([s("Robert Chen"), s("robert.chen@example.com"), s(PHONE_1), s(CARD_1), s(SSN_1), None, 120])
    ws.append([s("Aiko Tanaka"), s("aiko.tanaka@example.net"), s(PHONE_2), s(CARD_2), int(s(SSN_2).replace("-", "")),
               None, 80])
    ws["F2"] = '=CONCATENATE("Robert"," Chen")'
    ws["F3"] = '=A3&" (VIP)"'
    ws["B2"].hyperlink = "mailto:robert.chen@example.com"
    ws["A3"].comment = Comment("Call back on " + s(PHONE_3), s("Tomasz Nowak"))
    ws.oddHeader.center.text = "Owner " + s("Fatima Okafor")
    ws.oddFooter.left.text = "Desk " + s("Elena Petrova")
    wb.defined_names.append(DefinedName("PrimaryContact", attr_text='"' + s("Samuel Adeyemi") + '"'))
    dv = DataValidation(type="list", formula1='"' + s("Lars Eriksson") + ',Nobody"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("A10")
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=7, min_row=1, max_row=3), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=3))
    ws.add_chart(chart, "I2")
    person = wb.create_sheet("Maria Gonzalez")
    person.append(["IBAN", s(IBAN_DE)])
    hidden = wb.create_sheet("Payroll")
    hidden.sheet_state = "hidden"
    hidden.append(["Account", s(IBAN_GB)])
    hidden.append(["Reference", "='Maria Gonzalez'!B1"])
    wb.save(path)
    return s.values


def inline_rich(path):
    """Inline strings, one of them rich text whose runs split a name and a phone number; openpyxl
    cannot write rich text, so the package is edited after saving."""
    s = Seeds()
    wb = Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws.append(["Name", "Contact"])
    ws.append(["RICH_PLACEHOLDER", "INLINE_PLACEHOLDER"])
    ws.append(["SSN", int(s(SSN_1).replace("-", ""))])
    ws.append(["Card", s(CARD_2)])
    wb.save(path)
    s("Fatima Okafor")
    inline = escape("Reach " + s("Jonas Becker") + " at " + s("jonas.becker@example.com"))

    def sheet(text):
        rich = ('<is><r><rPr><b/></rPr><t>Fat</t></r><r><t xml:space="preserve">ima Okafor</t></r>'
                '<r><t xml:space="preserve"> (</t></r><r><rPr><i/></rPr><t>' + s(PHONE_2) + '</t></r>'
                '<r><t>)</t></r></is>')
        text = text.replace("<is><t>RICH_PLACEHOLDER</t></is>", rich)
        return text.replace("<is><t>INLINE_PLACEHOLDER</t></is>", f"<is><t>{inline}</t></is>")

    rewrite_zip(path, {"xl/worksheets/sheet1.xml": sheet})
    return s.values


def write_fods(path):
    s = Seeds()

    def row(*cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    def text(value, annotation=""):
        return (f'<table:table-cell office:value-type="string">{annotation}<text:p>{escape(value)}</text:p>'
                '</table:table-cell>')

    note = (f'<office:annotation><dc:creator>{s("Priya Raman")}</dc:creator><dc:date>2026-01-05T10:00:00</dc:date>'
            f'<text:p>Verified with {s(PHONE_1)}</text:p></office:annotation>')
    formula = ('<table:table-cell table:formula="of:=CONCATENATE(&quot;Aiko&quot;;&quot; Tanaka&quot;)" '
               'office:value-type="string"><text:p>Aiko Tanaka</text:p></table:table-cell>')
    s("Aiko Tanaka")
    sheets = (f'<table:table table:name="{s("Samuel Adeyemi")}">'
              + row(text("Name"), text("SSN"), text("Card"))
              + row(text(s("Robert Chen"), note), text(s(SSN_2)), text(s(CARD_1)))
              + row(formula, text(s("elena.petrova@example.net")), text(s(PHONE_2)))
              + '</table:table><table:table table:name="Secret" table:style-name="taHidden">'
              + row(text("IBAN"), text(s(IBAN_GB)))
              + row(text("Owner"), text(s("Tomasz Nowak")))
              + "</table:table>")
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:creator>{s("Lars Eriksson")}</dc:creator><dc:title>Ledger</dc:title></office:meta>
<office:automatic-styles>
 <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default">
 <style:header><text:p>Ledger of {s("Maria Gonzalez")}</text:p></style:header>
 <style:footer><text:p>{s(PHONE_3)}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet>{sheets}</office:spreadsheet></office:body></office:document>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return s.values


def make_xlsx_files(out, work):
    manifest = {"customers.xlsx": customers(os.path.join(out, "customers.xlsx")),
                "inline-rich.xlsx": inline_rich(os.path.join(out, "inline-rich.xlsx"))}
    src = os.path.join(work, "customers-resaved.xlsx")
    shutil.copy(os.path.join(out, "customers.xlsx"), src)
    resaved_dir = os.path.join(work, "resaved-xlsx")
    os.makedirs(resaved_dir, exist_ok=True)
    shutil.move(soffice_convert(src, "xlsx", "Calc MS Excel 2007 XML", resaved_dir),
                os.path.join(out, "customers-resaved.xlsx"))
    manifest["customers-resaved.xlsx"] = list(manifest["customers.xlsx"])
    fods = os.path.join(work, "calc-export.fods")
    manifest["calc-export.xlsx"] = write_fods(fods)
    shutil.move(soffice_convert(fods, "xlsx", "Calc MS Excel 2007 XML", work), os.path.join(out, "calc-export.xlsx"))
    return manifest

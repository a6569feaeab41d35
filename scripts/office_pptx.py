"""PPTX files of the office corpus: four LibreOffice Impress exports (Debian has no python-pptx)
with text split across runs, speaker notes, a hidden slide, a mailto link, alt text, a slide
comment and its author, text on the master slide and document properties."""
import os
import shutil

from office_common import soffice_convert
import office_odf

DECKS = ["account-review.pptx", "onboarding.pptx", "photo-deck.pptx", "refunds.pptx"]


def make_pptx_files(out, work):
    manifest = {}
    for variant, name in enumerate(DECKS):
        fodp = os.path.join(work, name.replace(".pptx", ".fodp"))
        manifest[name] = office_odf.write_fodp(fodp, variant)
        converted = soffice_convert(fodp, "pptx", "Impress MS PowerPoint 2007 XML", work)
        shutil.move(converted, os.path.join(out, name))
    return manifest

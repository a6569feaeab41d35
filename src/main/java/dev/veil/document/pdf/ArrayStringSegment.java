package dev.veil.document.pdf;

import dev.veil.document.Segment;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;

/** A text string held in a PDF array (a choice field's options). */
record ArrayStringSegment(COSArray array, int index, Runnable afterChange) implements Segment {
    @Override
    public String text() {
        return array.getObject(index) instanceof COSString s ? s.getString() : "";
    }

    @Override
    public void replace(String newText) {
        array.set(index, new COSString(newText));
        afterChange.run();
    }
}

package dev.veil.document.pdf;

import dev.veil.document.Segment;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A text string stored in a PDF dictionary (an Info entry, an outline title, an annotation's
 * contents, a form field value). {@code replace} writes the new string and then runs
 * {@code afterChange}, which drops whatever still shows the old text (an annotation's appearance
 * stream, a field widget's appearance).
 */
record CosStringSegment(COSDictionary dictionary, COSName key, Runnable afterChange) implements Segment {
    @Override
    public String text() {
        String s = dictionary.getString(key);
        return s == null ? "" : s;
    }

    @Override
    public void replace(String newText) {
        dictionary.setString(key, newText);
        afterChange.run();
    }
}

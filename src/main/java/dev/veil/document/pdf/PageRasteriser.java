package dev.veil.document.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Replaces pages by a picture of themselves (150 dpi, boxes burned in): for pages whose text
 * cannot be guaranteed clean by glyph removal. The page object is kept (outline destinations and
 * links still point at it) but everything it held is replaced: content, resources, annotations,
 * boxes and rotation. A page whose pixels are all grey is stored as greyscale.
 */
final class PageRasteriser {
    static final float DPI = 150f;

    private PageRasteriser() {
    }

    static void rasterise(PDDocument document, List<Integer> pageIndexes) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        for (int index : pageIndexes) {
            BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
            replaceWithImage(document, document.getPage(index), greyIfNeutral(image));
        }
    }

    private static void replaceWithImage(PDDocument document, PDPage page, BufferedImage image) throws IOException {
        float width = image.getWidth() * 72f / DPI;
        float height = image.getHeight() * 72f / DPI;
        COSDictionary p = page.getCOSObject();
        for (String key : List.of("Annots", "Rotate", "CropBox", "BleedBox", "TrimBox", "ArtBox", "Group", "Thumb",
                "StructParents", "Tabs", "UserUnit", "VP", "PresSteps", "Trans", "Dur")) {
            p.removeItem(COSName.getPDFName(key));
        }
        PDRectangle box = new PDRectangle(width, height);
        page.setMediaBox(box);
        PDResources resources = new PDResources();
        page.setResources(resources);
        page.setContents(new PDStream(document));
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream cs = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.OVERWRITE, true)) {
            cs.drawImage(picture, 0, 0, width, height);
        }
    }

    private static BufferedImage greyIfNeutral(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int c : row) {
                int r = (c >> 16) & 0xFF;
                int g = (c >> 8) & 0xFF;
                int b = c & 0xFF;
                if (r != g || g != b) {
                    return rgb;
                }
            }
        }
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(rgb, 0, 0, null);
        return grey;
    }
}

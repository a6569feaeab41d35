package dev.veil.document.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** Charts (their caches and embedded workbooks) and slides built with POI itself. */
class OoxmlChartTest {
    private static final List<String> SEEDED = List.of("Robert Chen", "Aiko Tanaka");

    @Test
    void chartCacheIsRewrittenAndItsEmbeddedWorkbookRemoved() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Sales by person");
        XWPFChart chart = doc.createChart();
        XDDFChartData data = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM),
                chart.createValueAxis(AxisPosition.LEFT));
        data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"Robert Chen", "Aiko Tanaka"}),
                XDDFDataSourcesFactory.fromArray(new Double[] {3.0, 5.0}));
        chart.plot(data);
        byte[] in = OoxmlFormatTest.bytes(doc);
        PackageText before = new PackageText(in);
        assertTrue(before.contains("Robert Chen"));
        assertTrue(before.entryNames().stream().anyMatch(n -> n.contains("embeddings/")), "no embedded workbook");

        byte[] out = OfficeCorpus.redact(in, OfficeCorpus.engineFor(SEEDED), OfficeCorpus.REDACT);
        PackageText after = new PackageText(out);
        assertFalse(after.contains("Robert Chen") || after.contains("Aiko Tanaka"));
        assertFalse(after.entryNames().stream().anyMatch(n -> n.contains("embeddings/")));
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertEquals(1, back.getCharts().size());
        }
    }

    @Test
    void slideTextAltTextAndNotesAreRewritten() throws Exception {
        XMLSlideShow show = new XMLSlideShow();
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setText("Presenter Robert Chen");
        XSLFPictureData png = show.addPicture(OfficeCorpusImages.PNG, PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(png);
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr("Photo of Aiko Tanaka");
        show.getNotesSlide(slide).getPlaceholder(1).setText("Call Aiko Tanaka");
        byte[] out = OfficeCorpus.redact(OoxmlFormatTest.bytes(show), OfficeCorpus.engineFor(SEEDED),
                OfficeCorpus.TOKENISE);
        PackageText after = new PackageText(out);
        assertFalse(after.contains("Robert Chen") || after.contains("Aiko Tanaka"));
        try (XMLSlideShow back = new XMLSlideShow(new ByteArrayInputStream(out))) {
            XSLFSlide s = back.getSlides().get(0);
            assertEquals("Presenter Eboreg Pura", ((XSLFTextBox) s.getShapes().get(0)).getText());
            assertEquals("Photo of Nvxb Gnanxn",
                    ((CTPicture) s.getShapes().get(1).getXmlObject()).getNvPicPr().getCNvPr().getDescr());
        }
    }
}

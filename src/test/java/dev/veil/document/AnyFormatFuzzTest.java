package dev.veil.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.veil.document.ooxml.OoxmlFormat;
import dev.veil.document.pdf.PdfFormat;
import dev.veil.document.text.CsvFormat;
import dev.veil.document.text.HtmlFormat;
import dev.veil.document.text.JsonFormat;
import dev.veil.document.text.PlainTextFormat;
import dev.veil.document.text.XmlFormat;
import dev.veil.testing.FuzzedRedaction;
import dev.veil.testing.SeedDocuments;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes reading and rewriting of every document format in one target, so the short fuzzing run
 * of {@code mvn verify} (one target per JVM) covers them all: the input's first byte picks the
 * format, the rest is the document, or for the structure-aware modes the main XML part of an
 * Office package or a PDF page's content stream, wrapped into a valid file. The property is {@link FuzzedRedaction}'s: redacted without
 * the planted values, or refused with {@link UnreadableDocumentException}, within the deadline.
 * Seeds are generated ({@link SeedDocuments}), one per format; crash inputs are kept under
 * {@code src/test/resources/dev/veil/document/AnyFormatFuzzTestInputs/anyDocumentIsRedactedOrRefused/}.
 * Per-format targets for longer runs: {@code TextFormatsFuzzTest}, {@code OoxmlFuzzTest},
 * {@code PdfFuzzTest}.
 */
class AnyFormatFuzzTest {
    /**
     * A format, the seed the fuzzer starts from, and how a fuzzed input becomes a document: as it
     * is, or wrapped (an Office package around a fuzzed main part, a PDF around a fuzzed content
     * stream) so the mutations reach past the container.
     */
    record Seeded(String name, DocumentFormat format, Supplier<byte[]> seed, UnaryOperator<byte[]> document) {
        Seeded(String name, DocumentFormat format, Supplier<byte[]> seed) {
            this(name, format, seed, UnaryOperator.identity());
        }
    }

    private static final OoxmlFormat OOXML = new OoxmlFormat();
    private static final PdfFormat PDF = new PdfFormat();
    /** Built once: regenerating a package with POI for every input would dominate the run. */
    private static final Map<String, byte[]> OFFICE = Map.of(
            "docx", SeedDocuments.docx(), "xlsx", SeedDocuments.xlsx(), "pptx", SeedDocuments.pptx());

    static final List<Seeded> FORMATS = List.of(
            new Seeded("text", new PlainTextFormat(), SeedDocuments::text),
            new Seeded("csv", CsvFormat.csv(), SeedDocuments::csv),
            new Seeded("json", JsonFormat.json(), SeedDocuments::json),
            new Seeded("jsonl", JsonFormat.jsonLines(), SeedDocuments::jsonLines),
            new Seeded("html", HtmlFormat.html(), SeedDocuments::html),
            new Seeded("xml", new XmlFormat(), SeedDocuments::xml),
            new Seeded("docx", OOXML, () -> OFFICE.get("docx")),
            new Seeded("xlsx", OOXML, () -> OFFICE.get("xlsx")),
            new Seeded("pptx", OOXML, () -> OFFICE.get("pptx")),
            new Seeded("pdf", PDF, SeedDocuments::pdf),
            mainPart("docx"), mainPart("xlsx"), mainPart("pptx"),
            new Seeded("pdf-content", PDF, () -> SeedDocuments.PDF_CONTENT.getBytes(StandardCharsets.ISO_8859_1),
                    SeedDocuments::pdf));

    private static Seeded mainPart(String kind) {
        return new Seeded(kind + "-main-part", OOXML, () -> SeedDocuments.mainPart(kind),
                xml -> SeedDocuments.withMainPart(OFFICE.get(kind), kind, xml));
    }

    private static final FuzzedRedaction CHECK = new FuzzedRedaction();

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void anyDocumentIsRedactedOrRefused(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Seeded picked = FORMATS.get(Byte.toUnsignedInt(input[0]) % FORMATS.size());
        CHECK.redactOrRefuse(picked.format(), picked.document().apply(Arrays.copyOfRange(input, 1, input.length)));
    }

    /** Each format's seed, behind the byte that picks the format. */
    static Stream<byte[]> seeds() {
        return IntStream.range(0, FORMATS.size()).mapToObj(i -> {
            byte[] doc = FORMATS.get(i).seed().get();
            byte[] input = new byte[doc.length + 1];
            input[0] = (byte) i;
            System.arraycopy(doc, 0, input, 1, doc.length);
            return input;
        });
    }

    /** The seeds are worth mutating: every planted value is found in each, and redaction succeeds. */
    @ParameterizedTest
    @MethodSource("formatIndexes")
    void everySeedHoldsThePlantedValuesAndIsRedacted(int index) {
        Seeded s = FORMATS.get(index);
        byte[] seed = s.document().apply(s.seed().get());
        assertEquals(Set.copyOf(FuzzedRedaction.PLANTED), CHECK.plantedValuesFound(s.format(), seed), s.name());
        CHECK.redactOrRefuse(s.format(), seed);
    }

    static IntStream formatIndexes() {
        return IntStream.range(0, FORMATS.size());
    }
}

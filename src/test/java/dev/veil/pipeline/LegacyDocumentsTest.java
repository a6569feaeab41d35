package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import dev.veil.policy.PrincipalTags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legacy formats through the pipeline: denied by their text, refused, passed, or answered as redacted text. */
class LegacyDocumentsTest {
    private static final Path DIR = Path.of("test-documents/legacy");
    final List<AuditRecord> audit = new ArrayList<>();

    ObjectResponse run(String payload, String file) throws IOException {
        byte[] body = Files.readAllBytes(DIR.resolve(file));
        try (ObjectPipeline p = new ObjectPipeline(PrincipalTags.NONE, TransformFactory.withoutKeys(), audit::add,
                Clock.systemUTC())) {
            ObjectRequest req = new ObjectRequest("r", "test", "ap", Caller.of("arn:aws:iam::111122223333:user/a",
                    "111122223333"), "b", "legacy/" + file, "", "", 0, false);
            return p.handle(req, PolicyParser.parse(payload), (d, m) -> new SourceObject(200,
                    Map.of("Content-Type", "application/octet-stream", "ETag", "\"x\""), body),
                    Deadline.in(Duration.ofSeconds(30), Clock.systemUTC()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.doc", "customers.xls", "refunds.ppt", "letter.rtf"})
    void denyModeReadsTheTextAndRefuses(String file) throws IOException {
        ObjectResponse r = run("{\"mode\":\"deny\"}", file);
        assertEquals(403, r.status());
        assertEquals(0, r.body().length);
        assertFalse(audit.get(0).entities().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.doc", "customers.xls", "refunds.ppt", "letter.rtf"})
    void redactModeRefusesUnlessThePolicyAsksForText(String file) throws IOException {
        ObjectResponse refused = run("{\"mode\":\"redact\"}", file);
        assertEquals(400, refused.status());
        assertEquals("UnsupportedDocument", refused.errorCode());
        assertEquals(0, refused.body().length);

        ObjectResponse text = run("{\"mode\":\"redact\",\"unsupported\":\"text\"}", file);
        assertEquals(200, text.status());
        assertEquals("text/plain; charset=utf-8", text.headers().get("Content-Type"));
        String out = new String(text.body(), StandardCharsets.UTF_8);
        // Every value detection finds in the document's text is gone from the answer. (Values it
        // misses there stay, as in every mode: RTF tables lose their cell boundaries in the JDK's
        // reader, and legacy sheets lose the column headers that give numbers their context.)
        byte[] original = Files.readAllBytes(DIR.resolve(file));
        String extracted = dev.veil.document.LegacyText.extract(original,
                dev.veil.document.DocumentTypes.standard().detect(original, file).mediaType(),
                dev.veil.document.DocumentLimits.defaults());
        List<String> found = new ArrayList<>();
        dev.veil.detect.DetectionEngine engine = dev.veil.detect.DetectionEngine.defaults();
        for (String line : extracted.split("\n")) {
            engine.detect(line).forEach(f -> found.add(line.substring(f.start(), f.end())));
        }
        JsonNode seeded = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile()).get(file);
        assertTrue(found.size() >= seeded.size() / 2, file + ": detection finds most seeded values in the text");
        for (int i = 0; i < found.size(); i++) {
            assertFalse(found.get(i).length() >= 5 && out.contains(found.get(i)), file + ": detected value #" + i + " left");
        }
        assertTrue(out.contains("["), "labels in the answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.doc"})
    void passModeAndUnsupportedPassGiveTheOriginal(String file) throws IOException {
        byte[] original = Files.readAllBytes(DIR.resolve(file));
        assertArrayEquals(original, run("{\"mode\":\"pass\"}", file).body());
        assertArrayEquals(original, run("{\"mode\":\"redact\",\"unsupported\":\"pass\"}", file).body());
    }
}

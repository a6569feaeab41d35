package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.FunctionInvoker.FunctionFailedException;
import dev.veil.gateway.RicFunction;
import dev.veil.policy.PrincipalTags;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Priming in a real execution environment (the runtime interface client in a child JVM): with
 * {@code VEIL_PRIME=full}, as before a SnapStart snapshot, the first request loads none of the
 * classes of detection, type detection, the document formats or the SDK's S3 client (the JVM's
 * own class-load log says so) and answers byte for byte as the handler in process.
 */
class PrimingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /**
     * Packages whose classes priming must have loaded before the first request: detection, types,
     * formats, transforms and the SDK's S3 request path (marshalling, pipeline stages, signing).
     * Left to the first request on purpose: resolving the real credentials and opening the real
     * connections (the presigned fetch and WriteGetObjectResponse), which must not happen before
     * a snapshot.
     */
    private static final List<String> PRIMED = List.of("dev.veil.detect.", "dev.veil.document.", "dev.veil.transform.",
            "org.apache.tika.", "com.google.i18n.phonenumbers.", "software.amazon.awssdk.services.s3.",
            "software.amazon.awssdk.core.internal.", "software.amazon.awssdk.http.auth.", "org.apache.poi.",
            "org.apache.xmlbeans.");
    private static final List<String> LIBRARIES = List.of("org.apache.tika.", "software.amazon.awssdk.services.s3.",
            "software.amazon.awssdk.core.internal.", "org.apache.poi.", "org.apache.xmlbeans.", "org.apache.pdfbox.");

    @TempDir
    static Path dir;
    static List<Path> classpath;
    static LambdaRig rig;
    static final ByteArrayOutputStream LOGS = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        classpath = RicFunction.unpackLambdaZip(RuntimeInterfaceClientIT.ZIP, dir.resolve("task"));
        rig = new LambdaRig(PrincipalTags.NONE, true);
        rig.put("letter.txt", ObjectLambdaHandlerIT.LETTER.getBytes(StandardCharsets.UTF_8), "text/plain");
        rig.put("letter.docx", Files.readAllBytes(Path.of("test-documents/office/letter.docx")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @AfterAll
    static void stop() throws IOException {
        Files.write(Path.of("target/priming-it-children.log"), LOGS.toByteArray());
        if (rig != null) {
            rig.close();
        }
    }

    private static RicFunction function(String prime, Path classLog) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("AWS_ACCESS_KEY_ID", LambdaRig.CREDS.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", LambdaRig.CREDS.secretAccessKey(),
                FunctionParts.S3_ENDPOINT_ENV, rig.storeEndpoint().toString(),
                FunctionParts.WGOR_ENDPOINT_ENV, rig.receiver.endpoint().toString(), FunctionPrimer.PRIME_ENV, prime));
        List<String> options = new ArrayList<>(RicFunction.LAMBDA_JVM_OPTIONS);
        options.add("-Xlog:class+load=info:file=" + classLog);
        return RicFunction.builder(classpath, RicFunction.OBJECT_LAMBDA_HANDLER).environment(env)
                .jvmOptions(options).logSink(LOGS).build();
    }

    @Test
    void afterFullPrimingTheFirstRequestsLoadNoPrimedClassAndAnswerAsInProcess() throws IOException {
        Path classLog = dir.resolve("classes.log");
        try (RicFunction f = function("full", classLog)) {
            f.awaitInitialised(TIMEOUT);
            for (String key : List.of("letter.txt", "letter.docx")) {
                long initLines = Files.readAllLines(classLog).size();
                rig.receiver.clear();
                ObjectNode event = Events.get(rig.presignGet(key), LambdaRig.BUCKET, key,
                        RuntimeInterfaceClientIT.REDACT, "analyst", Map.of(), null);
                f.invoke("primed-" + key, Events.JSON.writeValueAsBytes(event), TIMEOUT);
                WgorReceiver.Call viaRic = rig.receiver.only();
                assertEquals(200, viaRic.status());
                List<String> after = Files.readAllLines(classLog).stream().skip(initLines).toList();
                // what the first request still loads, for reading (docs/PERFORMANCE.md, "Cold start")
                Files.write(Path.of("target/priming-it-" + key + "-classes.log"), after);
                // a document can reach branches the synthetic one did not (a segment kind, a number
                // shape): for those only the libraries count
                List<String> watched = key.endsWith(".txt") ? PRIMED : LIBRARIES;
                List<String> loaded = after.stream().filter(line -> watched.stream().anyMatch(line::contains))
                        .filter(line -> !line.contains("Lambda$")).toList();
                assertEquals(List.of(), loaded, key + ": classes the priming should have loaded");
                rig.receiver.clear();
                rig.invoke(event, 30_000);
                assertArrayEquals(rig.receiver.only().body(), viaRic.body(), key + ": primed answer differs");
            }
        }
    }

    @Test
    void anUnknownPrimingScopeFailsTheInit() {
        try (RicFunction f = function("sometimes", dir.resolve("unused.log"))) {
            FunctionFailedException e = assertThrows(FunctionFailedException.class, () -> f.awaitInitialised(TIMEOUT));
            assertTrue(e.getMessage().contains(FunctionPrimer.PRIME_ENV), e.getMessage());
        }
    }
}

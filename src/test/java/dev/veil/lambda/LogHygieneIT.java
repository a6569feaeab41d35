package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.aws.EmfMetrics;
import dev.veil.pipeline.AuditLog;
import dev.veil.pipeline.AuditRecord;
import dev.veil.policy.PrincipalTags;
import dev.veil.testing.LeakAudit;
import dev.veil.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Representative Object Lambda flows (every mode, one document of each format, and the error
 * paths) with every log line captured, including the audit and metric lines the deployed function
 * writes: none holds a seeded or detected value, a fragment of a document's text, a presigned URL,
 * a secret key or the token key.
 */
class LogHygieneIT {
    static final List<String> DOCUMENTS = List.of("text/letter-crlf.txt", "text/customers.csv", "text/profile.json",
            "text/page.html", "text/records.xml", "text/badge.svg", "office/letter.docx", "office/customers.xlsx",
            "office/onboarding.pptx", "pdf/letter.pdf", "pdf/form.pdf");
    static final List<String> MODES = List.of("pass", "redact", "tokenise", "deny");

    @Test
    void noValueTextUrlOrKeyReachesAnyLogOrMetricLine() throws Exception {
        Set<String> values = new LinkedHashSet<>(LogCapture.manifestValues());
        Set<String> fragments = new LinkedHashSet<>();
        List<String> urls = new ArrayList<>();
        try (LambdaRig rig = new LambdaRig(PrincipalTags.NONE, true);
             LambdaRig keyless = new LambdaRig(PrincipalTags.NONE, false);
             LogCapture logs = new LogCapture()) {
            for (String key : DOCUMENTS) {
                byte[] doc = Files.readAllBytes(Path.of("test-documents", key));
                String name = Path.of(key).getFileName().toString();
                values.addAll(LeakAudit.readable(doc, name) ? LeakAudit.detectedValues(doc, name) : Set.of());
                fragments.addAll(LogCapture.textFragments(doc, name, 4));
                rig.put(key, doc, "application/octet-stream");
                for (String mode : MODES) {
                    String url = rig.presignGet(key);
                    urls.add(url);
                    rig.invoke(Events.get(url, LambdaRig.BUCKET, key, "{\"mode\":\"" + mode + "\"}", "analyst",
                            Map.of(), null), 30_000);
                }
                String head = rig.presignHead(key);
                urls.add(head);
                rig.invoke(Events.head(head, LambdaRig.BUCKET, key, "{\"mode\":\"redact\"}", "analyst"), 30_000);
            }
            errorFlows(rig, keyless, urls);
            List<AuditRecord> records = new ArrayList<>(rig.audit);
            records.addAll(keyless.audit);
            // the deployed function's sinks: one JSON audit line and one EMF metric line per request
            AuditLog auditLog = new AuditLog();
            EmfMetrics metrics = new EmfMetrics(Clock.systemUTC());
            records.forEach(r -> {
                auditLog.record(r);
                metrics.record(r);
            });
            assertTrue(logs.count("veil.audit") >= DOCUMENTS.size() * MODES.size(), "audit lines were captured");
            assertTrue(logs.count("veil.metrics") >= DOCUMENTS.size() * MODES.size(), "metric lines were captured");
            assertTrue(records.stream().anyMatch(r -> r.decision().equals("error")), "error paths ran");

            Map<String, Set<String>> forbidden = new LinkedHashMap<>();
            forbidden.put("value", values);
            forbidden.put("fragment", fragments);
            forbidden.put("presigned", presignedParts(urls));
            forbidden.put("secret", Set.of(LambdaRig.CREDS.secretAccessKey()));
            forbidden.put("token key", tokenKeyMaterial(rig));
            assertEquals(List.of(), logs.leaks(forbidden), "forbidden strings in log lines (category and index)");
        }
    }

    private static void errorFlows(LambdaRig rig, LambdaRig keyless, List<String> urls) {
        byte[] letter = "Dear Mary Smith, card 4111 1111 1111 1111.\n".getBytes(StandardCharsets.UTF_8);
        rig.put("cut.docx", java.util.Arrays.copyOf(readCorpus("office/letter.docx"), 900), "application/octet-stream");
        for (String payload : List.of("{\"mode\":\"redact\"}", "{\"mode\":\"redact\",\"colour\":1}", "not json",
                "{\"mode\":\"redact\",\"maxObjectBytes\":10}")) {
            for (String key : List.of("cut.docx", "no-such-key.txt", "text/letter-crlf.txt")) {
                String url = rig.presignGet(key);
                urls.add(url);
                rig.invoke(Events.get(url, LambdaRig.BUCKET, key, payload, "analyst", Map.of(), null), 30_000);
            }
        }
        String expired = rig.presignGet("text/letter-crlf.txt", g -> { }, Duration.ofSeconds(1));
        urls.add(expired);
        sleep(1_500);
        rig.invoke(Events.get(expired, LambdaRig.BUCKET, "text/letter-crlf.txt", "{\"mode\":\"redact\"}", "analyst",
                Map.of(), null), 30_000);
        String tampered = rig.presignGet("text/letter-crlf.txt").replaceFirst("X-Amz-Signature=.", "X-Amz-Signature=0");
        urls.add(tampered);
        rig.invoke(Events.get(tampered, LambdaRig.BUCKET, "text/letter-crlf.txt", "{\"mode\":\"redact\"}", "analyst",
                Map.of(), null), 30_000);
        rig.invoke(Events.get(rig.presignGet("text/letter-crlf.txt"), LambdaRig.BUCKET, "text/letter-crlf.txt",
                "{\"mode\":\"redact\"}", "analyst", Map.of(), null), 450);
        rig.receiver.failWith(500);
        rig.invoke(Events.get(rig.presignGet("text/letter-crlf.txt"), LambdaRig.BUCKET, "text/letter-crlf.txt",
                "{\"mode\":\"redact\"}", "analyst", Map.of(), null), 30_000);
        rig.receiver.failWith(0);
        ObjectNode broken = Events.get(rig.presignGet("text/letter-crlf.txt"), LambdaRig.BUCKET, "text/letter-crlf.txt",
                "{\"mode\":\"redact\"}", "analyst", Map.of(), null);
        broken.put("userIdentity", 5);
        rig.invoke(broken, 30_000);
        String inBrokenEvent = rig.presignGet("x");
        urls.add(inBrokenEvent);
        rig.invokeRaw("{\"getObjectContext\":{\"inputS3Url\":\"" + inBrokenEvent + "\"}, \"text\":\"Mary Smith\"");
        keyless.put("letter.txt", letter, "text/plain");
        String url = keyless.presignGet("letter.txt");
        urls.add(url);
        keyless.invoke(Events.get(url, LambdaRig.BUCKET, "letter.txt", "{\"mode\":\"tokenise\"}", "analyst",
                Map.of(), null), 30_000);
        assertEquals(500, keyless.receiver.only().status(), "tokenise without a key fails closed");
    }

    /** The parts of presigned URLs that must never be logged: signatures, credentials, whole query strings. */
    static Set<String> presignedParts(List<String> urls) {
        Set<String> parts = new LinkedHashSet<>(List.of("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token"));
        for (String u : urls) {
            int q = u.indexOf('?');
            if (q > 0) {
                parts.add(u.substring(q + 1));
            }
            for (String p : u.substring(q + 1).split("&")) {
                if (p.startsWith("X-Amz-Signature=")) {
                    parts.add(p.substring("X-Amz-Signature=".length()));
                }
            }
        }
        return parts;
    }

    /** The rig's token key material, as its key file holds it (base64) and as hex. */
    static Set<String> tokenKeyMaterial(LambdaRig rig) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        JsonNode file = Events.JSON.readTree(dev.veil.transform.KeyFiles.format(rig.ring));
        for (JsonNode k : file.path("keys")) {
            String b64 = k.path("secret").asText();
            out.add(b64);
            out.add(java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(b64)));
        }
        assertTrue(!out.isEmpty(), "the rig has a key");
        return out;
    }

    private static byte[] readCorpus(String key) {
        try {
            return Files.readAllBytes(Path.of("test-documents", key));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.pipeline.AuditLog;
import dev.veil.testing.LeakAudit;
import dev.veil.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Representative gateway flows (four identities and so four modes, several formats, HEAD, LIST,
 * refused and failing requests) with every log line captured, the local audit lines included:
 * none holds a seeded or detected value, a text fragment, a presigned URL part, a secret key or
 * the token key.
 */
class GatewayLogHygieneIT {
    static final List<String> DOCUMENTS = List.of("text/letter-crlf.txt", "text/customers.csv", "text/profile.json",
            "text/page.html", "office/letter.docx", "office/customers.xlsx", "pdf/letter.pdf");
    static final List<String> IDENTITIES = List.of("admin", "analyst", "support", "partner");

    @Test
    void noValueTextUrlOrKeyReachesAnyLogLine() throws Exception {
        Set<String> values = new LinkedHashSet<>(LogCapture.manifestValues());
        Set<String> fragments = new LinkedHashSet<>();
        try (GatewayRig rig = new GatewayRig(); LogCapture logs = new LogCapture()) {
            RawS3Requests raw = new RawS3Requests(rig.gateway.endpoint());
            for (String key : DOCUMENTS) {
                byte[] doc = Files.readAllBytes(Path.of("test-documents", key));
                String name = Path.of(key).getFileName().toString();
                values.addAll(LeakAudit.readable(doc, name) ? LeakAudit.detectedValues(doc, name) : Set.of());
                fragments.addAll(LogCapture.textFragments(doc, name, 4));
                for (String id : IDENTITIES) {
                    try (S3Client c = rig.client(id)) {
                        try {
                            c.getObjectAsBytes(b -> b.bucket(rig.alias).key(key));
                            c.headObject(b -> b.bucket(rig.alias).key(key));
                        } catch (software.amazon.awssdk.services.s3.model.S3Exception denied) {
                            assertEquals(403, denied.statusCode(), id + " " + key);
                        }
                    }
                }
            }
            try (S3Client admin = rig.client("admin")) {
                admin.listObjectsV2(b -> b.bucket(rig.alias));
            }
            String p = "/" + rig.alias + "/text/letter-crlf.txt";
            raw.get(p, Map.of("Host", "127.0.0.1"));
            raw.get(p, raw.sign(p, "admin", "wrong-secret", "us-east-1", Clock.systemUTC()));
            raw.get(p, raw.sign(p, "admin", "admin-secret", "eu-west-1", Clock.systemUTC()));
            for (String k : List.of("../x", "a%00b", "no/such/key.txt")) {
                String q = "/" + rig.alias + "/" + k;
                raw.get(q, raw.sign(q, "admin", "admin-secret", "us-east-1", Clock.systemUTC()));
            }
            AuditLog auditLog = new AuditLog();
            rig.audit.forEach(auditLog::record);
            assertTrue(logs.count("veil.audit") >= DOCUMENTS.size() * IDENTITIES.size(), "audit lines were captured");

            Map<String, Set<String>> forbidden = new LinkedHashMap<>();
            forbidden.put("value", values);
            forbidden.put("fragment", fragments);
            forbidden.put("presigned", Set.of("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token"));
            Set<String> secrets = new LinkedHashSet<>(List.of(rig.store.secretKey()));
            IDENTITIES.forEach(id -> secrets.add(id + "-secret"));
            forbidden.put("secret", secrets);
            Set<String> token = new LinkedHashSet<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(dev.veil.transform.KeyFiles.format(rig.keys))
                    .path("keys").forEach(k -> token.add(k.path("secret").asText()));
            assertTrue(token.stream().allMatch(t -> t.length() >= 16), "the key material was found");
            forbidden.put("token key", token);
            assertEquals(List.of(), logs.leaks(forbidden), "forbidden strings in log lines (category and index)");
        }
    }
}

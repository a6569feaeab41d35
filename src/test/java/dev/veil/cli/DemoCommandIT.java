package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The README's first command as a user runs it: {@code java -jar target/veil.jar demo} in its own
 * process, its printed endpoint read with an S3 client as two identities, then stopped with
 * SIGTERM (what Ctrl-C sends the JVM) and expected to exit cleanly.
 */
class DemoCommandIT {
    private static final Pattern ENDPOINT = Pattern.compile("Gateway \\(S3 API\\):\\s+(http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void demoStartsServesTheFourBehavioursAndStopsOnSigterm() throws Exception {
        Path jar = Path.of("target/veil.jar");
        assertTrue(Files.exists(jar), "mvn package builds target/veil.jar before the integration tests");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "demo", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String found = null;
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("Each request writes")) {
                lines.add(line);
                Matcher m = ENDPOINT.matcher(line);
                if (m.find()) {
                    found = m.group(1);
                }
            }
            assertNotNull(found, () -> "printed its endpoint: " + lines);
            String endpoint = found;
            assertTrue(lines.stream().anyMatch(l -> l.contains("/usr/bin/aws --endpoint-url " + endpoint)),
                    "prints ready-to-paste AWS CLI commands");
            String alias = "veil-demo-8kq3x7m2c4--ol-s3";
            try (S3Client support = client(endpoint, "support"); S3Client partner = client(endpoint, "partner")) {
                String redacted = support.getObjectAsBytes(b -> b.bucket(alias).key("text/customers.csv")).asUtf8String();
                assertTrue(redacted.contains("[NAME]"), redacted);
                assertFalse(redacted.contains("mary.smith@example.com"));
                S3Exception denied = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class,
                        () -> partner.getObjectAsBytes(b -> b.bucket(alias).key("text/customers.csv")));
                assertEquals(403, denied.statusCode());
            }
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
            assertEquals(143, p.exitValue(), "terminated by SIGTERM after its shutdown hook ran");
        } finally {
            p.destroyForcibly();
        }
    }

    private static S3Client client(String endpoint, String identity) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(identity, identity + "-secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}

package dev.veil.lambda;

import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.StreamedBody;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.WriteGetObjectResponseRequest;

/**
 * WriteGetObjectResponse through the AWS SDK's S3 client. Error responses carry the status, code
 * and message and no body; the original's ETag, length and checksums are never sent for a
 * changed body (the pipeline has already dropped them).
 */
public final class SdkResponseWriter implements ResponseWriter {
    private final S3Client s3;
    /** For streamed bodies, made on first use from {@link #s3}'s configuration. */
    private S3Client streaming;

    public SdkResponseWriter(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * A client like {@link #s3} whose requests are aborted when their body fails, and which never
     * reads a body before sending it: over HTTPS an unsigned payload (as the SDK does anyway), sent
     * chunked when its length is unknown; over plain HTTP (the local gateway, where SigV4 must sign
     * the payload) aws-chunked signing, chunk by chunk, which needs the length. No request checksum
     * unless required.
     */
    private synchronized S3Client streamingClient() {
        if (streaming == null) {
            S3ServiceClientConfiguration c = s3.serviceClientConfiguration();
            boolean plainHttp = c.endpointOverride().map(u -> "http".equalsIgnoreCase(u.getScheme())).orElse(false);
            S3AuthSchemeProvider auth = S3AuthSchemeProvider.defaultProvider();
            var b = S3Client.builder().region(c.region()).credentialsProvider(c.credentialsProvider())
                    .overrideConfiguration(c.overrideConfiguration())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .authSchemeProvider(params -> auth.resolveAuthScheme(params).stream()
                            .map(o -> o.toBuilder().putSignerProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                                    .putSignerProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, plainHttp).build())
                            .toList())
                    .httpClient(new AbortingHttpClient(UrlConnectionHttpClient.create()));
            c.endpointOverride().ifPresent(b::endpointOverride);
            streaming = b.build();
        }
        return streaming;
    }

    @Override
    public void write(String route, String token, ObjectResponse r) {
        WriteGetObjectResponseRequest.Builder b = WriteGetObjectResponseRequest.builder()
                .requestRoute(route).requestToken(token).statusCode(r.status());
        if (r.isError()) {
            s3.writeGetObjectResponse(b.errorCode(r.errorCode()).errorMessage(r.errorMessage()).build(),
                    RequestBody.empty());
            return;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        r.headers().forEach((name, v) -> {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "content-type" -> b.contentType(v);
                case "content-range" -> b.contentRange(v);
                case "etag" -> b.eTag(v);
                case "last-modified" -> httpDate(v, b);
                case "cache-control" -> b.cacheControl(v);
                case "content-disposition" -> b.contentDisposition(v);
                case "content-language" -> b.contentLanguage(v);
                case "expires" -> expires(v, b);
                case "x-amz-version-id" -> b.versionId(v);
                case "x-amz-checksum-crc32" -> b.checksumCRC32(v);
                case "x-amz-checksum-crc32c" -> b.checksumCRC32C(v);
                case "x-amz-checksum-sha1" -> b.checksumSHA1(v);
                case "x-amz-checksum-sha256" -> b.checksumSHA256(v);
                default -> {
                    if (name.toLowerCase(Locale.ROOT).startsWith("x-amz-meta-")) {
                        meta.put(name.substring("x-amz-meta-".length()), v);
                    }
                }
            }
        });
        if (!meta.isEmpty()) {
            b.metadata(meta);
        }
        if (r.isStreamed()) {
            writeStreamed(b, r.stream());
            return;
        }
        b.contentLength((long) r.body().length);
        s3.writeGetObjectResponse(b.build(), RequestBody.fromBytes(r.body()));
    }

    /**
     * Sends a body while it is produced: its known length (pass), or chunked when unknown. The body
     * writes on its own thread into a {@link BodyPipe}; if it fails part way, the SDK's read of the
     * request body fails, the request is aborted, and S3 ends the caller's response as failed.
     * The stream is offered once: a retry by the SDK gets an error, not a second, partial body.
     */
    private void writeStreamed(WriteGetObjectResponseRequest.Builder b, StreamedBody body) {
        boolean plainHttp = s3.serviceClientConfiguration().endpointOverride()
                .map(u -> "http".equalsIgnoreCase(u.getScheme())).orElse(false);
        if (body.length() < 0 && plainHttp) {
            spooled(b, body);
            return;
        }
        BodyPipe pipe = new BodyPipe();
        AtomicBoolean offered = new AtomicBoolean();
        ContentStreamProvider provider = () -> {
            if (!offered.compareAndSet(false, true)) {
                throw new IllegalStateException("a streamed body can be sent once only");
            }
            return pipe.in;
        };
        Thread producer = new Thread(() -> {
            try {
                body.writeTo(pipe.out);
                pipe.out.close();
            } catch (IOException | RuntimeException e) {
                pipe.fail();
            }
        }, "veil-body");
        producer.setDaemon(true);
        producer.start();
        try {
            RequestBody request;
            if (body.length() >= 0) {
                b.contentLength(body.length());
                request = RequestBody.fromContentProvider(provider, body.length(), "application/octet-stream");
            } else {
                request = RequestBody.fromContentProvider(provider, "application/octet-stream");
            }
            streamingClient().writeGetObjectResponse(b.build(), request);
        } finally {
            // whatever happened, the producer's next write fails and it releases the source
            pipe.closeReader();
        }
    }

    /**
     * A body of unknown length to a plain-HTTP endpoint (the local gateway): SigV4 over HTTP signs
     * the payload, which needs its length first, so the body is written to a temporary file
     * (bounded memory, not bounded disk) and sent with its length. A failure while writing it
     * happens before anything is sent: the caller gets the function's error, not a short body.
     */
    private void spooled(WriteGetObjectResponseRequest.Builder b, StreamedBody body) {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("veil-answer", ".tmp");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                body.writeTo(out);
            }
            b.contentLength(java.nio.file.Files.size(file));
            streamingClient().writeGetObjectResponse(b.build(), RequestBody.fromFile(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the answer could not be produced", e);
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind holds a transformed answer only
                }
            }
        }
    }

    private static void httpDate(String v, WriteGetObjectResponseRequest.Builder b) {
        Instant t = parse(v);
        if (t != null) {
            b.lastModified(t);
        }
    }

    private static void expires(String v, WriteGetObjectResponseRequest.Builder b) {
        Instant t = parse(v);
        if (t != null) {
            b.expires(t);
        }
    }

    private static Instant parse(String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package dev.veil.lambda;

import dev.veil.pipeline.ObjectResponse;
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

    public SdkResponseWriter(S3Client s3) {
        this.s3 = s3;
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
        b.contentLength((long) r.body().length);
        s3.writeGetObjectResponse(b.build(), RequestBody.fromBytes(r.body()));
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

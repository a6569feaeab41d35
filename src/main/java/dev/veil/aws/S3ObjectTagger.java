package dev.veil.aws;

import dev.veil.scan.ObjectTagger;
import dev.veil.scan.ScanSourceException;
import dev.veil.scan.ScanTags;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Tags S3 objects with GetObjectTagging and PutObjectTagging, which change the object's tag set
 * only, never its bytes or metadata. The object's other tags are kept; when its tags already
 * equal the merged set nothing is written, so tagging is idempotent.
 */
public final class S3ObjectTagger implements ObjectTagger {
    private final S3Client s3;
    private final String bucket;

    public S3ObjectTagger(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Outcome tag(String key, String versionId, Map<String, String> veilTags) throws IOException {
        try {
            Map<String, String> existing = new LinkedHashMap<>();
            for (Tag t : s3.getObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId)).tagSet()) {
                existing.put(t.key(), t.value());
            }
            Map<String, String> merged = ScanTags.merge(existing, veilTags);
            if (merged.equals(existing)) {
                return Outcome.UNCHANGED;
            }
            List<Tag> tags = merged.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
            s3.putObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId).tagging(t -> t.tagSet(tags)));
            return Outcome.WRITTEN;
        } catch (S3Exception e) {
            throw new ScanSourceException("tagging: " + S3Errors.describe(e));
        } catch (SdkException e) {
            throw new ScanSourceException("tagging: " + e.getClass().getSimpleName());
        }
    }
}

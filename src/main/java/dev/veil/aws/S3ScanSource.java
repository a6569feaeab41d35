package dev.veil.aws;

import dev.veil.scan.ObjectRef;
import dev.veil.scan.ScanSource;
import dev.veil.scan.ScanSourceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects of an S3 bucket under a prefix, for {@code veil scan s3://bucket/prefix}. Keys are
 * the full S3 keys. Each object is read with {@code If-Match} on the ETag it was listed with, so a
 * record always describes the version that was listed (an object replaced meanwhile is an error,
 * scanned again on the next run). The scan does not read objects over the document size limit.
 */
public final class S3ScanSource implements ScanSource {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ScanSource(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public List<ObjectRef> list() throws IOException {
        List<ObjectRef> refs = new ArrayList<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                if (!o.key().endsWith("/") || o.size() > 0) { // "folder" placeholder objects hold nothing
                    refs.add(new ObjectRef(o.key(), unquote(o.eTag()), o.size()));
                }
            }
        } catch (S3Exception e) {
            throw new ScanSourceException(describe() + ": cannot list (" + S3Errors.describe(e) + ")");
        } catch (SdkException e) {
            throw new ScanSourceException(describe() + ": cannot list (" + e.getClass().getSimpleName() + ")");
        }
        refs.sort(Comparator.comparing(ObjectRef::key));
        return refs;
    }

    @Override
    public ObjectContent read(ObjectRef ref) throws IOException {
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(ref.key())
                    .ifMatch("\"" + ref.etag() + "\""));
            return new ObjectContent(bytes.asByteArrayUnsafe(), bytes.response().versionId());
        } catch (S3Exception e) {
            throw new ScanSourceException(S3Errors.describe(e));
        } catch (SdkException e) {
            throw new ScanSourceException(e.getClass().getSimpleName());
        }
    }

    static String unquote(String etag) {
        return etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag == null ? "" : etag;
    }
}

package dev.veil.lambda;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link ResultStore} in an S3 bucket, written and presigned with the function's own role. Keys
 * are {@code prefix} plus 128 random bits, never derived from the source key (a key name can
 * itself be personal data, and a guessable key would let one caller fetch another's result).
 * The bucket's lifecycle rule removes results (the CDK app expires them after a day).
 * <p>
 * Encryption: with a KMS key id, each result is written with SSE-KMS under that key; without one
 * the bucket's default encryption applies (S3 encrypts every new object, SSE-S3 at least; the CDK
 * app's output bucket defaults to the stack's KMS key). Thread-safe.
 */
public final class S3ResultStore implements ResultStore {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final String kmsKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param prefix   the key prefix results go under (empty for the bucket's root)
     * @param kmsKeyId the KMS key for SSE-KMS, or null for the bucket's default encryption
     */
    public S3ResultStore(S3Client s3, S3Presigner presigner, String bucket, String prefix, String kmsKeyId) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId;
    }

    @Override
    public URI put(byte[] body, String contentType, Duration validity) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = prefix + HexFormat.of().formatHex(id);
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType(contentType == null ? "application/octet-stream" : contentType)
                .cacheControl("private, no-store");
        if (kmsKeyId != null) {
            put.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
        }
        s3.putObject(put.build(), RequestBody.fromBytes(body));
        return URI.create(presigner.presignGetObject(p -> p.signatureDuration(validity)
                .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
    }
}

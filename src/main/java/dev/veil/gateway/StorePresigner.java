package dev.veil.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigns the {@code inputS3Url} of an event against the embedded store, as S3 presigns it
 * against the supporting access point: valid for a short time, with {@code x-amz-checksum-mode}
 * signed when the caller asked for checksums (so the function must forward it).
 */
final class StorePresigner {
    private static final Duration VALIDITY = Duration.ofSeconds(61);

    private final S3Presigner presigner;
    private final EmbeddedStore store;
    private final String region;

    StorePresigner(EmbeddedStore store, String region) {
        this.store = store;
        this.region = region;
        this.presigner = S3Presigner.builder().endpointOverride(store.endpoint()).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(store.accessKey(), store.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
    }

    String get(String bucket, String key, String versionId, boolean checksum) {
        GetObjectRequest.Builder g = GetObjectRequest.builder().bucket(bucket).key(key).versionId(versionId);
        if (checksum) {
            g.checksumMode(ChecksumMode.ENABLED);
        }
        return presigner.presignGetObject(p -> p.signatureDuration(VALIDITY).getObjectRequest(g.build())).url().toString();
    }

    String head(String bucket, String key, String versionId) {
        return presigner.presignHeadObject(p -> p.signatureDuration(VALIDITY)
                .headObjectRequest(h -> h.bucket(bucket).key(key).versionId(versionId))).url().toString();
    }

    /** A presigned listing URL (the SDK presigner has none; its SigV4 signer presigns the GET). */
    String list(String bucket, Map<String, String> params) {
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET)
                .uri(URI.create(store.endpoint() + "/" + bucket + "/"));
        params.forEach(b::putRawQueryParameter);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(store.accessKey(), store.secretKey()))
                .request(b.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, VALIDITY)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        return signed.request().getUri().toString();
    }
}

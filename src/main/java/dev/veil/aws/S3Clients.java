package dev.veil.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * S3 clients for the CLI: credentials from the default chain (environment, profile, container,
 * instance), the region given or from the default chain (us-east-1 when none is configured), and
 * for a custom endpoint (S3Proxy, the local gateway, another S3-compatible store) path-style
 * addressing, which needs no DNS name per bucket.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /** A client; {@code endpoint} and {@code region} may be null. */
    public static S3Client create(URI endpoint, String region) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .region(region != null ? Region.of(region) : defaultRegion())
                .forcePathStyle(endpoint != null);
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        return b.build();
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1;
        }
    }
}

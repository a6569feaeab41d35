package dev.veil.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * The supporting S3 store of the local gateway and of the tests: S3Proxy on 127.0.0.1 (a free
 * port by default), in memory or over a folder, checking SigV4 and presigned URLs with one pair of
 * credentials.
 */
public final class EmbeddedStore implements AutoCloseable {
    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedStore(S3Proxy proxy, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /**
     * Starts a store.
     *
     * @param folder the folder that holds the buckets, or null to keep everything in memory
     * @param port   the port, or 0 for a free one
     */
    public static EmbeddedStore start(Path folder, int port, String accessKey, String secretKey) {
        Properties props = new Properties();
        String provider = "transient";
        if (folder != null) {
            provider = "filesystem";
            props.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(BlobStores.create(provider, props))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
            long waitUntil = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < waitUntil) {
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the embedded S3 store did not start: " + e.getMessage(), e);
        }
        return new EmbeddedStore(proxy, accessKey, secretKey);
    }

    /** In memory, on a free port. */
    public static EmbeddedStore inMemory(String accessKey, String secretKey) {
        return start(null, 0, accessKey, secretKey);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // stopping is best effort; the JVM may be ending
        }
    }
}

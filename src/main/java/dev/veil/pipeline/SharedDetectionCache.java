package dev.veil.pipeline;

import dev.veil.detect.Finding;
import dev.veil.policy.Policy;
import dev.veil.transform.KeyRing;
import dev.veil.transform.TokenKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared tier of the detection cache: the findings of an object version, kept in a store all
 * containers share, so that a read by another container with the same detection settings skips
 * detection (and Amazon Comprehend). The object is still fetched with the caller's own
 * authority and extracted on every read; only detection is skipped, and the answer is rewritten
 * from the cached spans. The container's {@link ResultCache} stays in front of it.
 * <p>
 * Entries are found by an HMAC (key derived from the function's key ring) of the bucket, key,
 * ETag, version id and the detection fingerprint (types, minimum score, allow-list, remote
 * detector on or off, detector version), so a store reader learns no object key. They hold spans
 * and types only, sealed by {@link SealedFindings}, and carry the digest of the texts they were
 * found in. Fails open to detection, never to the original: a store that fails or is slow, a key
 * that cannot be loaded, an entry that is expired, tampered, foreign or for other texts — each is
 * a miss, logged without values and counted, and detection runs as without the cache.
 * Thread-safe.
 */
public final class SharedDetectionCache {
    private static final Logger LOG = LoggerFactory.getLogger(SharedDetectionCache.class);
    static final String ID_PURPOSE = "shared-detection-cache/id";
    /** How far the clocks of two containers may disagree. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What one lookup or write did (for metrics). */
    public enum Outcome { HIT, MISS, REJECTED, READ_FAILED, STORED, WRITE_FAILED, UNAVAILABLE }

    /** Receives each outcome; implementations must not block. */
    @FunctionalInterface
    public interface Listener {
        void on(Outcome outcome);
    }

    /**
     * @param ttl             how long an entry may be used after it was written
     * @param readTimeout     the longest a lookup may take (less when the request's deadline is nearer)
     * @param writeTimeout    the longest a write may take
     * @param detectorVersion changes whenever detection may find something else in the same text
     */
    public record Settings(Duration ttl, Duration readTimeout, Duration writeTimeout, String detectorVersion) {
        public static final Duration DEFAULT_TTL = Duration.ofDays(1);

        public Settings {
            Objects.requireNonNull(detectorVersion, "detectorVersion");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("the shared cache TTL must be positive");
            }
        }

        /** One day, 300 ms reads, 300 ms writes. */
        public static Settings defaults(String detectorVersion) {
            return new Settings(DEFAULT_TTL, Duration.ofMillis(300), Duration.ofMillis(300), detectorVersion);
        }
    }

    private final SharedCacheStore store;
    private final Supplier<KeyRing> keys;
    private final Settings settings;
    private final Clock clock;
    private final Listener listener;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys the function's key ring (may return null: then the cache does nothing)
     */
    public SharedDetectionCache(SharedCacheStore store, Supplier<KeyRing> keys, Settings settings, Clock clock,
                                Listener listener) {
        this.store = store;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /** No shared tier. */
    public static SharedDetectionCache off() {
        return new SharedDetectionCache(null, () -> null, Settings.defaults("off"), Clock.systemUTC(), o -> { });
    }

    public boolean enabled() {
        return store != null;
    }

    /**
     * The memo for one object version read under {@code policy}: {@link DetectionMemo#NONE} when
     * the cache is off or the object has no ETag.
     *
     * @param remote whether a remote detector (Amazon Comprehend) takes part in detection
     */
    public DetectionMemo memo(ObjectRequest request, SourceObject object, Policy policy, boolean remote,
                              Deadline deadline) {
        String etag = object.header("etag");
        if (store == null || etag == null || etag.isBlank()) {
            return DetectionMemo.NONE;
        }
        String version = Optional.ofNullable(object.header("x-amz-version-id")).orElse("");
        List<String> parts = List.of("spans", request.bucket(), request.key(), etag, version, fingerprint(policy, remote));
        return (texts, detect) -> findings(parts, texts, detect, deadline);
    }

    /** The detection-relevant part of a policy, with the detector version and the remote detector. */
    String fingerprint(Policy policy, boolean remote) {
        TreeSet<String> types = new TreeSet<>();
        policy.entities().forEach(t -> types.add(t.name()));
        return String.join("\n", "types=" + String.join(",", types), "minScore=" + policy.minScore(),
                "allow=" + String.join("\u0000", policy.allowList()), "remote=" + remote,
                "detector=" + settings.detectorVersion());
    }

    private List<List<Finding>> findings(List<String> parts, List<String> texts,
                                         Supplier<List<List<Finding>>> detect, Deadline deadline) {
        KeyRing ring;
        try {
            ring = keys.get();
        } catch (RuntimeException e) {
            LOG.warn("shared detection cache: the key ring could not be loaded ({})", e.getClass().getSimpleName());
            listener.on(Outcome.UNAVAILABLE);
            return detect.get();
        }
        if (ring == null) {
            listener.on(Outcome.UNAVAILABLE);
            return detect.get();
        }
        String id = id(ring.primary(), parts);
        byte[] digest = SealedFindings.digest(texts);
        Optional<List<List<Finding>>> hit = lookup(id, ring, texts, digest, deadline);
        if (hit.isPresent()) {
            return hit.get();
        }
        List<List<Finding>> found = detect.get();
        write(id, ring.primary(), new SealedFindings.Contents(clock.instant().plus(settings.ttl()), digest, found),
                deadline);
        return found;
    }

    private Optional<List<List<Finding>>> lookup(String id, KeyRing ring, List<String> texts, byte[] digest,
                                                 Deadline deadline) {
        Optional<byte[]> entry;
        try {
            entry = store.get(id, bounded(settings.readTimeout(), deadline));
        } catch (RuntimeException e) {
            LOG.warn("shared detection cache: read failed ({}); detecting", e.getClass().getSimpleName());
            listener.on(Outcome.READ_FAILED);
            return Optional.empty();
        }
        if (entry.isEmpty()) {
            listener.on(Outcome.MISS);
            return Optional.empty();
        }
        try {
            SealedFindings.Contents c = SealedFindings.open(id, ring, entry.get());
            check(c, texts, digest);
            listener.on(Outcome.HIT);
            return Optional.of(c.findings());
        } catch (SealedFindings.Rejected e) {
            LOG.info("shared detection cache: entry ignored ({}); detecting", e.getMessage());
            listener.on(Outcome.REJECTED);
            return Optional.empty();
        }
    }

    /** An entry is used only while live and only for the very texts it was made from. */
    private void check(SealedFindings.Contents c, List<String> texts, byte[] digest) {
        Instant now = clock.instant();
        // an expiry further ahead than a fresh entry's was written under a longer TTL (or a far
        // skewed clock): not used, so that shortening the TTL takes effect at once
        if (!c.expiresAt().isAfter(now) || c.expiresAt().isAfter(now.plus(settings.ttl()).plus(CLOCK_SKEW))) {
            throw new SealedFindings.Rejected("expired");
        }
        if (!MessageDigest.isEqual(digest, c.textDigest()) || c.findings().size() != texts.size()) {
            throw new SealedFindings.Rejected("made from other texts");
        }
        for (int i = 0; i < texts.size(); i++) {
            for (Finding f : c.findings().get(i)) {
                if (f.end() > texts.get(i).length()) {
                    throw new SealedFindings.Rejected("a span outside its text");
                }
            }
        }
    }

    private void write(String id, TokenKey key, SealedFindings.Contents contents, Deadline deadline) {
        try {
            byte[] sealed = SealedFindings.seal(id, key, contents, random);
            if (sealed.length > store.maxEntryBytes()) {
                return;
            }
            store.put(id, sealed, contents.expiresAt(), bounded(settings.writeTimeout(), deadline));
            listener.on(Outcome.STORED);
        } catch (RuntimeException e) {
            LOG.warn("shared detection cache: write failed ({})", e.getClass().getSimpleName());
            listener.on(Outcome.WRITE_FAILED);
        }
    }

    /** The timeout, shortened to what is left of the request's time. */
    private static Duration bounded(Duration timeout, Deadline deadline) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new DeadlineExceededException("shared cache");
        }
        return left.compareTo(timeout) < 0 ? left : timeout;
    }

    /** The entry's id: HMAC-SHA-256 with a sub-key of the primary key, over length-prefixed parts. */
    static String id(TokenKey key, List<String> parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.derive(ID_PURPOSE), "HmacSHA256"));
            for (String p : parts) {
                byte[] b = p.getBytes(StandardCharsets.UTF_8);
                mac.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                mac.update(b);
            }
            return key.id() + "." + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}

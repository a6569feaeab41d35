package dev.veil.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers another {@link PrincipalTags}' answers for a while, per principal (the role, or the
 * IAM user in its account), so that a warm Lambda does not ask IAM on every request. Answers live
 * for {@code ttl}; at most {@code maxEntries} are kept (the least recently used goes first).
 * Failures are not cached: each one is a {@link TagLookupException} and the next call asks again.
 * Thread-safe; two callers missing the same principal at once may both ask the source.
 */
public final class CachedPrincipalTags implements PrincipalTags {
    private record Entry(Map<String, String> tags, Instant expiresAt) {
    }

    private final PrincipalTags source;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;

    public CachedPrincipalTags(PrincipalTags source, Duration ttl, int maxEntries, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.ttl = Objects.requireNonNull(ttl);
        this.clock = Objects.requireNonNull(clock);
        if (ttl.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("need ttl >= 0 and maxEntries >= 1");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** A cache holding answers for {@code ttlSeconds} seconds, for up to 10,000 principals. */
    public static CachedPrincipalTags of(PrincipalTags source, long ttlSeconds) {
        return new CachedPrincipalTags(source, Duration.ofSeconds(ttlSeconds), 10_000, Clock.systemUTC());
    }

    @Override
    public Map<String, String> tagsOf(Caller caller) {
        Optional<String> key = keyOf(caller);
        if (key.isEmpty()) {
            return lookUp(caller);
        }
        Instant now = clock.instant();
        synchronized (entries) {
            Entry hit = entries.get(key.get());
            if (hit != null && now.isBefore(hit.expiresAt())) {
                return hit.tags();
            }
        }
        Map<String, String> tags = lookUp(caller);
        synchronized (entries) {
            entries.put(key.get(), new Entry(tags, now.plus(ttl)));
        }
        return tags;
    }

    private Map<String, String> lookUp(Caller caller) {
        try {
            return Map.copyOf(source.tagsOf(caller));
        } catch (TagLookupException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TagLookupException("principal tag lookup failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The principal whose tags apply: the role, else the user within its account. */
    private static Optional<String> keyOf(Caller caller) {
        Optional<String> role = caller.roleArn();
        if (role.isPresent()) {
            return Optional.of("role " + role.get());
        }
        return caller.iamUserName().map(user -> "user " + caller.accountId() + " " + user);
    }
}

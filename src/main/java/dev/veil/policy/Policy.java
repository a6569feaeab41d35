package dev.veil.policy;

import dev.veil.detect.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An access point's policy, parsed from its payload by {@link PolicyParser}: who gets which
 * {@link Mode}, what counts as personal data, how it is replaced, and the limits.
 *
 * @param defaultMode    the mode when no caller rule matches; empty means deny
 * @param entities       the types looked for; empty means every type
 * @param minScore       the lowest score reported
 * @param allowList      values never reported (exact, case-sensitive)
 * @param style          how redact mode replaces values
 * @param tokenMethod    how tokenise mode replaces values
 * @param unsupported    what happens to objects Veil cannot inspect
 * @param maxObjectBytes the largest object inspected; larger ones are refused
 * @param callers        first-match caller rules
 * @param fingerprint    a digest of the normalised payload (cache keys, audit records)
 * @param reads          read authorisation for fronts that read with their own role (function URL);
 *                       empty allows no read there
 * @param maxStreamBytes the largest text-like object (plain text, CSV/TSV, JSON Lines) inspected as
 *                       a stream, a window at a time; such objects may exceed {@code maxObjectBytes}
 */
public record Policy(Optional<Mode> defaultMode, Set<EntityType> entities, double minScore, List<String> allowList,
                     RedactStyle style, TokenMethod tokenMethod, Unsupported unsupported, long maxObjectBytes,
                     List<CallerRule> callers, String fingerprint, List<ReadRule> reads, long maxStreamBytes) {
    /** Objects above this size are refused unless the payload says otherwise (50 MiB). */
    public static final long DEFAULT_MAX_OBJECT_BYTES = 50L * 1024 * 1024;
    /** Streamed text-like objects above this size are refused unless the payload says otherwise (5 GiB). */
    public static final long DEFAULT_MAX_STREAM_BYTES = 5L * 1024 * 1024 * 1024;

    public Policy {
        entities = Set.copyOf(entities);
        allowList = List.copyOf(allowList);
        callers = List.copyOf(callers);
        reads = List.copyOf(reads);
    }

    /** A policy with the default stream limit. */
    public Policy(Optional<Mode> defaultMode, Set<EntityType> entities, double minScore, List<String> allowList,
                  RedactStyle style, TokenMethod tokenMethod, Unsupported unsupported, long maxObjectBytes,
                  List<CallerRule> callers, String fingerprint, List<ReadRule> reads) {
        this(defaultMode, entities, minScore, allowList, style, tokenMethod, unsupported, maxObjectBytes, callers,
                fingerprint, reads, DEFAULT_MAX_STREAM_BYTES);
    }

    /** A policy without read rules (the Object Lambda front, where S3 authorises reads). */
    public Policy(Optional<Mode> defaultMode, Set<EntityType> entities, double minScore, List<String> allowList,
                  RedactStyle style, TokenMethod tokenMethod, Unsupported unsupported, long maxObjectBytes,
                  List<CallerRule> callers, String fingerprint) {
        this(defaultMode, entities, minScore, allowList, style, tokenMethod, unsupported, maxObjectBytes, callers,
                fingerprint, List.of());
    }

    /**
     * The read rule that lets {@code caller} read {@code key} in {@code bucket} ({@code read[2]}),
     * or empty when none does: deny by default. Used only by fronts that read S3 with their own
     * role; the Object Lambda front gets read authorisation from S3 through the caller-signed URL.
     */
    public Optional<String> readRule(Caller caller, String bucket, String key) {
        for (int i = 0; i < reads.size(); i++) {
            if (reads.get(i).allows(caller, bucket, key)) {
                return Optional.of("read[" + i + "]");
            }
        }
        return Optional.empty();
    }

    /** How redact mode writes a value: a type label ({@code [NAME]}) or one mask character per character. */
    public enum RedactStyle { LABEL, MASK }

    /** How tokenise mode writes a value: keyed one-way tokens, or FF3-1 (reversible with the key). */
    public enum TokenMethod { HMAC, FPE }

    /** The decision for one caller and the rule that made it ({@code callers[2]}, {@code default}, {@code no-match}). */
    public record Decision(Mode mode, String rule) {
    }

    /** Whether any rule needs the caller's IAM tags. */
    public boolean needsTags() {
        return callers.stream().anyMatch(CallerRule::needsTags);
    }

    /**
     * The mode for {@code caller}: the first matching rule, else the default, else deny. Tags are
     * looked up at most once, and only when a tag rule is reached.
     *
     * @throws TagLookupException when a tag rule is reached and the tags cannot be read
     */
    public Decision decide(Caller caller, PrincipalTags tags) {
        Supplier<Map<String, String>> lazyTags = new Supplier<>() {
            private Map<String, String> loaded;

            @Override
            public Map<String, String> get() {
                if (loaded == null) {
                    loaded = tags.tagsOf(caller);
                }
                return loaded;
            }
        };
        for (int i = 0; i < callers.size(); i++) {
            Optional<Mode> m = callers.get(i).match(caller, lazyTags);
            if (m.isPresent()) {
                return new Decision(m.get(), "callers[" + i + "]");
            }
        }
        return defaultMode.map(m -> new Decision(m, "default")).orElse(new Decision(Mode.DENY, "no-match"));
    }
}

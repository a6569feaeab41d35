package dev.veil.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.detect.EntityType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses an access point payload (DESIGN.md contract) strictly: unknown keys, wrong types and
 * out-of-range values are a {@link PolicyException} naming the key. An empty or blank payload is
 * the empty policy, which denies everyone.
 */
public final class PolicyParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("mode", "entities", "minScore", "allowList", "style", "tokenMethod",
            "unsupported", "maxObjectBytes", "maxStreamBytes", "callers", "read");
    private static final Set<String> RULE = Set.of("principal", "account", "tag", "value", "mode");
    private static final Set<String> READ_RULE = Set.of("principal", "account", "buckets", "prefixes");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** Payloads are small configuration; a bigger one is a mistake. */
    private static final int MAX_PAYLOAD_CHARS = 64 * 1024;

    private PolicyParser() {
    }

    public static Policy parse(String payload) {
        if (payload == null || payload.isBlank()) {
            return build(JSON.createObjectNode());
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new PolicyException("payload: longer than " + MAX_PAYLOAD_CHARS + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PolicyException("payload: not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("payload: must be a JSON object");
        }
        return build((ObjectNode) root);
    }

    private static Policy build(ObjectNode root) {
        checkKeys(root, TOP, "payload");
        Optional<Mode> mode = root.has("mode") ? Optional.of(mode(text(root, "mode"), "mode")) : Optional.empty();
        Set<EntityType> entities = EnumSet.noneOf(EntityType.class);
        for (String t : strings(root, "entities")) {
            try {
                entities.add(EntityType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new PolicyException("entities: unknown entity type '" + t + "'");
            }
        }
        double minScore = 0.5;
        if (root.has("minScore")) {
            JsonNode n = root.get("minScore");
            if (!n.isNumber() || n.asDouble() < 0 || n.asDouble() > 1) {
                throw new PolicyException("minScore: must be a number from 0 to 1");
            }
            minScore = n.asDouble();
        }
        Policy.RedactStyle style = root.has("style")
                ? choice(text(root, "style"), Policy.RedactStyle.class, "style") : Policy.RedactStyle.LABEL;
        Policy.TokenMethod method = root.has("tokenMethod")
                ? choice(text(root, "tokenMethod"), Policy.TokenMethod.class, "tokenMethod") : Policy.TokenMethod.HMAC;
        Unsupported unsupported = Unsupported.DENY;
        if (root.has("unsupported")) {
            try {
                unsupported = Unsupported.parse(text(root, "unsupported"));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(e.getMessage());
            }
        }
        long max = size(root, "maxObjectBytes", Policy.DEFAULT_MAX_OBJECT_BYTES);
        long maxStream = size(root, "maxStreamBytes", Policy.DEFAULT_MAX_STREAM_BYTES);
        List<CallerRule> rules = new ArrayList<>();
        JsonNode callers = root.get("callers");
        if (callers != null) {
            if (!callers.isArray()) {
                throw new PolicyException("callers: must be an array of rules");
            }
            for (int i = 0; i < callers.size(); i++) {
                rules.add(rule(callers.get(i), "callers[" + i + "]"));
            }
        }
        List<ReadRule> reads = new ArrayList<>();
        JsonNode read = root.get("read");
        if (read != null) {
            if (!read.isArray()) {
                throw new PolicyException("read: must be an array of rules");
            }
            for (int i = 0; i < read.size(); i++) {
                reads.add(readRule(read.get(i), "read[" + i + "]"));
            }
        }
        return new Policy(mode, entities, minScore, strings(root, "allowList"), style, method, unsupported, max, rules,
                fingerprint(root), reads, maxStream);
    }

    /** A positive whole number of bytes, or {@code fallback} when the key is absent. */
    private static long size(JsonNode root, String key, long fallback) {
        if (!root.has(key)) {
            return fallback;
        }
        JsonNode n = root.get(key);
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 1) {
            throw new PolicyException(key + ": must be a positive whole number");
        }
        return n.asLong();
    }

    private static ReadRule readRule(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new PolicyException(where + ": must be an object");
        }
        checkKeys(n, READ_RULE, where);
        String principal = optText(n, "principal", where);
        if (principal != null && !principal.startsWith("arn:")) {
            throw new PolicyException(where + ".principal: must be an ARN or ARN glob (arn:...)");
        }
        String account = optText(n, "account", where);
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            throw new PolicyException(where + ".account: must be a 12-digit account id");
        }
        if (!n.has("buckets")) {
            throw new PolicyException(where + ".buckets: required (bucket names, or [\"*\"] for every bucket)");
        }
        List<String> buckets = nonEmptyStrings(n, "buckets", where);
        for (String b : buckets) {
            if (!b.equals(ReadRule.ANY_BUCKET) && !BUCKET.matcher(b).matches()) {
                throw new PolicyException(where + ".buckets: '" + b + "' is not a bucket name or \"*\"");
            }
        }
        List<String> prefixes = n.has("prefixes") ? nonEmptyStrings(n, "prefixes", where) : List.of();
        for (String p : prefixes) {
            if (p.contains("*") || p.contains("?")) {
                // Prefixes are literal: a '*' that looked like a wildcard would match nothing, or too much.
                throw new PolicyException(where + ".prefixes: literal key prefixes only, no wildcards"
                        + " (leave prefixes out for every key)");
            }
        }
        try {
            return new ReadRule(principal, account, buckets, prefixes);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + ": " + e.getMessage());
        }
    }

    private static List<String> nonEmptyStrings(JsonNode rule, String key, String where) {
        JsonNode n = rule.get(key);
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw new PolicyException(where + "." + key + ": must be a non-empty array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isTextual() || x.asText().isEmpty()) {
                throw new PolicyException(where + "." + key + ": must be a non-empty array of strings");
            }
            out.add(x.asText());
        }
        return out;
    }

    private static CallerRule rule(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new PolicyException(where + ": must be an object");
        }
        checkKeys(n, RULE, where);
        String account = optText(n, "account", where);
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            throw new PolicyException(where + ".account: must be a 12-digit account id");
        }
        String principal = optText(n, "principal", where);
        if (principal != null && !principal.startsWith("arn:")) {
            throw new PolicyException(where + ".principal: must be an ARN or ARN glob (arn:...)");
        }
        String modeText = optText(n, "mode", where);
        try {
            return new CallerRule(principal, account, optText(n, "tag", where), optText(n, "value", where),
                    modeText == null ? null : mode(modeText, where + ".mode"));
        } catch (PolicyException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + ": " + e.getMessage());
        }
    }

    private static Mode mode(String s, String where) {
        try {
            return Mode.parse(s);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + ": " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(String s, Class<E> type, String where) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new PolicyException(where + ": must be one of " + String.join(", ", names));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (!v.isTextual()) {
            throw new PolicyException(key + ": must be a string");
        }
        return v.asText();
    }

    private static String optText(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new PolicyException(where + "." + key + ": must be a non-empty string");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode root, String key) {
        JsonNode n = root.get(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw new PolicyException(key + ": must be an array of strings");
        }
        for (JsonNode x : n) {
            if (!x.isTextual()) {
                throw new PolicyException(key + ": must be an array of strings");
            }
            out.add(x.asText());
        }
        return out;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new PolicyException(where + ": unknown key '" + k + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    /** SHA-256 over the payload with keys sorted, so formatting and key order do not change it. */
    private static String fingerprint(JsonNode root) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(sorted(root));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sorted(JsonNode n) {
        if (n.isObject()) {
            TreeMap<String, Object> m = new TreeMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), sorted(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(sorted(x)));
            return l;
        }
        return n;
    }

}

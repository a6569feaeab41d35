package dev.veil.cdk;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One group of readers: its own Object Lambda access point, with its own payload, usable only by
 * the principals named here.
 *
 * @param name       short name; the access point is called {@code <prefix>-<name>}
 * @param mode       {@code pass}, {@code redact}, {@code tokenise} or {@code deny}
 * @param principals IAM role or user ARNs allowed to read through this audience; a {@code *} in the
 *                   name part is a glob ({@code arn:aws:iam::123456789012:role/analyst*})
 * @param payload    further access-point payload keys ({@code entities}, {@code minScore},
 *                   {@code style}, {@code unsupported}, {@code maxObjectBytes}, {@code callers})
 */
public record Audience(String name, String mode, List<String> principals, Map<String, Object> payload) {
    /** The modes of DESIGN.md. */
    public static final Set<String> MODES = Set.of("pass", "redact", "tokenise", "deny");
    /** Payload keys an audience may add to its mode (the payload parser rejects any other key). */
    public static final Set<String> PAYLOAD_KEYS =
            Set.of("entities", "minScore", "style", "unsupported", "maxObjectBytes", "callers");

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?");
    /** Account id and the role/user part; the account must be literal so it can be a principal. */
    private static final Pattern PRINCIPAL = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:iam::(\\d{12}):(?:role|user)/[\\w+=,.@/*-]{1,512}");

    public Audience {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConfigException("audience name \"" + name
                    + "\": use 1-30 lower-case letters, digits and inner hyphens");
        }
        if (!MODES.contains(mode)) {
            throw new ConfigException("audience " + name + ": mode must be one of " + new TreeSet<>(MODES));
        }
        if (principals == null || principals.isEmpty()) {
            throw new ConfigException("audience " + name + ": name at least one principal ARN");
        }
        for (String p : principals) {
            if (p == null || !PRINCIPAL.matcher(p).matches()) {
                throw new ConfigException("audience " + name + ": \"" + p
                        + "\" is not an IAM role or user ARN with a literal account id");
            }
        }
        payload = payload == null ? Map.of() : Map.copyOf(payload);
        for (String key : payload.keySet()) {
            if (!PAYLOAD_KEYS.contains(key)) {
                throw new ConfigException("audience " + name + ": unknown payload key \"" + key
                        + "\" (allowed: " + new TreeSet<>(PAYLOAD_KEYS) + "; mode is set on the audience)");
            }
        }
        principals = List.copyOf(principals);
    }

    /** The twelve-digit account of a principal ARN accepted by this record. */
    public static String accountOf(String principalArn) {
        var m = PRINCIPAL.matcher(principalArn);
        if (!m.matches()) {
            throw new ConfigException("not a principal ARN: " + principalArn);
        }
        return m.group(1);
    }

    /** The accounts of all principals, sorted (resource policies name these accounts). */
    public Set<String> accounts() {
        Set<String> out = new TreeSet<>();
        principals.forEach(p -> out.add(accountOf(p)));
        return out;
    }

    /** Whether a caller rule reads IAM tags, so the function needs iam:List*Tags. */
    public boolean usesTagRules() {
        Object callers = payload.get("callers");
        return callers instanceof List<?> list
                && list.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("tag"));
    }
}

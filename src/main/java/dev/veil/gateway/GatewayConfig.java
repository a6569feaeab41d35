package dev.veil.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The local gateway's configuration (JSON): the region, the access points (alias, supporting
 * bucket, payload), the identities (access key, secret, and who they are) and, optionally, the
 * function-URL front under {@code /fn/}. Parsed strictly: unknown keys and invalid payloads are
 * errors naming the place.
 */
public record GatewayConfig(String region, List<AccessPoint> accessPoints, List<Identity> identities,
                            FunctionUrl functionUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}--ol-s3");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /**
     * An emulated Object Lambda access point.
     *
     * @param name    the access point's name (in its ARN)
     * @param alias   what clients put where a bucket name goes; ends in {@code --ol-s3}
     * @param bucket  the bucket of the embedded store behind it
     * @param payload the payload JSON (the policy), as a string
     */
    public record AccessPoint(String name, String alias, String bucket, String payload) {
        public String arn(String region, String account) {
            return "arn:aws:s3-object-lambda:" + region + ":" + account + ":accesspoint/" + name;
        }
    }

    /**
     * The function-URL front of the gateway ({@code /fn/{bucket}/{key}}).
     *
     * @param payload      the policy ({@code VEIL_POLICY} of the deployed function), with {@code read} rules
     * @param outputBucket the store bucket large results go to (created when missing)
     */
    public record FunctionUrl(String payload, String outputBucket) {
    }

    /** A configuration without the function-URL front. */
    public GatewayConfig(String region, List<AccessPoint> accessPoints, List<Identity> identities) {
        this(region, accessPoints, identities, null);
    }

    /** A caller the gateway knows, by access key; becomes the event's {@code userIdentity}. */
    public record Identity(String accessKeyId, String secretAccessKey, String type, String arn, String accountId,
                           String userName, Map<String, String> tags) {
        public Identity {
            tags = Map.copyOf(tags);
        }

        public Caller caller() {
            return new Caller(type, arn, accountId, "AIDA" + accessKeyId.toUpperCase(java.util.Locale.ROOT), accessKeyId,
                    userName, "", "");
        }
    }

    public Optional<AccessPoint> accessPoint(String alias) {
        return accessPoints.stream().filter(a -> a.alias().equals(alias)).findFirst();
    }

    public Optional<Identity> identity(String accessKeyId) {
        return identities.stream().filter(i -> i.accessKeyId().equals(accessKeyId)).findFirst();
    }

    /** The buckets behind the access points. */
    public Set<String> buckets() {
        Set<String> b = new TreeSet<>();
        accessPoints.forEach(a -> b.add(a.bucket()));
        return b;
    }

    public static GatewayConfig load(Path file) {
        try {
            return parse(JSON.readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON");
        }
    }

    public static GatewayConfig parse(JsonNode root, String where) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": must be a JSON object");
        }
        keys(root, Set.of("region", "accessPoints", "identities", "functionUrl"), where);
        String region = root.path("region").asText("us-east-1");
        List<AccessPoint> aps = new ArrayList<>();
        for (JsonNode a : array(root, "accessPoints", where)) {
            String at = where + ": accessPoints[" + aps.size() + "]";
            keys(a, Set.of("name", "alias", "bucket", "payload"), at);
            String alias = text(a, "alias", at);
            if (!ALIAS.matcher(alias).matches()) {
                throw new IllegalArgumentException(at + ".alias: must be lower-case letters, digits and '-', ending in --ol-s3");
            }
            String bucket = text(a, "bucket", at);
            if (!BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException(at + ".bucket: not a valid bucket name");
            }
            JsonNode payload = a.get("payload");
            String payloadText = payload == null ? "" : payload.isTextual() ? payload.asText() : payload.toString();
            try {
                PolicyParser.parse(payloadText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ".payload: " + e.getMessage());
            }
            String name = a.has("name") ? text(a, "name", at) : alias.substring(0, alias.length() - "--ol-s3".length());
            aps.add(new AccessPoint(name, alias, bucket, payloadText));
        }
        List<Identity> ids = new ArrayList<>();
        for (JsonNode i : array(root, "identities", where)) {
            String at = where + ": identities[" + ids.size() + "]";
            keys(i, Set.of("accessKeyId", "secretAccessKey", "type", "arn", "accountId", "userName", "tags"), at);
            Map<String, String> tags = new LinkedHashMap<>();
            i.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
            String arn = text(i, "arn", at);
            String account = i.has("accountId") ? text(i, "accountId", at) : arn.split(":").length > 4 ? arn.split(":")[4] : "";
            ids.add(new Identity(text(i, "accessKeyId", at), text(i, "secretAccessKey", at),
                    i.path("type").asText("IAMUser"), arn, account, i.path("userName").asText(""), tags));
        }
        if (aps.isEmpty() || ids.isEmpty()) {
            throw new IllegalArgumentException(where + ": needs at least one access point and one identity");
        }
        return new GatewayConfig(region, aps, ids, root.has("functionUrl") ? functionUrl(root.get("functionUrl"), where) : null);
    }

    private static FunctionUrl functionUrl(JsonNode f, String where) {
        String at = where + ": functionUrl";
        keys(f, Set.of("payload", "outputBucket"), at);
        JsonNode payload = f.get("payload");
        String payloadText = payload == null ? "" : payload.isTextual() ? payload.asText() : payload.toString();
        try {
            PolicyParser.parse(payloadText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".payload: " + e.getMessage());
        }
        String bucket = f.has("outputBucket") ? text(f, "outputBucket", at) : "veil-results";
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException(at + ".outputBucket: not a valid bucket name");
        }
        return new FunctionUrl(payloadText, bucket);
    }

    private static Iterable<JsonNode> array(JsonNode root, String key, String where) {
        JsonNode n = root.get(key);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + ": " + key + " must be an array");
        }
        return n;
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + key + ": must be a non-empty string");
        }
        return v.asText();
    }

    private static void keys(JsonNode n, Set<String> allowed, String where) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "'");
            }
        }
    }

    /**
     * Veil's demo: one access point, four identities whose IAM tag {@code pii-access} picks their mode,
     * and the function-URL front with the same rules, reading bucket {@code veil-demo} for the account.
     */
    public static GatewayConfig demo() {
        String account = "111122223333";
        List<Identity> ids = new ArrayList<>();
        Map<String, String> access = new LinkedHashMap<>();
        access.put("admin", "full");
        access.put("analyst", "tokenised");
        access.put("support", "redacted");
        access.put("partner", "none");
        access.forEach((name, value) -> ids.add(new Identity(name, name + "-secret", "IAMUser",
                "arn:aws:iam::" + account + ":user/" + name, account, name, Map.of("pii-access", value))));
        AccessPoint ap = new AccessPoint("veil-demo", "veil-demo-8kq3x7m2c4--ol-s3", "veil-demo",
                "{\"callers\":[{\"tag\":\"pii-access\"}],\"mode\":\"deny\"}");
        FunctionUrl fn = new FunctionUrl("{\"callers\":[{\"tag\":\"pii-access\"}],\"mode\":\"deny\","
                + "\"read\":[{\"account\":\"" + account + "\",\"buckets\":[\"veil-demo\"]}]}", "veil-results");
        return new GatewayConfig("us-east-1", List.of(ap), ids, fn);
    }
}

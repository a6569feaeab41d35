package dev.veil.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of DynamoDB for the token vault: PutItem (with the condition expressions the vault
 * uses: attribute_not_exists and number comparisons joined by OR) and GetItem, one partition key.
 * Like DynamoDB, it does not delete expired items at once: TTL deletion is left to {@link #expire}.
 */
final class FakeDynamoDb implements AwsJsonServer.Handler {
    static final String CONDITION_FAILED = "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException";
    private static final Pattern NOT_EXISTS = Pattern.compile("attribute_not_exists\\((#?\\w+)\\)");
    private static final Pattern COMPARE = Pattern.compile("(#?\\w+) (<=|<|>=|>|=) (:\\w+)");

    private final String keyName;
    final Map<String, ObjectNode> items = new ConcurrentHashMap<>();

    FakeDynamoDb(String keyName) {
        this.keyName = keyName;
    }

    @Override
    public synchronized AwsJsonServer.Reply handle(String operation, JsonNode body) {
        return switch (operation) {
            case "PutItem" -> put(body);
            case "GetItem" -> get(body);
            default -> AwsJsonServer.Reply.error("UnknownOperationException", operation);
        };
    }

    private AwsJsonServer.Reply put(JsonNode body) {
        ObjectNode item = (ObjectNode) body.get("Item");
        String key = body.path("TableName").asText() + "/" + item.path(keyName).path("S").asText();
        ObjectNode existing = items.get(key);
        if (body.has("ConditionExpression") && !holds(body, existing)) {
            return AwsJsonServer.Reply.error(CONDITION_FAILED, "The conditional request failed");
        }
        items.put(key, item);
        return AwsJsonServer.Reply.ok("{}");
    }

    private AwsJsonServer.Reply get(JsonNode body) {
        String key = body.path("TableName").asText() + "/" + body.path("Key").path(keyName).path("S").asText();
        ObjectNode item = items.get(key);
        if (item == null) {
            return AwsJsonServer.Reply.ok("{}");
        }
        ObjectNode reply = AwsJsonServer.JSON.createObjectNode();
        reply.set("Item", item);
        return AwsJsonServer.Reply.ok(reply.toString());
    }

    /** Deletes items whose TTL attribute is at or before {@code epochSecond} (what DynamoDB does, later). */
    void expire(String ttlAttribute, long epochSecond) {
        items.values().removeIf(i -> i.path(ttlAttribute).path("N").asLong() <= epochSecond);
    }

    private static boolean holds(JsonNode body, ObjectNode item) {
        JsonNode names = body.path("ExpressionAttributeNames");
        JsonNode values = body.path("ExpressionAttributeValues");
        for (String term : body.get("ConditionExpression").asText().split(" OR ")) {
            Matcher m = NOT_EXISTS.matcher(term.trim());
            if (m.matches()) {
                if (item == null || !item.has(name(names, m.group(1)))) {
                    return true;
                }
                continue;
            }
            m = COMPARE.matcher(term.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("unsupported condition: " + term);
            }
            if (item == null || !item.has(name(names, m.group(1)))) {
                continue;
            }
            long left = item.get(name(names, m.group(1))).path("N").asLong();
            long right = values.path(m.group(3)).path("N").asLong();
            boolean ok = switch (m.group(2)) {
                case "<=" -> left <= right;
                case "<" -> left < right;
                case ">=" -> left >= right;
                case ">" -> left > right;
                default -> left == right;
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static String name(JsonNode names, String token) {
        return token.startsWith("#") ? names.path(token).asText() : token;
    }
}

package dev.veil.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.detect.Offsets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Amazon Comprehend's PII operations for the detector: DetectPiiEntities finds
 * e-mail addresses at example.com/org, a few made-up full names (only with a single space between
 * the words) and a token of a type Veil does not know; ContainsPiiEntities reports their labels.
 * Offsets are code points, as the service's are. Like the service, it rejects empty text, text
 * over 100,000 UTF-8 bytes and unpaired surrogates. Replies can be scripted to throttle or fail.
 */
final class FakeComprehend implements AwsJsonServer.Handler {
    static final Pattern EMAIL = Pattern.compile("\\b[a-z0-9.]{1,40}@example\\.(?:com|org)\\b");
    static final Pattern NAME = Pattern.compile("\\b(?:Alice|Bob|Carol) (?:Example|Sample)\\b");
    static final Pattern UNKNOWN = Pattern.compile("\\bQX-\\d{4}\\b");
    static final String UNKNOWN_TYPE = "HYPOTHETICAL_FUTURE_TYPE";

    /** The texts of answered (not scripted) requests, per operation. */
    final List<String> detectTexts = new CopyOnWriteArrayList<>();
    final List<String> containsTexts = new CopyOnWriteArrayList<>();
    private final Deque<AwsJsonServer.Reply> scripted = new ArrayDeque<>();
    private AwsJsonServer.Reply always;
    private volatile long delayMillis;

    static AwsJsonServer.Reply throttling(String code) {
        return AwsJsonServer.Reply.error(code, "Rate exceeded");
    }

    static AwsJsonServer.Reply internalError() {
        return new AwsJsonServer.Reply(500, AwsJsonServer.JSON.createObjectNode()
                .put("__type", "InternalServerException").put("message", "internal error").toString());
    }

    /** The next requests get these replies, in order. */
    synchronized void script(AwsJsonServer.Reply... replies) {
        scripted.addAll(List.of(replies));
    }

    /** Every request gets this reply. */
    synchronized void always(AwsJsonServer.Reply reply) {
        always = reply;
    }

    /** Every request is answered this late. */
    void delay(long millis) {
        delayMillis = millis;
    }

    @Override
    public synchronized AwsJsonServer.Reply handle(String operation, JsonNode body) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (always != null) {
            return always;
        }
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        String text = body.path("Text").asText();
        String language = body.path("LanguageCode").asText();
        if (text.isEmpty() || language.isEmpty()) {
            return AwsJsonServer.Reply.error("InvalidRequestException", "Text and LanguageCode are required");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > ComprehendSettings.SERVICE_MAX_BYTES || hasLoneSurrogate(text)) {
            return AwsJsonServer.Reply.error("TextSizeLimitExceededException", "Input text size exceeds limit");
        }
        return switch (operation) {
            case "DetectPiiEntities" -> {
                detectTexts.add(text);
                yield AwsJsonServer.Reply.ok(detect(text).toString());
            }
            case "ContainsPiiEntities" -> {
                if (!language.equals("en")) {
                    yield AwsJsonServer.Reply.error("UnsupportedLanguageException", "en only");
                }
                containsTexts.add(text);
                yield AwsJsonServer.Reply.ok(contains(text).toString());
            }
            default -> AwsJsonServer.Reply.error("UnknownOperationException", operation);
        };
    }

    private static ObjectNode detect(String text) {
        ObjectNode reply = AwsJsonServer.JSON.createObjectNode();
        ArrayNode entities = reply.putArray("Entities");
        add(entities, text, EMAIL, "EMAIL", 0.9991);
        add(entities, text, NAME, "NAME", 0.93);
        add(entities, text, UNKNOWN, UNKNOWN_TYPE, 0.8);
        return reply;
    }

    private static void add(ArrayNode entities, String text, Pattern pattern, String type, double score) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            entities.addObject().put("Score", score).put("Type", type)
                    .put("BeginOffset", Offsets.toCodePoint(text, m.start()))
                    .put("EndOffset", Offsets.toCodePoint(text, m.end()));
        }
    }

    private static ObjectNode contains(String text) {
        ObjectNode reply = AwsJsonServer.JSON.createObjectNode();
        ArrayNode labels = reply.putArray("Labels");
        if (EMAIL.matcher(text).find()) {
            labels.addObject().put("Name", "EMAIL").put("Score", 0.99);
        }
        if (NAME.matcher(text).find()) {
            labels.addObject().put("Name", "NAME").put("Score", 0.9);
        }
        if (UNKNOWN.matcher(text).find()) {
            labels.addObject().put("Name", UNKNOWN_TYPE).put("Score", 0.9);
        }
        return reply;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}

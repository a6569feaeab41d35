package dev.veil.lambda;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The bucket and key a function-URL path {@code /{bucket}/{key}} names. The path is split on its
 * first raw {@code /} and only then percent-decoded, once: an encoded slash ({@code %2F}) in the
 * bucket part cannot move the boundary, and in the key it is a slash, as S3 reads it. The key is
 * never normalised; keys with {@code .} or {@code ..} segments are refused outright, because an
 * HTTP layer between Veil and S3 could resolve them into another prefix than the one authorised.
 */
public record ObjectAddress(String bucket, String key) {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /** A path Veil will not serve; the message is safe to show the caller (no key). */
    public static final class InvalidPathException extends RuntimeException {
        InvalidPathException(String message) {
            super(message);
        }
    }

    /** @throws InvalidPathException for a path that does not name one object */
    public static ObjectAddress parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new InvalidPathException("the path must be /{bucket}/{key}");
        }
        String rest = rawPath.substring(1);
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new InvalidPathException("the path must be /{bucket}/{key}; listing is not offered");
        }
        String bucket = decode(rest.substring(0, slash));
        String key = decode(rest.substring(slash + 1));
        if (!BUCKET.matcher(bucket).matches()) {
            throw new InvalidPathException("the bucket name is not valid");
        }
        if (key.isEmpty() || key.length() > 1024 || key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidPathException("the key is empty, too long, or holds control characters");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new InvalidPathException("keys with . or .. path segments are not served by this front");
            }
        }
        return new ObjectAddress(bucket, key);
    }

    private static String decode(String s) {
        try {
            // '+' is a plus sign in a path, not a space.
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPathException("the path is not valid percent-encoding");
        }
    }
}

package dev.veil.pipeline;

/**
 * S3 answered the fetch with an error (its status and code go to the caller unchanged), or the
 * fetch itself failed. The message never holds a URL.
 */
public final class SourceException extends RuntimeException {
    private final int status;
    private final String code;

    public SourceException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** 400 {@code EntityTooLarge}: the object is over the {@code maxBytes} this access point inspects. */
    public static SourceException tooLarge(long maxBytes) {
        return new SourceException(400, "EntityTooLarge", tooLargeMessage(maxBytes));
    }

    /** The reason given with {@code EntityTooLarge}: the limit, never the object's content. */
    public static String tooLargeMessage(long maxBytes) {
        return "the object is larger than this access point inspects (" + maxBytes + " bytes)";
    }
}

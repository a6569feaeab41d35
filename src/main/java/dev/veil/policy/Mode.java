package dev.veil.policy;

import java.util.Locale;
import java.util.Optional;

/** What a caller gets: the original, a redacted or tokenised copy, or 403 when the object holds personal data. */
public enum Mode {
    PASS, REDACT, TOKENISE, DENY;

    /** The payload spelling: {@code pass}, {@code redact}, {@code tokenise} ({@code tokenize} accepted), {@code deny}. */
    public static Mode parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "pass" -> PASS;
            case "redact" -> REDACT;
            case "tokenise", "tokenize" -> TOKENISE;
            case "deny" -> DENY;
            default -> throw new IllegalArgumentException("mode must be pass, redact, tokenise or deny");
        };
    }

    /**
     * The mode an IAM principal tag value grants: {@code full} → pass, {@code tokenised} → tokenise,
     * {@code redacted} → redact, {@code none} → deny; anything else is no grant.
     */
    public static Optional<Mode> fromTagValue(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "full" -> Optional.of(PASS);
            case "tokenised", "tokenized" -> Optional.of(TOKENISE);
            case "redacted" -> Optional.of(REDACT);
            case "none" -> Optional.of(DENY);
            default -> Optional.empty();
        };
    }

    /** The payload spelling of this mode. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

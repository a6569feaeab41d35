package dev.veil.policy;

import java.util.Locale;

/**
 * What happens to an object Veil cannot inspect (unknown or legacy formats, encrypted documents)
 * for a caller whose mode needs inspection: refuse it (the default), or pass the original (the
 * operator accepts the risk for that access point).
 */
public enum Unsupported {
    DENY, PASS;

    public static Unsupported parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "deny" -> DENY;
            case "pass" -> PASS;
            case "text" -> throw new IllegalArgumentException(
                    "unsupported: 'text' (extracted text of legacy formats) is not available yet; use deny or pass");
            default -> throw new IllegalArgumentException("unsupported must be deny or pass");
        };
    }
}

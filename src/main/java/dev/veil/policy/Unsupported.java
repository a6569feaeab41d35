package dev.veil.policy;

import java.util.Locale;

/**
 * What happens to an object Veil cannot rewrite in its own format, for a caller whose mode needs
 * inspection: refuse it (the default), pass the original (the operator accepts the risk for that
 * access point), or, for formats whose text Veil can read (.doc, .xls, .ppt, .rtf), answer with
 * the redacted or tokenised text as {@code text/plain}. In deny mode those formats are always
 * inspected through their text.
 */
public enum Unsupported {
    DENY, PASS, TEXT;

    public static Unsupported parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "deny" -> DENY;
            case "pass" -> PASS;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("unsupported must be deny, pass or text");
        };
    }
}

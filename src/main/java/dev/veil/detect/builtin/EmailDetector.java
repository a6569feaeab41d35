package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import dev.veil.detect.EntityType;

/**
 * Email addresses: an RFC 5322 dot-atom local part, {@code @}, a host name of letter-digit-hyphen
 * labels and a known top-level domain ({@link TopLevelDomains}). A {@code mailto:} prefix is left
 * out of the span because the colon cannot start a local part. An address directly followed by
 * more domain characters ({@code a@b.com.dmf}) is not cut short into a shorter valid one.
 */
final class EmailDetector {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    static final String REGEX = "(?<![\\w.%+'-])(?<v>" + ATOM + "(?:\\." + ATOM + "){0,8}"
            + "@(?:" + LABEL + "\\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[A-Za-z]{2,24}))"
            + "(?![\\w-]|[.-][A-Za-z0-9])";

    private EmailDetector() {
    }

    static Detector create() {
        return PatternDetector.builder("email", EntityType.EMAIL)
                .pattern("address", REGEX, 0.8)
                .validator("known-tld", EmailDetector::hasKnownTld)
                .validatedScore(0.9)
                .context("email", "e-mail", "mail", "contact", "address", "mailto")
                .trigger(Trigger.AT_SIGN)
                .build();
    }

    static boolean hasKnownTld(String address) {
        return TopLevelDomains.isKnown(address.substring(address.lastIndexOf('.') + 1));
    }
}

package dev.veil.document;

import dev.veil.detect.Finding;

/**
 * What replaces a finding: a label, a mask, a token. Implemented by the transform package's
 * operators; formats call it once per finding with the value that was found.
 */
@FunctionalInterface
public interface Replacer {
    String replacementFor(Finding finding, String value);
}

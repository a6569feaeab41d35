package dev.veil.detect;

/**
 * Checks the structure of a candidate beyond what its pattern says (a check digit, a real country
 * code, a parseable address). A candidate that fails is not reported at all.
 */
@FunctionalInterface
public interface Validator {
    boolean isValid(String candidate);
}

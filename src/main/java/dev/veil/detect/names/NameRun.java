package dev.veil.detect.names;

/**
 * A candidate name: words {@code first..last} of a {@link WordTokens} (the first and last are
 * name words; initials and particles may sit between, and initials before), with what the rules
 * need to score it.
 *
 * @param start        the first word (an initial or the first name word)
 * @param firstName    the first name word (not an initial)
 * @param last         the last name word
 * @param nameWords    how many name words (initials and particles not counted)
 * @param crossesLine  whether a line break separates two of its words
 */
record NameRun(int start, int firstName, int last, int nameWords, boolean crossesLine) {
    boolean startsWithInitial() {
        return start != firstName;
    }
}

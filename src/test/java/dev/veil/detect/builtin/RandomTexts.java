package dev.veil.detect.builtin;

import java.util.Random;

/** Random texts for the tests that compare a detector's new reading with its old one. */
final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} pieces drawn at random, one after the other. */
    static String pieces(Random random, String[] pieces, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** {@code count} tokens drawn at random, each followed by a separator drawn at random. */
    static String tokens(Random random, String[] tokens, String[] separators, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(tokens[random.nextInt(tokens.length)]).append(separators[random.nextInt(separators.length)]);
        }
        return sb.toString();
    }
}

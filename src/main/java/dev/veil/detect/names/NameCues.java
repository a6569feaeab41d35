package dev.veil.detect.names;

/**
 * The words around a candidate name that make it one: a greeting, sign-off or form label before
 * it ("Dear", "Sincerely,", "Name:"), "my name is" / "this is" / "I'm", letters after it ("MD"),
 * and a verb of speech or doing after a known name ("Rachel said"). One per scan.
 */
final class NameCues {
    private final String text;
    private final WordTokens words;

    NameCues(String text, WordTokens words) {
        this.text = text;
        this.words = words;
    }

    /** Whether "MD", "RN", "PhD"... follows word {@code last} after a comma or space ("Smith, MD"). */
    boolean postNominalAfter(int last) {
        int next = last + 1;
        if (next >= words.count() || !words.isUpperStart(next) || !words.is(next, WordClass.POST_NOMINAL)) {
            return false;
        }
        Gap g = Gap.between(text, words.end(last), words.start(next));
        return g == Gap.COMMA || g == Gap.SPACE;
    }

    /** "Rachel said", "Eric lives": a verb of speech or of a person's doing right after word {@code last}. */
    boolean personVerbAfter(int last) {
        int next = last + 1;
        return next < words.count() && words.shape(next) == WordTokens.LOWER && words.is(next, WordClass.AFTER_CUE)
                && Gap.between(text, words.end(last), words.start(next)) == Gap.SPACE;
    }

    /** The kind of cue right before word {@code s} ("Dear", "Sincerely,", "Name:"), or null. */
    String cueBefore(int s) {
        if (s == 0) {
            return null;
        }
        int p = s - 1;
        int c = words.classes(p);
        boolean cueWord = (c & (WordClass.GREETING_CUE.bit() | WordClass.SIGNOFF_CUE.bit() | WordClass.LABEL_CUE.bit())) != 0;
        boolean introduction = isWord(p, "is") || isWord(p, "am") || words.shape(p) == WordTokens.CAPITALISED; // "I'm"
        if (!cueWord && !introduction) {
            return null;
        }
        Gap g = Gap.between(text, words.end(p), words.start(s));
        if (g == Gap.SPACE && p > 0 && isWord(p, "is") && (isWord(p - 1, "name") || isWord(p - 1, "this"))) {
            return "name is";
        }
        if (g == Gap.SPACE && (isWord(p, "I'm") || isWord(p, "I\u2019m") || (p > 0 && isWord(p, "am") && isWord(p - 1, "I")))) {
            return "I am";
        }
        if (WordClass.GREETING_CUE.in(c) && g != Gap.OTHER && g != Gap.DOT && g != Gap.COLON) {
            return "greeting";
        }
        if (WordClass.SIGNOFF_CUE.in(c) && (g == Gap.COMMA_BREAK || g == Gap.LINE_BREAK || g == Gap.COMMA)) {
            return "sign-off";
        }
        if (WordClass.LABEL_CUE.in(c) && g == Gap.COLON) {
            return "label";
        }
        return null;
    }

    boolean isWord(int i, String lower) {
        int len = words.end(i) - words.start(i);
        return len == lower.length() && text.regionMatches(true, words.start(i), lower, 0, len);
    }
}

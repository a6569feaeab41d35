package dev.veil.detect.names;

/**
 * What separates two neighbouring words, as far as names care: a space keeps a name going, a
 * dot after an initial or title too ("J. Smith", "Dr. Patel"), one line break may split a name
 * ("Mary\nSmith"), a comma turns "Smith, Mary" round or ends a sign-off, a colon ends a form label.
 */
enum Gap {
    SPACE, DOT, LINE_BREAK, COMMA, COMMA_BREAK, COLON, OTHER;

    private static final int MAX = 6;

    static Gap between(String text, int from, int to) {
        int len = to - from;
        if (len == 1) {
            // most neighbouring words are one character apart: that character alone decides, as the
            // count below would (a carriage return alone is a space)
            return switch (text.charAt(from)) {
                case ' ', '\t', '\u00A0', '\r' -> SPACE;
                case '\n' -> LINE_BREAK;
                case '.' -> DOT;
                case ',' -> COMMA;
                case ':' -> COLON;
                default -> OTHER;
            };
        }
        if (len <= 0 || len > MAX) {
            return OTHER;
        }
        int breaks = 0;
        int dots = 0;
        int commas = 0;
        int colons = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\u00A0' -> { }
                case '\n' -> breaks++;
                case '\r' -> { }
                case '.' -> dots++;
                case ',' -> commas++;
                case ':' -> colons++;
                default -> {
                    return OTHER;
                }
            }
        }
        int marks = dots + commas + colons;
        if (marks > 1 || breaks > 1) {
            return OTHER;
        }
        if (colons == 1) {
            return COLON;
        }
        if (commas == 1) {
            return breaks == 0 ? COMMA : COMMA_BREAK;
        }
        if (dots == 1) {
            return breaks == 0 && text.charAt(from) == '.' ? DOT : OTHER;
        }
        return breaks == 1 ? LINE_BREAK : SPACE;
    }
}

package dev.veil.detect.builtin;

/**
 * The number of a named capturing group in a regular expression, read from the expression's
 * text once, so that a detector reads its matches by number ({@code Matcher.start(int)}) instead
 * of looking the name up for every match (Java 17 offers no public name-to-number map).
 */
final class RegexGroups {
    private RegexGroups() {
    }

    /**
     * The number of group {@code name} in {@code regex}, or -1 when it has none: capturing groups
     * are counted in order of their opening bracket, skipping escaped characters, character
     * classes, non-capturing groups and lookarounds.
     */
    static int index(String regex, String name) {
        int count = 0;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                if (i + 1 < n && regex.charAt(i + 1) != '?') {
                    count++;
                } else if (i + 3 < n && regex.charAt(i + 2) == '<' && Character.isLetter(regex.charAt(i + 3))) {
                    count++;
                    int close = regex.indexOf('>', i + 3);
                    if (regex.substring(i + 3, close).equals(name)) {
                        return count;
                    }
                }
            }
        }
        return -1;
    }

    /** The index of the {@code ]} that closes the character class opened at {@code open}. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;  // a leading ] is a literal
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            if (regex.charAt(i) == '\\') {
                i++;
            } else if (regex.charAt(i) == '[') {
                i = classEnd(regex, i);  // nested class, as in [a-z&&[^e]]
            }
            i++;
        }
        return i;
    }
}

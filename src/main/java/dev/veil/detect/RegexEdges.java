package dev.veil.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a pattern's matches can start or end inside a word (between two letters, as
 * {@link ContextWords} reads words), told from the pattern's text for a few shapes that make it
 * impossible, and answered "maybe" for every other: a match that starts with {@code \b} or with a
 * digit cannot start between two letters (Java's {@code \b} counts every Unicode letter as a word
 * character), and one that ends with {@code \b} or a digit, before only zero-width
 * look-arounds, cannot end between two letters. A context-required detector whose matches
 * never cut a word need not look for context words that a cut would leave
 * ({@link ContextRegions}).
 */
final class RegexEdges {
    private RegexEdges() {
    }

    /** Whether a match of {@code regex} may start between two letters ({@code true} when unsure). */
    static boolean mayStartInWord(String regex) {
        return mayCutAt(regex, false);
    }

    /** Whether a match of {@code regex} may end between two letters ({@code true} when unsure). */
    static boolean mayEndInWord(String regex) {
        return mayCutAt(regex, true);
    }

    /**
     * Whether the pattern's first (last) item that consumes a character may stand between two
     * letters: not when it is {@code \b} or a digit taken at least once.
     */
    private static boolean mayCutAt(String regex, boolean end) {
        List<String> items = topLevelItems(regex);
        if (items == null) {
            return true;
        }
        for (int k = 0; k < items.size(); k++) {
            String item = items.get(end ? items.size() - 1 - k : k);
            if (!isZeroWidthGroup(item)) {
                return !(item.equals("\\b") || isDigitAtLeastOnce(item));
            }
        }
        return true;
    }

    /**
     * The look-arounds after the pattern's last consuming item, as one pattern that tests them
     * where a match would end ("" when there are none), or {@code null} when the pattern cannot be
     * read so or holds an inline flag (which would change what they test).
     */
    static String trailingLookarounds(String regex) {
        List<String> items = topLevelItems(regex);
        if (items == null || regex.matches("(?s).*\\(\\?[a-zA-Z]+[:)].*")) {
            return null;
        }
        int from = items.size();
        while (from > 0 && isLookaround(items.get(from - 1))) {
            from--;
        }
        return String.join("", items.subList(from, items.size()));
    }

    private static boolean isLookaround(String item) {
        return item.startsWith("(?=") || item.startsWith("(?!") || item.startsWith("(?<=") || item.startsWith("(?<!");
    }

    /** Flags such as {@code (?i)} and look-arounds: they consume nothing. */
    private static boolean isZeroWidthGroup(String item) {
        return item.matches("\\(\\?[a-zA-Z]+\\)") || isLookaround(item);
    }

    /** {@code \d}, or {@code [0-9]}, with no quantifier or one that takes it at least once. */
    private static boolean isDigitAtLeastOnce(String item) {
        String atom;
        if (item.startsWith("\\d")) {
            atom = "\\d";
        } else if (item.startsWith("[0-9]")) {
            atom = "[0-9]";
        } else {
            return false;
        }
        String quantifier = item.substring(atom.length());
        return quantifier.isEmpty() || quantifier.startsWith("+") || quantifier.matches("\\{[1-9][0-9]*(,[0-9]*)?\\}[?+]?");
    }

    /**
     * The pattern's top-level items (an escape, a class or a group, each with its quantifier), or
     * {@code null} for a pattern with a top-level alternative or a shape not read here.
     */
    static List<String> topLevelItems(String regex) {
        List<String> items = new ArrayList<>();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            int end;
            if (c == '|') {
                return null;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char e = regex.charAt(i + 1);
                if (e == 'Q' || e == 'p' || e == 'P' || e == 'x' || e == 'k' || e == 'N' || e == 'c' || e == 'u' || e == '0') {
                    return null; // longer escapes: not read here
                }
                end = i + 2;
            } else if (c == '[' || c == '(') {
                end = closeOf(regex, i);
            } else if (c == '^' || c == '$' || c == '.' || Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == ':'
                    || c == '/' || c == ',' || c == '#' || c == '@' || c == '=' || c == '_' || c == '\'' || c == '"') {
                end = i + 1;
            } else {
                return null;
            }
            if (end < 0) {
                return null;
            }
            end = quantifierEnd(regex, end);
            items.add(regex.substring(i, end));
            i = end;
        }
        return items;
    }

    private static int quantifierEnd(String regex, int i) {
        int n = regex.length();
        if (i < n && (regex.charAt(i) == '?' || regex.charAt(i) == '*' || regex.charAt(i) == '+')) {
            i++;
        } else if (i < n && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return i;
            }
            i = close + 1;
        } else {
            return i;
        }
        if (i < n && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return i;
    }

    /**
     * The index after the class ({@code [}) or group ({@code (}) that opens at {@code i}, or -1;
     * a group's classes are skipped whole, so that a bracket inside one does not count.
     */
    private static int closeOf(String regex, int i) {
        char open = regex.charAt(i);
        char close = open == '[' ? ']' : ')';
        if (open == '[' && (regex.startsWith("[]", i) || regex.startsWith("[^]", i))) {
            return -1; // a leading ']': not read here
        }
        int depth = 0;
        for (int k = i; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (open == '(' && c == '[') {
                int end = closeOf(regex, k);
                if (end < 0) {
                    return -1;
                }
                k = end - 1;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return k + 1;
            }
        }
        return -1;
    }
}

package dev.veil.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the pieces Comprehend is sent. Each chunk holds at most {@code maxBytes} of
 * UTF-8, ends after a line break if one lies in its second half, else after a space, else at a
 * code point boundary (never inside a surrogate pair, so never inside a UTF-8 sequence). The next
 * chunk starts about {@code overlapChars} before the cut, at a word start, so that a value cut in
 * two is seen whole by one of them.
 *
 * <p>Also rewrites line breaks inside running text to spaces ({@link #joinLines}): Comprehend
 * misses names broken across lines, as in PDF text. The rewrite is one char for one char, so
 * offsets into the rewritten text are offsets into the original.
 */
final class ComprehendChunker {
    /** One request's text: {@code [start, end)} of the whole text, and what is sent for it. */
    record Chunk(int start, int end, String text) {
    }

    private final int maxBytes;
    private final int overlapChars;

    ComprehendChunker(int maxBytes, int overlapChars) {
        if (maxBytes < 16 || overlapChars < 0 || overlapChars * 4 >= maxBytes) {
            throw new IllegalArgumentException("need maxBytes >= 16 and an overlap under a quarter of it");
        }
        this.maxBytes = maxBytes;
        this.overlapChars = overlapChars;
    }

    /** The chunks of {@code text} (already rewritten by {@link #joinLines}), in order; none blank. */
    List<Chunk> chunks(String text) {
        List<Chunk> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int hardEnd = byteLimitedEnd(text, start);
            int end = hardEnd == text.length() ? hardEnd : cut(text, start, hardEnd);
            if (!text.substring(start, end).isBlank()) {
                out.add(new Chunk(start, end, text.substring(start, end)));
            }
            if (end == text.length()) {
                break;
            }
            start = nextStart(text, start, end);
        }
        return out;
    }

    /** The furthest end from {@code start} whose UTF-8 encoding fits in {@code maxBytes}. */
    private int byteLimitedEnd(String text, int start) {
        int bytes = 0;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** After the last line break in the second half, else after the last whitespace, else hardEnd. */
    private static int cut(String text, int start, int hardEnd) {
        int floor = start + (hardEnd - start) / 2;
        for (int i = hardEnd; i > floor; i--) {
            if (text.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = hardEnd; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return hardEnd;
    }

    /**
     * About {@code overlapChars} before {@code end}, moved back to a word start when one is near,
     * but past the middle of the chunk so that every chunk moves the start well forward.
     */
    private int nextStart(String text, int start, int end) {
        int min = start + Math.max(1, (end - start) / 2);
        int next = Math.max(min, end - overlapChars);
        int limit = Math.max(min, next - overlapChars);
        int i = next;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (Character.isWhitespace(text.charAt(i - 1))) {
            next = i;
        }
        if (Character.isLowSurrogate(text.charAt(next)) && Character.isHighSurrogate(text.charAt(next - 1))) {
            next = next - 1 > start ? next - 1 : next + 1;
        }
        return next;
    }

    /**
     * {@code text} with each line break inside running text turned into a space: a break stays
     * when the line before ends a sentence ({@code . ! ? : ;}) or is empty, or the break is part of
     * a blank line. Same length as {@code text}.
     */
    static String joinLines(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (!isBreak(out[i])) {
                i++;
                continue;
            }
            int runEnd = i;
            int newlines = 0;
            while (runEnd < out.length && isBreak(out[runEnd])) {
                newlines += out[runEnd] == '\n' ? 1 : 0;
                runEnd++;
            }
            if (newlines <= 1 && runEnd < out.length && continuesSentence(out, i)) {
                for (int k = i; k < runEnd; k++) {
                    out[k] = ' ';
                }
            }
            i = runEnd;
        }
        return new String(out);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whether the line ending at {@code breakAt} has text and does not end a sentence. */
    private static boolean continuesSentence(char[] s, int breakAt) {
        int j = breakAt - 1;
        while (j >= 0 && (s[j] == ' ' || s[j] == '\t')) {
            j--;
        }
        return j >= 0 && !isBreak(s[j]) && ".!?:;".indexOf(s[j]) < 0;
    }
}

package dev.veil.aws;

import dev.veil.detect.RemoteDetectionException;

/**
 * Turns Comprehend's offsets (Unicode code points, end exclusive) into Java UTF-16 indices for
 * one request's text. Text without surrogate pairs maps one to one; otherwise a table built once
 * per text keeps each lookup constant-time. Offsets outside the text are an error, not clipped.
 */
final class CodePoints {
    private final int length;
    private final int codePoints;
    private final int[] charIndex;

    CodePoints(String text) {
        length = text.length();
        codePoints = text.codePointCount(0, length);
        if (codePoints == length) {
            charIndex = null;
        } else {
            charIndex = new int[codePoints + 1];
            int cp = 0;
            for (int i = 0; i < length; i += Character.charCount(text.codePointAt(i))) {
                charIndex[cp++] = i;
            }
            charIndex[codePoints] = length;
        }
    }

    int toChar(Integer codePointOffset) {
        if (codePointOffset == null || codePointOffset < 0 || codePointOffset > codePoints) {
            throw new RemoteDetectionException("Comprehend returned an offset outside the text");
        }
        return charIndex == null ? codePointOffset : charIndex[codePointOffset];
    }
}

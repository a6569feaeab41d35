package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhoneDetector#readPlus}, the one-pass reading of a {@code +} candidate, answers what the
 * detector's checks before it answered one by one (digit count, row of figures, IP address, the
 * shape checks, then the plain {@code +} look-up), wherever it answers at all; elsewhere those
 * checks still run. Compared on random windows of random texts made of phone pieces and of what
 * breaks them, and on the candidates the grammar reads at each {@code +}.
 */
class PhonePlusReadingTest {
    private static final String[] PIECES = {
        "+", "+1 ", "+44 ", "+49", "+33 ", "+0", "+91-", "+61.", "+972 ", "0", "1", "12", "123", "212", "555",
        "0954", "4111", "1111", "7946", "0958", "2024", "03", "15", "192", "168", "255", "1234567", "98765432101",
        "+1 212-555-", "+1 212.555.", "+1 415 555 ", "+44 20 7946 ", "+33 1 23 45 67 ", "+49 30 1234",
        " ", "  ", "-", ".", "/", " - ", "(", ")", "\t", "x", "X", "ext.", "#", "e", "a", "!", ",", "\n",
    };

    private final PhoneDetector detector = new PhoneDetector(PhoneDetector.DEFAULT_REGIONS);
    private final InternationalNumbers international =
            new InternationalNumbers(PhoneNumberUtil.getInstance(), PhoneDetector.DEFAULT_REGIONS);

    @Test
    void answersAsTheChecksOneByOne() {
        Random random = new Random(22);
        int answered = 0;
        int valid = 0;
        String[] fixed = {"+1 212-555-0954", "+1 4111 1111 1111", "+1 4111-1111-1111 2", "+44 20 7946 0958",
            "+1.212.555.0954", "+1 212-555.0954", "+1 2 3 4 5 6 7", "+123456", "+1234567890123456789012345",
            "+1 212 555 0954 1 2", "+0 20 7946 0958", "+1 1212 555 0954", "+49 30 123456", "+ 1 212 555 0954"};
        for (String s : fixed) {
            String text = "call " + s + " now";
            answered += compare(text, 5, 5 + s.length()) ? 1 : 0;
        }
        for (int t = 0; t < 30_000; t++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (int p = text.indexOf('+'); p >= 0; p = text.indexOf('+', p + 1)) {
                int end = PhoneCandidates.endAt(text, p);
                if (end > p && compare(text, p, end)) {
                    answered++;
                    valid += detector.readPlus(text, p, end) == PhoneDetector.PLUS_VALID ? 1 : 0;
                }
                int to = p + 1 + random.nextInt(text.length() - p);
                answered += compare(text, p, to) ? 1 : 0;
            }
        }
        assertTrue(answered > 3_000 && valid > 1_000, answered + " answered, " + valid + " valid");
    }

    /** Whether readPlus answered for {@code text[start, end)}; fails when it answered otherwise than the checks. */
    private boolean compare(String text, int start, int end) {
        int verdict = detector.readPlus(text, start, end);
        if (verdict == PhoneDetector.PLUS_OTHER) {
            return false;
        }
        assertEquals(checksOneByOne(text, start, end), verdict, text.substring(start, end));
        return true;
    }

    /** The detector's checks of a {@code +} candidate before its cache, in their former order. */
    private int checksOneByOne(String text, int start, int end) {
        int digits = PhoneShapes.countDigits(text, start, end);
        if (digits < 7 || digits > 24 || PhoneShapes.isFigureRow(text, start, end)
                || IpAddressParser.isIpv4(text, start, end)) {
            return PhoneDetector.PLUS_TURNED_AWAY;
        }
        String candidate = text.substring(start, end);
        if (PhoneShapes.hasCardBlocks(candidate) || !PhoneShapes.isWellFormed(candidate)
                || PhoneShapes.isDateLike(candidate) || PhoneShapes.isSsnLike(candidate)
                || PhoneShapes.isRoutingLike(candidate)) {
            return PhoneDetector.PLUS_TURNED_AWAY;
        }
        if (!PhoneShapes.isFigureRow(candidate) && plainAndValid(candidate)) {
            return PhoneDetector.PLUS_VALID;
        }
        return PhoneDetector.PLUS_OTHER;
    }

    private boolean plainAndValid(String window) {
        for (int i = 1; i < window.length(); i++) {
            char c = window.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ' ' && c != '-' && c != '.') {
                return false;
            }
        }
        return international.isValid(window);
    }
}

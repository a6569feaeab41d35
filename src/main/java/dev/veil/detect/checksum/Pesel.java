package dev.veil.detect.checksum;

/**
 * Poland's PESEL: 11 digits, YYMMDD (the month carries the century: +0 for the 1900s, +20 for
 * the 2000s; +80, +40, +60 for centuries nobody living was born in), a serial, and a check digit
 * with weights 1 3 7 9 repeating. The date must exist, which removes most random 11-digit numbers
 * that pass the check digit by chance.
 */
public final class Pesel {
    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    public static boolean isValid(String candidate) {
        String d = IdText.compact(candidate);
        if (d.length() != 11 || !IdText.allDigits(d)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        if ((10 - sum % 10) % 10 != d.charAt(10) - '0') {
            return false;
        }
        int yy = IdText.twoDigits(d, 0);
        int mm = IdText.twoDigits(d, 2);
        int dd = IdText.twoDigits(d, 4);
        // Only the 1900s (month 1-12) and 2000s (month 21-32): nobody alive was born in the 1800s
        // (month + 80) or the 2100s and later (+40, +60), and those months match phone numbers.
        if (mm > 32) {
            return false;
        }
        return IdText.isDate((mm > 20 ? 2000 : 1900) + yy, mm % 20, dd);
    }
}

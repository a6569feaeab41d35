package dev.veil.detect.checksum;

/**
 * UK NHS number: 10 digits, the last a modulus 11 check digit over the first nine weighted 10
 * down to 2. A remainder that would need check digit 10 means the number is never issued.
 */
public final class NhsNumber {
    private NhsNumber() {
    }

    /** Whether {@code candidate} (spaces and hyphens allowed) is a well-formed NHS number. */
    public static boolean isValid(String candidate) {
        String d = IdText.compact(candidate);
        if (d.length() != 10 || !IdText.allDigits(d)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }
}

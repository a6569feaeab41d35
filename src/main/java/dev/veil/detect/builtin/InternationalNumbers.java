package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a plain {@code +} number (a plus, then only digits, spaces, hyphens and dots) is valid,
 * with libphonenumber's answer to {@code isValidNumber(parse(window, region))} but at a fraction
 * of its cost, which on contact lists is most of the phone detector's time.
 *
 * <p>For the calling codes of the configured regions, the {@code PhoneNumber} that {@code parse}
 * would build is built directly from the digits: for such a window {@code parse} only strips the
 * punctuation, takes the first one to three digits that form a calling code, and keeps the rest
 * as the national number, unless the region's national prefix could be stripped or the national
 * number starts with zero (then {@code parse} itself is called). Validity is then answered as
 * {@code isValidNumber} answers it, from patterns compiled once ({@link NumberTypes}, leading
 * digits as {@link DigitAutomaton}s): the code's regions are weighed in libphonenumber's order (the
 * ~25 of +1, Guernsey, Jersey and the Isle of Man after Britain) and the region that claims the
 * number must have a type for it. libphonenumber's own walk parses each region's patterns again
 * per call, which on a contact list of British mobiles ("07700 900123", a range no region has)
 * was most of the engine's time. Every other window goes through {@code parse} and
 * {@code isValidNumber} as before.
 */
final class InternationalNumbers {
    /** libphonenumber's lower bound on a national significant number's length (the upper: {@link NumberDesc#MAX_NATIONAL}). */
    private static final int MIN_NATIONAL = 2;
    private static final int MAX_CALLING_CODE = 999;

    /** What {@code parse} and {@code isValidNumber} need to know of one calling code. */
    private record CallingCode(DigitAutomaton nationalPrefix, List<Claimant> regions) {
        /**
         * {@code isValidNumber} for a national significant number of this code: the region that
         * libphonenumber gives the number ({@code getRegionCodeForNumber}: the code's only region,
         * else the first in its list whose leading digits start the number, or which has no leading
         * digits and a type for it) must have a type for it.
         */
        boolean isValid(String nsn) {
            if (regions.size() == 1) {
                return regions.get(0).types().isValid(nsn);
            }
            for (Claimant r : regions) {
                if (r.leadingDigits() == null) {
                    if (r.types().isValid(nsn)) {
                        return true;
                    }
                } else if (r.leadingDigits().lookingAtEnd(nsn) >= 0) {
                    return r.types().isValid(nsn);
                }
            }
            return false;
        }

        /**
         * {@link #isValid} of the {@code n} digits of {@code text[from, to)} (its other
         * characters skipped), whose first two read as a number are {@code firstTwo}.
         */
        boolean isValidDigitsOf(String text, int from, int to, int n, int firstTwo) {
            if (regions.size() == 1) {
                return regions.get(0).types().isValidDigitsOf(text, from, to, n, firstTwo);
            }
            for (Claimant r : regions) {
                if (r.leadingDigits() == null) {
                    if (r.types().isValidDigitsOf(text, from, to, n, firstTwo)) {
                        return true;
                    }
                } else if (r.leadingDigits().startsDigitsOf(text, from, to)) {
                    return r.types().isValidDigitsOf(text, from, to, n, firstTwo);
                }
            }
            return false;
        }
    }

    /** One region of a calling code, as {@code getRegionCodeForNumber} weighs it. */
    private record Claimant(DigitAutomaton leadingDigits, NumberTypes types) {
    }

    private final PhoneNumberUtil util;
    private final String defaultRegion;
    /** {@code true} at each calling code libphonenumber knows (the map {@code parse} consults). */
    private final boolean[] known = new boolean[MAX_CALLING_CODE + 1];
    /** By calling code: the configured regions' codes, built without {@code parse}; null for the others. */
    private final CallingCode[] direct = new CallingCode[MAX_CALLING_CODE + 1];

    InternationalNumbers(PhoneNumberUtil util, List<String> regions) {
        this.util = util;
        this.defaultRegion = regions.isEmpty() ? "ZZ" : regions.get(0);
        for (int cc : util.getSupportedCallingCodes()) {
            if (cc > 0 && cc <= MAX_CALLING_CODE) {
                known[cc] = true;
            }
        }
        for (String region : regions) {
            int cc = util.getCountryCodeForRegion(region);
            String main = util.getRegionCodeForCountryCode(cc);
            PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                    .getMetadataForRegion(main);
            if (cc == 0 || md == null) {
                continue;
            }
            String prefix = md.getNationalPrefixForParsing();
            if (cc <= MAX_CALLING_CODE && direct[cc] == null) {
                List<Claimant> claimants = new ArrayList<>();
                for (String r : util.getRegionCodesForCountryCode(cc)) {
                    PhoneMetadata rmd = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                            .getMetadataForRegion(r);
                    if (rmd == null) {
                        claimants = null;  // a region without metadata: libphonenumber answers
                        break;
                    }
                    claimants.add(new Claimant(rmd.hasLeadingDigits()
                            ? new DigitAutomaton(Pattern.compile(rmd.getLeadingDigits())) : null, new NumberTypes(rmd)));
                }
                direct[cc] = new CallingCode(prefix.isEmpty() ? null : new DigitAutomaton(Pattern.compile(prefix)),
                        claimants == null ? null : List.copyOf(claimants));
            }
        }
    }

    /** {@code isValidNumber(parse(window, first region))}; {@code window} is a plus and digits, spaces, hyphens, dots. */
    boolean isValid(String window) {
        return isValid(window, 0, window.length());
    }

    /**
     * {@link #isValid(String)} of {@code text[start, end)}, read in place: the digits are counted
     * and their first five kept in one pass, and the national number is read where it is written
     * ({@link NumberTypes#isValidDigitsOf}); the window is copied only when libphonenumber itself
     * must parse it (a copy of the digits and a string of them a number were a tenth of what the
     * engine allocated on the mixed text).
     */
    boolean isValid(String text, int start, int end) {
        int count = 0;
        long first = 0;  // the first five digits, four bits each, the first in the lowest
        int second = end;  // where the second, third and fourth digits are: where a national number may start
        int third = end;
        int fourth = end;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count < 5) {
                    first |= (long) (c - '0') << (4 * count);
                    second = count == 1 ? i : second;
                    third = count == 2 ? i : third;
                    fourth = count == 3 ? i : fourth;
                }
                count++;
            }
        }
        int cc = callingCode(first, count);
        CallingCode code = direct[cc];
        int ccLength = cc < 10 ? 1 : cc < 100 ? 2 : 3;
        int nationalLength = count - ccLength;
        if (code == null || count <= MIN_NATIONAL || nationalLength > 0 && digit(first, ccLength) == 0) {
            return parsedAndValid(text.substring(start, end));  // a leading zero, or a code whose region is not configured
        }
        if (nationalLength < MIN_NATIONAL) {
            return false;  // parse throws: too short after the calling code
        }
        int national = ccLength == 1 ? second : ccLength == 2 ? third : fourth;
        if (code.nationalPrefix() != null && code.nationalPrefix().startsDigitsOf(text, national, end)) {
            return parsedAndValid(text.substring(start, end));  // parse may strip a national prefix ("+44 020 …")
        }
        if (nationalLength > NumberDesc.MAX_NATIONAL) {
            return false;  // parse throws: too long
        }
        // what isValidNumber(cc, the national digits) answers: the first is not zero (above)
        if (code.regions() != null) {
            int firstTwo = digit(first, ccLength) * 10 + digit(first, ccLength + 1);
            return code.isValidDigitsOf(text, national, end, nationalLength, firstTwo);
        }
        return util.isValidNumber(numberOf(cc, DigitAutomaton.digitsOf(text, national, end)));
    }

    /** Digit {@code k} (below five) of those {@link #isValid(String, int, int)} keeps. */
    private static int digit(long first, int k) {
        return (int) (first >>> (4 * k)) & 0xf;
    }

    /**
     * {@code isValidNumber} of the number with calling code {@code cc} and national significant
     * number {@code nsn} (digits, at most {@link NumberDesc#MAX_NATIONAL}): asked of the code's main
     * region first when that is a configured region's, whose no is the answer when the code has no
     * other region.
     */
    boolean isValidNumber(int cc, String nsn) {
        CallingCode code = cc > 0 && cc <= MAX_CALLING_CODE ? direct[cc] : null;
        if (code != null && code.regions() != null && !nsn.isEmpty() && nsn.charAt(0) != '0') {
            return code.isValid(nsn);
        }
        return util.isValidNumber(numberOf(cc, nsn));
    }

    /** The {@code PhoneNumber} {@code parse} builds for these digits, leading zeros ("Italian" ones) kept. */
    private static PhoneNumber numberOf(int cc, String nsn) {
        PhoneNumber number = new PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(nsn));
        if (nsn.length() > 1 && nsn.charAt(0) == '0') {
            int zeros = 1;
            while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
                zeros++;
            }
            number.setItalianLeadingZero(true);
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        return number;
    }

    /**
     * The calling code {@code parse} takes from the digits after the plus (the first five of
     * {@code count}, as {@link #isValid(String, int, int)} keeps them): the first of their one-,
     * two- and three-digit prefixes that libphonenumber knows; 0 when none is, or the digits start
     * with zero.
     */
    private int callingCode(long first, int count) {
        if (count == 0 || digit(first, 0) == 0) {
            return 0;
        }
        int cc = 0;
        for (int i = 0; i < 3 && i < count; i++) {
            cc = cc * 10 + digit(first, i);
            if (known[cc]) {
                return cc;
            }
        }
        return 0;
    }

    private boolean parsedAndValid(String window) {
        try {
            return util.isValidNumber(util.parse(window, defaultRegion));
        } catch (NumberParseException e) {
            return false;
        }
    }
}

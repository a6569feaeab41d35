package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One region's number types with their patterns compiled once: whether a national significant
 * number is valid for the region, the answer of libphonenumber's {@code isValidNumberForRegion}
 * for a number of the region's own calling code (it fits the general description, and then one
 * of the types: premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed
 * line, mobile), without that call's per-call metadata look-up (a file name built and a map
 * consulted for every number) and pattern-cache traffic. {@code NumberTypesTest} compares the two.
 */
final class NumberTypes {
    /** One description: the lengths it allows (any, when it lists none) and its pattern. */
    private record Desc(boolean[] lengths, boolean anyLength, Pattern pattern) {
        static Desc of(PhoneNumberDesc d) {
            if (!d.hasNationalNumberPattern() || d.getNationalNumberPattern().isEmpty()) {
                return null;  // libphonenumber: an empty pattern matches nothing
            }
            boolean[] lengths = new boolean[MAX_NATIONAL + 1];
            for (int len : d.getPossibleLengthList()) {
                if (len >= 0 && len <= MAX_NATIONAL) {
                    lengths[len] = true;
                }
            }
            return new Desc(lengths, d.getPossibleLengthCount() == 0, Pattern.compile(d.getNationalNumberPattern()));
        }

        boolean matches(String nsn) {
            return (anyLength || nsn.length() <= MAX_NATIONAL && lengths[nsn.length()])
                    && pattern.matcher(nsn).matches();
        }
    }

    private static final int MAX_NATIONAL = 17;

    private final Desc general;
    private final List<Desc> types;

    NumberTypes(PhoneMetadata md) {
        this.general = Desc.of(md.getGeneralDesc());
        List<Desc> t = new ArrayList<>();
        for (PhoneNumberDesc d : List.of(md.getPremiumRate(), md.getTollFree(), md.getSharedCost(), md.getVoip(),
                md.getPersonalNumber(), md.getPager(), md.getUan(), md.getVoicemail(), md.getFixedLine(),
                md.getMobile())) {
            Desc desc = Desc.of(d);
            if (desc != null) {
                t.add(desc);
            }
        }
        this.types = List.copyOf(t);
    }

    /** {@code isValidNumberForRegion} for a number of this region's calling code with this national significant number. */
    boolean isValid(String nsn) {
        if (general == null || !general.matches(nsn)) {
            return false;
        }
        for (Desc t : types) {
            if (t.matches(nsn)) {
                return true;
            }
        }
        return false;
    }
}

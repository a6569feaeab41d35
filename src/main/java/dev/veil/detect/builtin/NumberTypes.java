package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * One region's number types with their patterns compiled once: whether a national significant
 * number is valid for the region, the answer of libphonenumber's {@code isValidNumberForRegion}
 * for a number of the region's own calling code (it fits the general description, and then one
 * of the types: premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed
 * line, mobile), without that call's per-call metadata look-up (a file name built and a map
 * consulted for every number) and pattern-cache traffic. {@code NumberTypesTest} compares the two.
 */
final class NumberTypes {
    /** The region's descriptions compiled: on first use, as compiling them all takes tens of milliseconds at start-up. */
    private record Compiled(NumberDesc general, List<NumberDesc> types) {
    }

    private final PhoneMetadata metadata;
    private volatile Compiled compiled;

    NumberTypes(PhoneMetadata md) {
        this.metadata = md;
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            List<NumberDesc> t = new ArrayList<>();
            // fixed line and mobile first: most numbers are one of them, and the answer (some type
            // fits) does not depend on the order in which the types are asked
            for (PhoneNumberDesc d : List.of(metadata.getFixedLine(), metadata.getMobile(), metadata.getPremiumRate(),
                    metadata.getTollFree(), metadata.getSharedCost(), metadata.getVoip(), metadata.getPersonalNumber(),
                    metadata.getPager(), metadata.getUan(), metadata.getVoicemail())) {
                NumberDesc desc = NumberDesc.of(d);
                if (desc != null) {
                    t.add(desc);
                }
            }
            c = new Compiled(NumberDesc.of(metadata.getGeneralDesc()), List.copyOf(t));
            compiled = c;  // a race compiles twice, harmlessly: both results are equal
        }
        return c;
    }

    /** {@code isValidNumberForRegion} for a number of this region's calling code with this national significant number. */
    boolean isValid(String nsn) {
        Compiled c = compiled();
        if (c.general() == null || !c.general().matches(nsn)) {
            return false;
        }
        for (NumberDesc t : c.types()) {
            if (t.matches(nsn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #isValid} of the {@code n} digits of {@code text[from, to)}, its other characters
     * skipped; {@code firstTwo}: their first two read as a number ({@link NumberDesc#matchesDigitsOf}).
     */
    boolean isValidDigitsOf(String text, int from, int to, int n, int firstTwo) {
        Compiled c = compiled();
        if (c.general() == null || !c.general().matchesDigitsOf(text, from, to, n, firstTwo)) {
            return false;
        }
        for (NumberDesc t : c.types()) {
            if (t.matchesDigitsOf(text, from, to, n, firstTwo)) {
                return true;
            }
        }
        return false;
    }
}

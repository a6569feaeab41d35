package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact, network, credential, date and address detectors: email, phone, IP and MAC
 * addresses, URLs, user names and passwords, dates and times, ages, and postal addresses.
 * Every detector returned is immutable and thread-safe.
 */
public final class ContactDetectors {
    private ContactDetectors() {
    }

    /** All detectors of the family, with phone numbers in the default national formats. */
    public static List<Detector> all() {
        return all(PhoneDetector.DEFAULT_REGIONS);
    }

    /**
     * All detectors of the family, recognising national phone formats of {@code phoneRegions}
     * (ISO 3166 codes such as {@code US}, {@code GB}); {@code +}-prefixed numbers are found for
     * every country regardless.
     */
    public static List<Detector> all(List<String> phoneRegions) {
        List<Detector> all = new ArrayList<>();
        all.add(new EmailDetector());
        all.add(new PhoneDetector(phoneRegions));
        all.add(new IpAddressDetector());
        all.addAll(MacAddressDetector.all());
        all.add(new UrlDetector());
        all.addAll(CredentialDetectors.all());
        all.add(new DateTimeDetector());
        all.addAll(AgeDetectors.all());
        all.addAll(AddressDetectors.all());
        return List.copyOf(all);
    }

    /** The national phone formats recognised by default: US, CA, GB, DE, FR, IN, AU, BR, IL. */
    public static List<String> defaultPhoneRegions() {
        return PhoneDetector.DEFAULT_REGIONS;
    }
}

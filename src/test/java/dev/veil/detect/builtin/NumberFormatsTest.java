package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberFormatsTest {
    private static final int ANY = Integer.MAX_VALUE;

    @Test
    void lengthBoundsOfCountedDigitGroups() {
        assertArrayEquals(new int[] {10, 10}, NumberFormats.lengthBounds("(\\d{3})(\\d{3})(\\d{4})"));
        assertArrayEquals(new int[] {6, 8}, NumberFormats.lengthBounds("(\\d)(\\d{2,4})(\\d{3})"));
        assertArrayEquals(new int[] {3, 4}, NumberFormats.lengthBounds("([2-9]\\d)(\\d?)(\\d)"));
    }

    @Test
    void anyOtherPatternIsAlwaysTried() {
        for (String p : new String[] {"(\\d{3})|(\\d)", "(?:\\d{3})", "(\\d{3})?(\\d)", "(\\d+)", "(\\d{2,})",
            "(\\d{3}?)", "1(\\d)", "([\\d&&[^0]])"}) {
            assertArrayEquals(new int[] {0, ANY}, NumberFormats.lengthBounds(p), p);
        }
    }

    /** The bounds of every format of every region hold every length its pattern matches. */
    @Test
    void boundsHoldEveryLengthThePatternsOfAllRegionsMatch() {
        var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Random random = new Random(7);
        int checked = 0;
        for (String region : com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions()) {
            for (NumberFormat f : source.getMetadataForRegion(region).getNumberFormatList()) {
                int[] b = NumberFormats.lengthBounds(f.getPattern());
                Pattern p = Pattern.compile(f.getPattern());
                for (int len = 1; len <= NumberDesc.MAX_NATIONAL; len++) {
                    for (int k = 0; k < 20; k++) {
                        StringBuilder digits = new StringBuilder();
                        for (int i = 0; i < len; i++) {
                            digits.append((char) ('0' + random.nextInt(10)));
                        }
                        if (p.matcher(digits).matches()) {
                            checked++;
                            int l = len;
                            assertTrue(l >= b[0] && l <= b[1], () -> f.getPattern() + " matched length " + l);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    /**
     * What a format answers from its kept three-digit starts and length bounds is what its
     * regular expressions answer, for every format and alternate format of every region.
     */
    @Test
    void keptAnswersAreThePatterns() {
        Random random = new Random(11);
        int leads = 0;
        for (RegionFormat rf : everyFormat()) {
            NumberFormat f = rf.format();
            NumberFormats.Format format = NumberFormats.Format.of(f, rf.alternate());
            int n = f.getLeadingDigitsPatternCount();
            Pattern leading = n == 0 ? null : Pattern.compile(f.getLeadingDigitsPattern(rf.alternate() ? 0 : n - 1));
            Pattern pattern = Pattern.compile(f.getPattern());
            for (int t = 0; t < 300; t++) {
                String nsn = randomDigits(random, 1 + random.nextInt(NumberDesc.MAX_NATIONAL));
                boolean expectLeads = leading == null || leading.matcher(nsn).lookingAt();
                leads += expectLeads ? 1 : 0;
                assertTrue(format.leads(nsn) == expectLeads, () -> leading + " on " + nsn);
                boolean expectFormats = expectLeads && pattern.matcher(nsn).matches();
                assertTrue(format.formats(nsn) == expectFormats, () -> f.getPattern() + " on " + nsn);
            }
        }
        assertTrue(leads > 10_000, "leading digits matched " + leads + " times");
    }

    /**
     * A format writes a number as {@code replaceAll} with its pattern and rule writes it, for
     * every format and alternate format of every region and numbers of every length.
     */
    @Test
    void writtenAsReplaceAllWrites() {
        Random random = new Random(13);
        int written = 0;
        int formats = 0;
        int withWriter = 0;
        for (RegionFormat rf : everyFormat()) {
            NumberFormat f = rf.format();
            NumberFormats.Format format = NumberFormats.Format.of(f, rf.alternate());
            formats++;
            withWriter += format.writer() != null ? 1 : 0;
            Pattern pattern = Pattern.compile(f.getPattern());
            for (int t = 0; t < 200; t++) {
                int len = 1 + random.nextInt(NumberDesc.MAX_NATIONAL + 3);
                if (format.writer() != null && t % 2 == 0 && format.maxLength() < 100) {
                    len = format.minLength() + random.nextInt(format.maxLength() - format.minLength() + 1);
                }
                String nsn = randomDigits(random, len);
                String expected = pattern.matcher(nsn).replaceAll(f.getFormat());
                written++;
                assertTrue(expected.equals(format.write(nsn)),
                    () -> f.getPattern() + " " + f.getFormat() + " on " + nsn + ": " + format.write(nsn));
            }
        }
        assertTrue(written > 10_000, "written " + written);
        assertTrue(withWriter > formats * 9 / 10, withWriter + " of " + formats + " formats written by hand");
    }

    /**
     * Reading a window as the RFC form of a number without writing the number out answers as
     * comparing the written form does, for the formats of every region and windows near the
     * written form (its breaks dropped, changed or moved, a digit changed, text after it).
     */
    @Test
    void readAtAsWritten() {
        var provider = DefaultMetadataDependenciesProvider.getInstance();
        var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        Random random = new Random(17);
        int read = 0;
        for (String region : util.getSupportedRegions()) {
            var md = provider.getPhoneNumberMetadataSource().getMetadataForRegion(region);
            var main = provider.getPhoneNumberMetadataSource().getMetadataForRegion(
                    util.getRegionCodeForCountryCode(md.getCountryCode()));
            NumberFormats formats = NumberFormats.of(md, main);
            for (int t = 0; t < 300; t++) {
                String nsn = randomDigits(random, 2 + random.nextInt(NumberDesc.MAX_NATIONAL - 1));
                String written = formats.rfcWritten(nsn);
                StringBuilder window = new StringBuilder(randomDigits(random, random.nextInt(3)));
                int at = window.length();
                for (int i = 0; i < written.length(); i++) {
                    char c = written.charAt(i);
                    int change = random.nextInt(12);
                    if (change == 0) {
                        continue;
                    } else if (change == 1) {
                        window.append(" -/".charAt(random.nextInt(3)));
                    } else if (change == 2 && c >= '0' && c <= '9') {
                        window.append((char) ('0' + random.nextInt(10)));
                        continue;
                    }
                    window.append(c == ' ' && random.nextBoolean() ? '-' : c);
                }
                if (random.nextInt(4) == 0) {
                    window.append(random.nextBoolean() ? " 12" : "9");
                }
                String w = window.toString();
                int expected = readAsWritten(written, w, at);
                read++;
                assertTrue(formats.rfcWrittenAt(nsn, w, at) == expected,
                    () -> region + " " + nsn + " written " + written + " in '" + w + "' from " + at);
            }
        }
        assertTrue(read > 10_000, "read " + read);
    }

    /** The comparison of {@code NationalNumbers.plainNational} with the written form, past a prefix of {@code at} digits. */
    private static int readAsWritten(String written, String window, int at) {
        int w = at;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                if (w >= window.length() || window.charAt(w) != c) {
                    return -1;
                }
                w++;
            } else if (i > 0 && written.charAt(i - 1) >= '0' && written.charAt(i - 1) <= '9') {
                if (w >= window.length() || window.charAt(w) >= '0' && window.charAt(w) <= '9') {
                    return -1;
                }
                w++;
            }
        }
        return w;
    }

    private static String randomDigits(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** A region's formats, its international ones and then its calling code's alternate formats. */
    /** A format of a region, and whether it is one of the alternate formats for its calling code. */
    private record RegionFormat(NumberFormat format, boolean alternate) {
    }

    /** Every region's formats (national, then international), then its calling code's alternate formats, region by region. */
    private static java.util.List<RegionFormat> everyFormat() {
        var provider = DefaultMetadataDependenciesProvider.getInstance();
        java.util.List<RegionFormat> out = new java.util.ArrayList<>();
        for (String region : com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions()) {
            var md = provider.getPhoneNumberMetadataSource().getMetadataForRegion(region);
            md.getNumberFormatList().forEach(f -> out.add(new RegionFormat(f, false)));
            md.getIntlNumberFormatList().forEach(f -> out.add(new RegionFormat(f, false)));
            var alternates = provider.getAlternateFormatsMetadataSource()
                    .getFormattingMetadataForCountryCallingCode(md.getCountryCode());
            if (alternates != null) {
                alternates.getNumberFormatList().forEach(f -> out.add(new RegionFormat(f, true)));
            }
        }
        return out;
    }
}

package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import dk.brics.automaton.RunAutomaton;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The automaton answers exactly as the regex does, for every digit pattern of every region that
 * libphonenumber ships (not only the default regions): numbers the patterns accept (random walks
 * through the automaton), those shortened or lengthened by a digit, and random digit strings.
 */
class DigitAutomatonTest {
    private static final int WALKS = 40;

    @Test
    void answersAsTheRegexForEveryPatternOfEveryRegion() {
        List<String> patterns = metadataPatterns();
        assertTrue(patterns.size() > 1_000, "patterns: " + patterns.size());
        Random random = new Random(7);
        int untranslated = 0;
        int accepted = 0;
        int prefixFree = 0;
        for (String regex : patterns) {
            String translated = DigitAutomaton.translate(regex);
            if (translated == null) {
                // national prefixes for parsing such as "([2-9]\d{6})$|1" (North American regions)
                assertTrue(regex.contains("$"), () -> "left to the regex: " + regex);
                untranslated++;
                continue;
            }
            Pattern pattern = Pattern.compile(regex);
            DigitAutomaton digits = compiledAutomaton(pattern);
            RunAutomaton run = DigitAutomaton.build(translated);
            prefixFree += DigitAutomaton.prefixFree(run) ? 1 : 0;
            for (String s : samples(run, random)) {
                Matcher m = pattern.matcher(s);
                boolean whole = m.matches();
                accepted += whole ? 1 : 0;
                assertEquals(whole, digits.matches(s), () -> regex + " matches " + s);
                boolean start = m.reset().lookingAt();
                assertEquals(start, digits.lookingAt(s), () -> regex + " lookingAt " + s);
                // the same digits written with separators, inside digits that are not read
                String written = "9" + written(s, random) + "9";
                assertEquals(whole, digits.matchesDigitsOf(written, 1, written.length() - 1),
                        () -> regex + " matches the digits of " + written);
                assertEquals(start, digits.startsDigitsOf(written, 1, written.length() - 1),
                        () -> regex + " starts the digits of " + written);
                int end = digits.prefixEnd(s);
                if (end != DigitAutomaton.ASK_THE_REGEX) {
                    assertEquals(start ? m.end() : -1, end, () -> regex + " end on " + s);
                }
            }
        }
        assertTrue(untranslated < 40, "patterns left to the regex: " + untranslated);
        assertTrue(accepted > patterns.size() * WALKS / 2, "accepted samples: " + accepted);
        assertTrue(prefixFree > 100, "prefix-free patterns: " + prefixFree);
    }

    @Test
    void answersFromTheRegexUntilAskedOftenThenFromTheAutomaton() {
        DigitAutomaton d = new DigitAutomaton(Pattern.compile("(?:1[2-4]|5)\\d{3}"), Runnable::run);
        for (int i = 1; i < DigitAutomaton.CALLS_BEFORE_AUTOMATON; i++) {
            assertTrue(d.matches("12345"));
        }
        assertFalse(d.compiled());
        assertEquals(5, d.prefixEnd("12345"));  // the threshold call: built now, and it answers
        assertTrue(d.compiled());
        assertTrue(d.matches("5123"));
        assertFalse(d.matches("15123"));
        assertTrue(d.lookingAt("512399"));
        assertEquals(4, d.prefixEnd("512399"));
        assertEquals(-1, d.prefixEnd("6"));
    }

    @Test
    void theDefaultBuilderBuildsInTheBackgroundWhileTheRegexAnswers() throws InterruptedException {
        DigitAutomaton d = new DigitAutomaton(Pattern.compile("(?:2[0-9]|3)\\d{4}"));
        for (int i = 0; i < DigitAutomaton.CALLS_BEFORE_AUTOMATON; i++) {
            assertTrue(d.matches("254321"));
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!d.compiled() && System.nanoTime() < deadline) {
            assertTrue(d.matches("254321"));  // answered by the regex until the automaton is there
            Thread.sleep(5);
        }
        assertTrue(d.compiled());
        assertTrue(d.matches("34321"));
        assertFalse(d.matches("44321"));
    }

    @Test
    void aBuildThatFailsLeavesTheRegexInCharge() {
        Executor failing = task -> {
            throw new IllegalStateException("no builder");
        };
        DigitAutomaton d = new DigitAutomaton(Pattern.compile("5\\d{2}"), failing);
        for (int i = 0; i < 2 * DigitAutomaton.CALLS_BEFORE_AUTOMATON; i++) {
            assertTrue(d.matches("512"));
            assertFalse(d.matches("612"));
            assertTrue(d.lookingAt("5123"));
            assertTrue(d.matchesDigitsOf("65-1 2.7", 1, 7));
            assertFalse(d.matchesDigitsOf("65-1 2.7", 1, 8));
            assertTrue(d.startsDigitsOf("+5 1-23", 1, 7));
            assertFalse(d.startsDigitsOf("+6 1-23", 1, 7));
        }
        assertFalse(d.compiled());
        assertEquals(DigitAutomaton.ASK_THE_REGEX, d.prefixEnd("512"));
    }

    @Test
    void leavesPatternsOutsideTheSubsetToTheRegex() {
        assertNull(DigitAutomaton.translate("1\\b"));
        assertNull(DigitAutomaton.translate("(?=1)\\d"));
        assertNull(DigitAutomaton.translate("1+"));
        assertNull(DigitAutomaton.translate("1\\d{2,3}?"));  // lazy: the library would read "optional"
        assertNull(DigitAutomaton.translate("1\\d??"));
        assertNotNull(DigitAutomaton.translate("(?:0|1[2-9])\\d{2,3}(?:4)?"));
        StringBuilder longPattern = new StringBuilder("1");
        for (int i = 0; i < 20_000; i++) {
            longPattern.append("|(?:2[0-9])\\d{2}");
        }
        assertNotNull(DigitAutomaton.translate(longPattern.toString()));  // no recursion per character
        DigitAutomaton d = new DigitAutomaton(Pattern.compile("\\d+"), Runnable::run);
        for (int i = 0; i < DigitAutomaton.CALLS_BEFORE_AUTOMATON + 5; i++) {
            assertTrue(d.matches("123"));
        }
        assertFalse(d.compiled());
    }

    @Test
    void aLanguageWithOneStringStartingAnotherIsLeftToTheRegexForItsEnd() {
        // "0" starts "01": the regex's choice among alternatives decides where a match ends
        DigitAutomaton d = compiledAutomaton(Pattern.compile("0|01"));
        assertEquals(DigitAutomaton.ASK_THE_REGEX, d.prefixEnd("012"));
        assertTrue(d.lookingAt("012"));
        DigitAutomaton free = compiledAutomaton(Pattern.compile("(183[12])|0"));
        assertEquals(4, free.prefixEnd("18315550100"));
        assertEquals(1, free.prefixEnd("0412"));
        assertEquals(-1, free.prefixEnd("1830"));
    }

    private static DigitAutomaton compiledAutomaton(Pattern pattern) {
        DigitAutomaton d = new DigitAutomaton(pattern, Runnable::run);
        for (int i = 0; i < DigitAutomaton.CALLS_BEFORE_AUTOMATON; i++) {
            d.matches("");
        }
        return d;
    }

    /** {@code digits} with spaces, hyphens and dots put before, between and after them at random. */
    private static String written(String digits, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= digits.length(); i++) {
            if (random.nextInt(3) == 0) {
                b.append(" -.".charAt(random.nextInt(3)));
            }
            if (i < digits.length()) {
                b.append(digits.charAt(i));
            }
        }
        return b.toString();
    }

    /** Strings the automaton accepts, each shortened and lengthened by a digit, and random digits. */
    private static List<String> samples(RunAutomaton run, Random random) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < WALKS; k++) {
            String walk = acceptedWalk(run, random);
            if (walk != null) {
                out.add(walk);
                out.add(walk + random.nextInt(10));
                if (!walk.isEmpty()) {
                    out.add(walk.substring(0, walk.length() - 1));
                    out.add(walk.substring(1));
                }
            }
            StringBuilder noise = new StringBuilder();
            for (int i = random.nextInt(18); i > 0; i--) {
                noise.append((char) ('0' + random.nextInt(10)));
            }
            out.add(noise.toString());
        }
        return out;
    }

    /** A random path from the start to an accepting state, or null when the walk found none. */
    private static String acceptedWalk(RunAutomaton run, Random random) {
        StringBuilder sb = new StringBuilder();
        int state = run.getInitialState();
        for (int steps = 0; steps < 40; steps++) {
            if (run.isAccept(state) && (random.nextInt(3) == 0 || !hasWayOn(run, state))) {
                return sb.toString();
            }
            List<Character> ways = new ArrayList<>();
            for (char c = '0'; c <= '9'; c++) {
                if (run.step(state, c) >= 0) {
                    ways.add(c);
                }
            }
            if (ways.isEmpty()) {
                return null;
            }
            char c = ways.get(random.nextInt(ways.size()));
            sb.append(c);
            state = run.step(state, c);
        }
        return run.isAccept(state) ? sb.toString() : null;
    }

    private static boolean hasWayOn(RunAutomaton run, int state) {
        for (char c = '0'; c <= '9'; c++) {
            if (run.step(state, c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every distinct digit pattern of the metadata: number descriptions, leading digits, prefixes. */
    private static List<String> metadataPatterns() {
        var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        TreeSet<String> out = new TreeSet<>();
        for (String region : PhoneNumberUtil.getInstance().getSupportedRegions()) {
            PhoneMetadata md = source.getMetadataForRegion(region);
            for (PhoneNumberDesc d : List.of(md.getGeneralDesc(), md.getFixedLine(), md.getMobile(),
                    md.getTollFree(), md.getPremiumRate(), md.getSharedCost(), md.getPersonalNumber(),
                    md.getVoip(), md.getPager(), md.getUan(), md.getVoicemail())) {
                out.add(d.getNationalNumberPattern());
            }
            out.add(md.getInternationalPrefix());
            out.add(md.getNationalPrefixForParsing());
            for (NumberFormat f : md.getNumberFormatList()) {
                for (int i = 0; i < f.getLeadingDigitsPatternCount(); i++) {
                    out.add(f.getLeadingDigitsPattern(i));
                }
            }
        }
        out.remove("");
        return new ArrayList<>(out);
    }
}

package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.TextView;
import dev.veil.detect.Validator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's age: {@code 42 years old}, {@code 42-year-old}, {@code 42 yo}, {@code 61 y/o},
 * {@code aged 42}, {@code age: 42}. A bare {@code 42 years} is a duration unless a word such as
 * "age" is near ("Admit age: 69 years"), so that form needs context. Ages above 130 are not ages.
 * The finding is the number with its unit, or the number alone after "age"/"aged".
 */
final class AgeDetectors {
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{0,2})?";
    private static final String YEARS = "(?:years?|yrs?|yr)";

    /**
     * {@link #numberBeforeY} as a gate that declares what it turns away unread: a run of more than
     * three digits, or one followed by anything but a decimal point, a space, a hyphen or the y
     * itself. The shared pass then asks it at a few runs instead of at every run of the text.
     */
    static final DigitAnchor BEFORE_Y = new DigitAnchor() {
        private final RunIndex.Chars after = RunIndex.Chars.of(". -yY");

        @Override
        public boolean at(String text, int i) {
            return numberBeforeY(text, i);
        }

        @Override
        public int longestRun() {
            return 3;
        }

        @Override
        public RunIndex.Chars afterRun() {
            return after;
        }

        @Override
        public String followedBy() {
            return "yY";
        }

        @Override
        public int followedWithin() {
            return 5;  // a decimal point, two decimals and two spaces or hyphens
        }
    };

    /** Numbers followed by a unit's y, found once for the two detectors that need one. */
    private static final TextView.SharedPass<int[]> NUMBERS_BEFORE_Y = DigitAnchoredDetector.startsPassing(BEFORE_Y);

    private AgeDetectors() {
    }

    static List<Detector> all() {
        Validator plausible = AgeDetectors::isPlausibleAge;
        ContextWords context = ContextWords.of("age", "aged", "patient", "born");
        Detector withUnit = new DigitAnchoredDetector("age", EntityType.AGE, List.of(
                new DigitAnchoredDetector.Rule("years-old", Pattern.compile("(?i)" + NUMBER + "[ -]{0,2}" + YEARS
                        + "\\.?[ -]{1,2}old\\b"), 0.85, plausible),
                new DigitAnchoredDetector.Rule("yo", Pattern.compile("(?i)" + NUMBER + "[ ]?(?:y/o|y\\.o\\.|yo)(?![\\w/])"),
                        0.75, plausible)),
                context, 40, false, NUMBERS_BEFORE_Y);
        Detector afterLabel = new KeywordValueDetector("age-label", EntityType.AGE, List.of("age"), List.of(
                new KeywordValueDetector.Rule("aged", Pattern.compile("(?i)(?:aged|age(?:[ ]?[:=]|[ ]is|[ ]of)?)[ ]{0,3}(?<v>"
                        + NUMBER + ")(?![\\w]|\\.\\d)"), 0.7, plausible)), List.of("age", "aged"));
        Detector years = new DigitAnchoredDetector("age-in-years", EntityType.AGE, List.of(
                new DigitAnchoredDetector.Rule("years", Pattern.compile("(?i)" + NUMBER + "[ ]?" + YEARS + "(?![\\w])"),
                        0.4, plausible)),
                ContextWords.of("age", "aged"), 20, true, NUMBERS_BEFORE_Y);
        return List.of(withUnit, afterLabel, years);
    }

    /** The leading number is an age a living person can have (0 to 130). */
    static boolean isPlausibleAge(String value) {
        int i = 0;
        int years = 0;
        while (i < value.length() && Character.isDigit(value.charAt(i))) {
            years = years * 10 + (value.charAt(i) - '0');
            i++;
        }
        return i > 0 && years <= 130;
    }

    /**
     * Every unit form ("years", "yr", "yo", "y/o") starts with a y: at most three digits, maybe a
     * decimal part, up to two spaces or hyphens, then y or Y. Most numbers fail this at once.
     */
    static boolean numberBeforeY(String text, int i) {
        int n = text.length();
        int j = AddressDetectors.digitsAt(text, i);
        if (j > 3) {
            return false;
        }
        j += i;
        if (j < n && text.charAt(j) == '.') {
            int frac = AddressDetectors.digitsAt(text, j + 1);
            if (frac > 2) {
                return false;
            }
            j += 1 + frac;
        }
        for (int gap = 0; gap < 2 && j < n && (text.charAt(j) == ' ' || text.charAt(j) == '-'); gap++) {
            j++;
        }
        return j < n && (text.charAt(j) == 'y' || text.charAt(j) == 'Y');
    }
}

package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.Trigger;
import java.util.List;

/**
 * A person's age: {@code 42 years old}, {@code 42-year-old}, {@code 42 yo}, {@code 61 y/o},
 * {@code aged 42}, {@code age: 42}. A bare {@code 42 years} is a duration unless a word such as
 * "age" is near ("Admit age: 69 years"), so that form needs context. Ages above 130 are not ages.
 * The finding is the number with its unit, or the number alone after "age"/"aged".
 */
final class AgeDetectors {
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{0,2})?";
    private static final String YEARS = "(?:years?|yrs?|yr)";

    private AgeDetectors() {
    }

    static List<Detector> all() {
        Detector phrase = PatternDetector.builder("age", EntityType.AGE)
                .pattern("years-old", "(?i)\\b(?<v>" + NUMBER + "[ -]{0,2}" + YEARS + "\\.?[ -]{1,2}old)\\b", 0.85)
                .pattern("yo", "(?i)\\b(?<v>" + NUMBER + "[ ]?(?:y/o|y\\.o\\.|yo))(?![\\w/])", 0.75)
                .pattern("aged", "(?i)\\b(?:aged|age(?:[ ]?[:=]|[ ]is|[ ]of)?)[ ]{0,3}(?<v>" + NUMBER
                        + ")(?![\\w]|\\.\\d)", 0.7)
                .validator("plausible-age", AgeDetectors::isPlausibleAge)
                .validatedScore(0.0)
                .context("age", "aged", "patient", "born")
                .trigger(Trigger.DIGITS)
                .build();
        Detector years = PatternDetector.builder("age-in-years", EntityType.AGE)
                .pattern("years", "(?i)\\b(?<v>" + NUMBER + "[ ]?" + YEARS + ")(?![\\w])", 0.4)
                .validator("plausible-age", AgeDetectors::isPlausibleAge)
                .validatedScore(0.0)
                .context("age", "aged")
                .contextRequired()
                .trigger(Trigger.DIGITS)
                .build();
        return List.of(phrase, years);
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
}

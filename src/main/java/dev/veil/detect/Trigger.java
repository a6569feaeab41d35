package dev.veil.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Where a pattern can possibly match, so that patterns run only over the parts of a text that
 * could hold their values. A trigger names a character class and a margin: the pattern runs over
 * the regions within {@code margin} characters of any character of that class (regions closer
 * than twice the margin are merged). A pattern with a trigger must only match text that contains
 * a trigger character and has no stretch longer than {@code margin} characters without one.
 *
 * <p>A digit-cluster trigger ({@link #digits(int, int, int)}, {@code minDigits > 0}) is narrower:
 * the text's digits are grouped into clusters (digits at most {@code maxGap} characters apart),
 * and only clusters with at least {@code minDigits} digits, widened by {@code margin}, are
 * scanned. A pattern may use such a trigger when every match holds at least {@code minDigits}
 * digits, no two consecutive digits of a match are more than {@code maxGap} characters apart, and
 * no match reaches further than {@code margin} characters before its first or after its last
 * digit. Look-arounds and {@code \b} see past the region, so they need no margin.
 */
public final class Trigger {
    /** The whole text: for patterns with no required character (names, words). */
    public static final Trigger ANY = new Trigger("any", c -> true, 0);
    /** ASCII digits 0-9, for numbers, identifiers, dates, IBANs, addresses with house numbers. */
    public static final Trigger DIGITS = new Trigger("digits", Trigger::isDigit, 32);
    /** The at sign, for email addresses and user handles. */
    public static final Trigger AT_SIGN = new Trigger("at-sign", c -> c == '@' || c == '\uFF20', 320);

    /** At most this many distinct characters are searched for one by one ({@link String#indexOf}). */
    private static final int FEW = 4;

    private final String name;
    private final IntPredicate chars;
    private final int margin;
    private final int minDigits;
    private final int maxGap;
    private final List<DigitLayout> layouts;
    private final DigitLayout[] layoutArray;
    /** What {@code chars} accepts, found on first use (see {@link CharClass}). */
    private volatile CharClass charClass;

    public Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts) {
        if (margin < 0 || minDigits < 0 || maxGap < 0) {
            throw new IllegalArgumentException("negative trigger parameter");
        }
        this.name = Objects.requireNonNull(name);
        this.chars = Objects.requireNonNull(chars);
        this.margin = margin;
        this.minDigits = minDigits;
        this.maxGap = maxGap;
        this.layouts = List.copyOf(layouts);
        this.layoutArray = this.layouts.toArray(new DigitLayout[0]);
    }

    /** A trigger without digit layouts. */
    public Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap) {
        this(name, chars, margin, minDigits, maxGap, List.of());
    }

    /** A character-class trigger (no digit clusters). */
    public Trigger(String name, IntPredicate chars, int margin) {
        this(name, chars, margin, 0, 0);
    }

    /**
     * Clusters of at least {@code minDigits} ASCII digits, consecutive digits at most
     * {@code maxGap} characters apart, widened by {@code margin} characters on both sides.
     */
    public static Trigger digits(int minDigits, int maxGap, int margin) {
        if (minDigits < 1) {
            throw new IllegalArgumentException("minDigits must be at least 1");
        }
        return new Trigger("digits-" + minDigits + "-gap" + maxGap + "-margin" + margin,
                Trigger::isDigit, margin, minDigits, maxGap);
    }

    /**
     * The places where the text's digit runs have one of {@code layouts} (see {@link DigitLayout}),
     * from the first digit of the first group to the last digit of the last, widened by
     * {@code margin}. A pattern may use it when every match's digits have one of the layouts,
     * each group a whole run of digits, and reach no further than {@code margin} characters
     * before the first digit or after the last; look-arounds see past the region.
     */
    public static Trigger layouts(int margin, String... layouts) {
        List<DigitLayout> parsed = Arrays.stream(layouts).map(DigitLayout::of).toList();
        int min = Integer.MAX_VALUE;
        for (DigitLayout l : parsed) {
            min = Math.min(min, Arrays.stream(l.minLengths()).sum());
        }
        return new Trigger("layouts-" + String.join(",", layouts) + "-margin" + margin, Trigger::isDigit, margin,
                min, 1, parsed);
    }

    public String name() {
        return name;
    }

    public IntPredicate chars() {
        return chars;
    }

    public int margin() {
        return margin;
    }

    public int minDigits() {
        return minDigits;
    }

    public int maxGap() {
        return maxGap;
    }

    public List<DigitLayout> layouts() {
        return layouts;
    }

    /** The layouts as an array, for the per-run loop (do not modify). */
    DigitLayout[] layoutArray() {
        return layoutArray;
    }

    /** Whether the character class is exactly the ASCII digits. */
    boolean isDigitClass() {
        return charClass().digitsOnly();
    }

    /** The class's characters when there are at most a few of them, else {@code null} (do not modify). */
    char[] fewChars() {
        return charClass().few();
    }

    private CharClass charClass() {
        CharClass c = charClass;
        if (c == null) {
            c = CharClass.of(chars);
            charClass = c;
        }
        return c;
    }

    /**
     * Which characters a trigger's predicate accepts, probed once over the BMP: regions are then
     * made from the text's digit runs or a few {@code indexOf} searches instead of calling the
     * predicate for every character of every text.
     */
    private record CharClass(boolean digitsOnly, char[] few) {
        static CharClass of(IntPredicate chars) {
            StringBuilder accepted = new StringBuilder();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (chars.test(c)) {
                    accepted.append((char) c);
                    if (accepted.length() > 10) {
                        return new CharClass(false, null);
                    }
                }
            }
            return new CharClass(accepted.toString().equals("0123456789"),
                    accepted.length() <= FEW ? accepted.toString().toCharArray() : null);
        }
    }

    @Override
    public String toString() {
        return "Trigger[" + name + "]";
    }

    /** Whether regions come from digit layouts ({@link #layouts}). */
    public boolean isDigitLayout() {
        return !layouts.isEmpty();
    }

    public boolean isWholeText() {
        return margin == 0 && minDigits == 0;
    }

    /** Whether regions come from digit clusters rather than single trigger characters. */
    public boolean isDigitCluster() {
        return minDigits > 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}

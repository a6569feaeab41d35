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
    public static final Trigger DIGITS = nearDigits("digits", 32);
    /** The at sign, for email addresses and user handles. */
    public static final Trigger AT_SIGN = near("at-sign", 320, "@\uFF20");

    /** At most this many distinct characters are searched for one by one ({@link String#indexOf}). */
    private static final int FEW = 4;

    /** The name given, without the filters' part. */
    private final String baseName;
    /** The name given, with the filters: regions are kept per name. */
    private final String name;
    private final IntPredicate chars;
    private final int margin;
    private final int minDigits;
    private final int maxGap;
    private final List<DigitLayout> layouts;
    private final DigitLayout[] layoutArray;
    /**
     * The characters of the class when a factory declared them ({@link #nearDigits}, {@link #near}),
     * else {@code null}: then regions come from the text's digit runs or a few {@code indexOf}
     * searches instead of a predicate call per character.
     */
    private final String declared;
    /** For layouts: the characters allowed between groups ({@link #separatedBy}); {@code null} for any. */
    private final String separators;
    /** For layouts: the separators that may not follow a digit right before the first group ({@link #notAfterGroup}). */
    private final String notAfterGroup;
    /** For layouts: whether an ASCII letter may not touch the first or the last group ({@link #notInWord}). */
    private final boolean notInWord;

    public Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts) {
        this(name, chars, margin, minDigits, maxGap, layouts, null);
    }

    private Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts,
                    String declared) {
        this(name, chars, margin, minDigits, maxGap, layouts, declared, null, null, false);
    }

    private Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts,
                    String declared, String separators, String notAfterGroup, boolean notInWord) {
        if (margin < 0 || minDigits < 0 || maxGap < 0) {
            throw new IllegalArgumentException("negative trigger parameter");
        }
        this.baseName = Objects.requireNonNull(name);
        this.name = name + (separators == null ? "" : "-between[" + separators + "]")
                + (notAfterGroup == null ? "" : "-notafter[" + notAfterGroup + "]") + (notInWord ? "-notinword" : "");
        this.chars = Objects.requireNonNull(chars);
        this.margin = margin;
        this.minDigits = minDigits;
        this.maxGap = maxGap;
        this.layouts = List.copyOf(layouts);
        this.layoutArray = this.layouts.toArray(new DigitLayout[0]);
        this.declared = declared;
        this.separators = separators;
        this.notAfterGroup = notAfterGroup;
        this.notInWord = notInWord;
    }

    /** Every place within {@code margin} characters of an ASCII digit. */
    public static Trigger nearDigits(String name, int margin) {
        return new Trigger(name, Trigger::isDigit, margin, 0, 0, List.of(), "0123456789");
    }

    /** Every place within {@code margin} characters of one of {@code chars}. */
    public static Trigger near(String name, int margin, String chars) {
        return new Trigger(name, c -> chars.indexOf(c) >= 0, margin, 0, 0, List.of(), chars);
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

    /**
     * This layout trigger where the character between two groups is one of {@code chars}: for
     * patterns whose separators are those ({@code "3-3-3"} written with spaces or hyphens, not
     * the dots of an IP address).
     */
    public Trigger separatedBy(String chars) {
        requireLayouts();
        return new Trigger(baseName, this.chars, margin, minDigits, maxGap, layouts, declared, chars, notAfterGroup,
                notInWord);
    }

    /**
     * This layout trigger without the places whose first group is right after a digit and one of
     * {@code chars}: for patterns that refuse to start there (the {@code (?<![0-9][ :./-].)} of a
     * number standing alone), so that a 3-3-4 layout inside "+1 212-555-0954" is not scanned.
     * Every match of every pattern must start at its layout's first group.
     */
    public Trigger notAfterGroup(String chars) {
        requireLayouts();
        return new Trigger(baseName, this.chars, margin, minDigits, maxGap, layouts, declared, separators, chars,
                notInWord);
    }

    /**
     * This layout trigger without the places whose first group comes right after an ASCII letter
     * or whose last group comes right before one: for patterns that refuse a number glued to a
     * word ({@code \b}, {@code (?<![A-Za-z0-9]\d)}, {@code (?![A-Za-z0-9])}), such as the nine
     * digits of "id=123456789c0".
     */
    public Trigger notInWord() {
        requireLayouts();
        return new Trigger(baseName, this.chars, margin, minDigits, maxGap, layouts, declared, separators, notAfterGroup,
                true);
    }

    /**
     * This trigger without {@link #separatedBy}, {@link #notAfterGroup} and {@link #notInWord}: to
     * check that they find the same.
     */
    public Trigger unfiltered() {
        return hasFilters() ? new Trigger(baseName, chars, margin, minDigits, maxGap, layouts, declared) : this;
    }

    private void requireLayouts() {
        if (layouts.isEmpty()) {
            throw new IllegalStateException(name + ": not a layout trigger");
        }
    }

    /**
     * Whether a layout that fits the runs {@code first .. last} of {@code runs} passes
     * {@link #separatedBy}, {@link #notAfterGroup} and {@link #notInWord}.
     */
    boolean passesFilters(String text, int[] runs, int first, int last) {
        if (notInWord) {
            int s = runs[2 * first];
            int e = runs[2 * last + 1];
            if ((s > 0 && isAsciiLetter(text.charAt(s - 1))) || (e < text.length() && isAsciiLetter(text.charAt(e)))) {
                return false;
            }
        }
        if (notAfterGroup != null) {
            int s = runs[2 * first];
            if (s >= 2 && isDigit(text.charAt(s - 2)) && notAfterGroup.indexOf(text.charAt(s - 1)) >= 0) {
                return false;
            }
        }
        if (separators != null) {
            for (int k = first + 1; k <= last; k++) {
                if (separators.indexOf(text.charAt(runs[2 * k] - 1)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@link #separatedBy}, {@link #notAfterGroup} or {@link #notInWord} applies. */
    public boolean hasFilters() {
        return separators != null || notAfterGroup != null || notInWord;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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

    /** Whether the character class was declared as exactly the ASCII digits. */
    boolean isDigitClass() {
        return "0123456789".equals(declared);
    }

    /** The class's characters when declared and at most a few, else {@code null}. */
    char[] fewChars() {
        return declared != null && declared.length() <= FEW ? declared.toCharArray() : null;
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

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

    /** The name given, without the narrowing's part. */
    private final String baseName;
    /** The name given, with the narrowing's: regions are kept per name. */
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
    /** For layouts: what narrows them ({@link #separatedBy} and the others). */
    private final Narrowing narrowing;
    /** For {@link #anyOf}: the layout triggers whose regions are joined; else empty. */
    private final List<Trigger> parts;
    /** {@link #isNarrowed}, fixed at construction: asked for every layout trigger of every text. */
    private final boolean narrowed;
    /** Where a {@link TextView} keeps this trigger's regions: one slot per {@link #name}, as regions are kept per name. */
    private final int slot;

    /** The slot of each trigger name seen, numbered from 0 in the order first seen (a holder: {@link #ANY} is made first). */
    private static final class Slots {
        static final java.util.concurrent.ConcurrentHashMap<String, Integer> BY_NAME =
                new java.util.concurrent.ConcurrentHashMap<>();
        static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
    }

    /**
     * What narrows a layout trigger: the characters allowed between groups ({@code null} for
     * any), the separators that may not come between a digit and the first group, or between the
     * last group and a digit ({@code null} for none), and whether an ASCII letter may not touch
     * the first or last group.
     */
    private record Narrowing(String separators, String notAfterGroup, String notBeforeGroup, boolean notInWord) {
        static final Narrowing NONE = new Narrowing(null, null, null, false);

        String suffix() {
            return (separators == null ? "" : "-between[" + separators + "]")
                    + (notAfterGroup == null ? "" : "-notafter[" + notAfterGroup + "]")
                    + (notBeforeGroup == null ? "" : "-notbefore[" + notBeforeGroup + "]")
                    + (notInWord ? "-notinword" : "");
        }

        boolean isNone() {
            return equals(NONE);
        }

        /** Whether the layout fitting the runs {@code first .. last} of {@code runs} is kept. */
        boolean keeps(String text, int[] runs, int first, int last) {
            int s = runs[2 * first];
            int e = runs[2 * last + 1];
            int n = text.length();
            boolean letterBefore = s > 0 && isAsciiLetter(text.charAt(s - 1));
            if (notInWord && (letterBefore || (e < n && isAsciiLetter(text.charAt(e))))) {
                return false;
            }
            if (notAfterGroup != null && s >= 2 && isDigit(text.charAt(s - 2))
                    && notAfterGroup.indexOf(text.charAt(s - 1)) >= 0) {
                return false;
            }
            if (notBeforeGroup != null && e + 1 < n && isDigit(text.charAt(e + 1))
                    && notBeforeGroup.indexOf(text.charAt(e)) >= 0) {
                return false;
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
    }

    public Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts) {
        this(name, chars, margin, minDigits, maxGap, layouts, null);
    }

    private Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts,
                    String declared) {
        this(name, chars, margin, minDigits, maxGap, layouts, declared, Narrowing.NONE, List.of());
    }

    private Trigger(String name, IntPredicate chars, int margin, int minDigits, int maxGap, List<DigitLayout> layouts,
                    String declared, Narrowing narrowing, List<Trigger> parts) {
        if (margin < 0 || minDigits < 0 || maxGap < 0) {
            throw new IllegalArgumentException("negative trigger parameter");
        }
        this.baseName = Objects.requireNonNull(name);
        this.name = name + narrowing.suffix();
        this.chars = Objects.requireNonNull(chars);
        this.margin = margin;
        this.minDigits = minDigits;
        this.maxGap = maxGap;
        this.layouts = List.copyOf(layouts);
        this.layoutArray = this.layouts.toArray(new DigitLayout[0]);
        this.declared = declared;
        this.narrowing = narrowing;
        this.parts = List.copyOf(parts);
        this.narrowed = !narrowing.isNone() || this.parts.stream().anyMatch(Trigger::isNarrowed);
        this.slot = Slots.BY_NAME.computeIfAbsent(this.name, k -> Slots.COUNT.getAndIncrement());
    }

    /** This trigger's slot: triggers of one name share it, and no other trigger has it. */
    int slot() {
        return slot;
    }

    /** The number of slots given so far: every trigger made until now has a slot below it. */
    static int slotCount() {
        return Slots.COUNT.get();
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
        Narrowing n = narrowing;
        return narrowed(new Narrowing(chars, n.notAfterGroup(), n.notBeforeGroup(), n.notInWord()));
    }

    /**
     * This layout trigger without the places whose first group is right after a digit and one of
     * {@code chars}: for patterns that refuse to start there (the {@code (?<![0-9][ :./-].)} of a
     * number standing alone), so that a 3-3-4 layout inside "+1 212-555-0954" is not scanned.
     * Every match of every pattern must start at its layout's first group.
     */
    public Trigger notAfterGroup(String chars) {
        Narrowing n = narrowing;
        return narrowed(new Narrowing(n.separators(), chars, n.notBeforeGroup(), n.notInWord()));
    }

    /**
     * This layout trigger without the places whose last group is right before one of
     * {@code chars} and a digit: for patterns that refuse to end there ({@code (?![ :./-][0-9])}),
     * so that three groups of a table's row of figures are not scanned. Every match of every
     * pattern must end at its layout's last group.
     */
    public Trigger notBeforeGroup(String chars) {
        Narrowing n = narrowing;
        return narrowed(new Narrowing(n.separators(), n.notAfterGroup(), chars, n.notInWord()));
    }

    /**
     * This layout trigger without the places whose first group comes right after an ASCII letter
     * or whose last group comes right before one: for patterns that refuse a number glued to a
     * word ({@code \b}, {@code (?<![A-Za-z0-9]\d)}, {@code (?![A-Za-z0-9])}), such as the nine
     * digits of "id=123456789c0".
     */
    public Trigger notInWord() {
        Narrowing n = narrowing;
        return narrowed(new Narrowing(n.separators(), n.notAfterGroup(), n.notBeforeGroup(), true));
    }

    private Trigger narrowed(Narrowing by) {
        if (layouts.isEmpty() || !parts.isEmpty()) {
            throw new IllegalStateException(name + ": not a single layout trigger");
        }
        return new Trigger(baseName, chars, margin, minDigits, maxGap, layouts, declared, by, List.of());
    }

    /**
     * The regions of all of {@code triggers} (layout triggers, each maybe narrowed in its own way):
     * for a detector whose patterns each have their own layout and their own look-arounds, as the
     * nine bare digits and the 3-3-3 groups of a Canadian SIN.
     */
    public static Trigger anyOf(Trigger... triggers) {
        List<DigitLayout> all = new java.util.ArrayList<>();
        StringBuilder name = new StringBuilder("any");
        int min = Integer.MAX_VALUE;
        for (Trigger t : triggers) {
            if (t.layouts.isEmpty() || !t.parts.isEmpty() || t.margin != triggers[0].margin) {
                throw new IllegalArgumentException("anyOf joins layout triggers of one margin: " + t.name);
            }
            all.addAll(t.layouts);
            name.append('(').append(t.name).append(')');
            min = Math.min(min, t.minDigits);
        }
        return new Trigger(name.toString(), Trigger::isDigit, triggers[0].margin, min, 1, all, null, Narrowing.NONE,
                List.of(triggers));
    }

    /** The triggers {@link #anyOf} joined, else empty. */
    List<Trigger> parts() {
        return parts;
    }

    /**
     * This trigger without what narrows its layouts ({@link #separatedBy} and the others): to
     * check that the narrowing finds the same.
     */
    public Trigger plain() {
        if (!parts.isEmpty()) {
            return anyOf(parts.stream().map(Trigger::plain).toArray(Trigger[]::new));
        }
        return isNarrowed() ? new Trigger(baseName, chars, margin, minDigits, maxGap, layouts, declared) : this;
    }

    /** Whether the narrowing keeps a layout that fits the runs {@code first .. last} of {@code runs}. */
    boolean keeps(String text, int[] runs, int first, int last) {
        return narrowing.keeps(text, runs, first, last);
    }

    /** Whether something narrows this trigger's layouts, or those of one it joins. */
    public boolean isNarrowed() {
        return narrowed;
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

package dev.veil.detect.builtin;

import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A digit pattern of libphonenumber's metadata that answers whole-string matches from a
 * deterministic automaton once it is asked often. The metadata's patterns use a small part of
 * regex syntax (digits, classes, {@code \d}, groups, alternation, {@code ?} and counted repeats),
 * so they are regular and the automaton accepts exactly what {@link Pattern#matches} accepts. A
 * {@link java.util.regex.Matcher} costs about 150 ns per number (most of it allocating and
 * clearing its state); the automaton reads one table entry per digit (about 10 ns). Building it
 * takes milliseconds per pattern (up to 350 ms for the largest of the default regions), too much
 * for every pattern at a cold start or for a request to wait on, so a pattern is compiled only
 * after {@link #CALLS_BEFORE_AUTOMATON} answers from the regex, on a background thread, while the
 * regex goes on answering; a build that fails leaves the regex in charge.
 *
 * <p>Thread-safe: the automaton is immutable and published through a volatile field; the call
 * count is a racy hint, and a volatile flag asks for one build.
 */
final class DigitAutomaton {
    /** Regex answers before the automaton is built. */
    static final int CALLS_BEFORE_AUTOMATON = 1_000;

    /** The single characters the translation understands, besides {@code \d} and {@code (?:}. */
    private static final String PLAIN = "0123456789[]()|?{},-";

    /** Builds automata one at a time, at low priority, off the detecting threads. */
    private static final ExecutorService BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "veil-digit-automata");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final Pattern pattern;
    /** The pattern in the automaton library's syntax, or {@code null} when outside the subset. */
    private final String translated;
    private final Executor builder;
    private volatile Compiled automaton;
    private volatile boolean requested;
    private int regexCalls;

    /** The automaton, and whether its language is prefix-free (no accepted string starts another). */
    private record Compiled(RunAutomaton run, boolean prefixFree) {
    }

    /** {@link #prefixEnd}: the automaton cannot say (not built yet, or a language that is not prefix-free). */
    static final int ASK_THE_REGEX = -2;

    DigitAutomaton(Pattern pattern) {
        this(pattern, BUILDER);
    }

    /** With the automaton built by {@code builder} (a direct one, {@code Runnable::run}, in tests). */
    DigitAutomaton(Pattern pattern, Executor builder) {
        this.pattern = pattern;
        this.translated = translate(pattern.pattern());
        this.builder = builder;
    }

    /**
     * {@code regex} in the syntax of {@code dk.brics.automaton.RegExp} ({@code \d} as a class,
     * {@code (?:} as a group), or {@code null} when it uses anything beyond the metadata's subset.
     */
    static String translate(String regex) {
        // a walk, not a regex: a regex loop over alternatives recurses once per character, and
        // the metadata's patterns run to 1,500 characters
        for (int i = 0; i < regex.length(); ) {
            if (regex.startsWith("\\d", i)) {
                i += 2;
            } else if (regex.startsWith("(?:", i)) {
                i += 3;
            } else if (regex.charAt(i) == '?' && (i == 0 || "}?(|".indexOf(regex.charAt(i - 1)) >= 0)) {
                return null;  // a lazy quantifier ("\\d{2,3}?") or a group construct: the library reads "?" as optional
            } else if (PLAIN.indexOf(regex.charAt(i)) >= 0) {
                i++;
            } else {
                return null;
            }
        }
        return regex.replace("\\d", "[0-9]").replace("(?:", "(");
    }

    /** The automaton for {@code regex} (which {@link #translate} accepts), built now. */
    static RunAutomaton build(String translated) {
        return new RunAutomaton(new RegExp(translated, RegExp.NONE).toAutomaton());
    }

    /**
     * Whether the language of {@code a} (minimal, as {@link RunAutomaton} keeps it: no dead
     * state) is prefix-free: then no accepting state has a way on, and a match at a text's start
     * ends where the walk first accepts, whichever alternative the regex would try first.
     */
    static boolean prefixFree(RunAutomaton a) {
        for (int state = 0; state < a.getSize(); state++) {
            if (a.isAccept(state)) {
                for (char c = '0'; c <= '9'; c++) {
                    if (a.step(state, c) >= 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The automaton when built; the call that reaches the threshold asks for it. */
    private Compiled automaton() {
        Compiled a = automaton;
        if (a == null && translated != null && !requested && ++regexCalls >= CALLS_BEFORE_AUTOMATON) {
            requested = true;
            try {
                builder.execute(this::buildNow);
            } catch (RuntimeException e) {
                return null;  // no builder (rejected): the regex keeps answering
            }
            a = automaton;  // built already when the builder runs it in place
        }
        return a;
    }

    private void buildNow() {
        try {
            RunAutomaton run = build(translated);
            automaton = new Compiled(run, prefixFree(run));
        } catch (RuntimeException | StackOverflowError e) {
            // the regex keeps answering: same answers, only slower
        }
    }

    /** Whether the whole of {@code digits} matches the pattern ({@link java.util.regex.Matcher#matches}). */
    boolean matches(String digits) {
        Compiled a = automaton();
        return a != null ? a.run().run(digits) : pattern.matcher(digits).matches();
    }

    /**
     * {@link #matches} of the digits of {@code text[from, to)}, its other characters (a number's
     * spaces, hyphens, dots) skipped: read in place by the automaton, copied out only for the
     * regex while there is none.
     */
    boolean matchesDigitsOf(String text, int from, int to) {
        Compiled a = automaton();
        if (a == null) {
            return pattern.matcher(digitsOf(text, from, to)).matches();
        }
        RunAutomaton run = a.run();
        int state = run.getInitialState();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (state = run.step(state, c)) < 0) {
                return false;
            }
        }
        return run.isAccept(state);
    }

    /**
     * {@code lookingAtEnd(digits) >= 0} for the digits of {@code text[from, to)}, its other
     * characters skipped: whether some start of them matches, answered as {@link #lookingAtEnd}
     * answers (the automaton where its language is prefix-free, else the regex).
     */
    boolean startsDigitsOf(String text, int from, int to) {
        Compiled a = automaton();
        if (a == null || !a.prefixFree()) {
            return pattern.matcher(digitsOf(text, from, to)).lookingAt();
        }
        RunAutomaton run = a.run();
        int state = run.getInitialState();
        for (int i = from; ; i++) {
            if (run.isAccept(state)) {
                return true;
            }
            while (i < to && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                i++;
            }
            if (i == to || (state = run.step(state, text.charAt(i))) < 0) {
                return false;
            }
        }
    }

    /** The digits of {@code text[from, to)}, its other characters left out. */
    static String digitsOf(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether some start of {@code digits} matches the pattern ({@link java.util.regex.Matcher#lookingAt}). */
    boolean lookingAt(String digits) {
        Compiled a = automaton();
        return a != null ? firstAccept(a.run(), digits) >= 0 : pattern.matcher(digits).lookingAt();
    }

    /**
     * Where the match at the start of {@code digits} ends ({@link java.util.regex.Matcher#end}
     * after {@code lookingAt}), {@code -1} when there is none, or {@link #ASK_THE_REGEX} when the
     * automaton cannot answer alike (not built yet, or a language that is not prefix-free, in which
     * the regex's choice among alternatives decides).
     */
    int prefixEnd(String digits) {
        Compiled a = automaton();
        return a == null || !a.prefixFree() ? ASK_THE_REGEX : firstAccept(a.run(), digits);
    }

    /**
     * Where the match at the start of {@code digits} ends, or -1 when there is none, as
     * {@link java.util.regex.Matcher#lookingAt} and {@code end} answer: from the automaton where
     * it can ({@link #prefixEnd}), else from the regex.
     */
    int lookingAtEnd(String digits) {
        int end = prefixEnd(digits);
        if (end != ASK_THE_REGEX) {
            return end;
        }
        java.util.regex.Matcher m = pattern.matcher(digits);
        return m.lookingAt() ? m.end() : -1;
    }

    /** How many of {@code digits} the automaton reads before it first accepts, or -1 when it never does. */
    private static int firstAccept(RunAutomaton run, String digits) {
        int state = run.getInitialState();
        for (int i = 0; ; i++) {
            if (run.isAccept(state)) {
                return i;
            }
            if (i == digits.length() || (state = run.step(state, digits.charAt(i))) < 0) {
                return -1;
            }
        }
    }

    /** Whether the automaton answers (it has been asked often enough), for tests. */
    boolean compiled() {
        return automaton != null;
    }

    Pattern pattern() {
        return pattern;
    }
}

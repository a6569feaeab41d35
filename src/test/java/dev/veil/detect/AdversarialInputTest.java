package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in detector must finish on 1 MB of hostile input (long runs of digits, separators,
 * letters, no newlines) in bounded time: a pattern that backtracks catastrophically would take
 * hours here. The bound is generous (it checks for blow-ups, not speed; speed is `veil bench`).
 */
class AdversarialInputTest {
    private static final int SIZE = 1 << 20;
    private static final Duration BOUND = Duration.ofSeconds(30);

    static Stream<Arguments> hostileInputs() {
        List<String> inputs = List.of(
                repeat("0"), repeat("1"), repeat("9"), repeat("1-"), repeat("1 "), repeat("12."),
                repeat("1/"), repeat("a"), repeat("A"), repeat("Aa "), repeat("AB12"), repeat("a@"),
                repeat("a."), repeat(":"), repeat("ff:"), repeat("1:"), repeat("http://a"), repeat("+1 "),
                repeat("Mary "), repeat("Mr. "), repeat("x" + "\u00A0"), repeat("4111 "), repeat("DE89"),
                repeat("-"), repeat("@."), repeat("Street "), repeat("1 Main "),
                // address parts without end, and towns before postcodes or cities in every position
                repeat("House 12, "), repeat("Plot 1, Road 2, Lagos, "), repeat("Aa 12345, "), repeat("Calle Aa 1, Bb, "),
                // labelled fields: labels without end, values without end, keys, brackets of converted keys
                repeat("name: "), repeat("Home address: 1 Aa Bb, "), repeat("first name: Ann Lee "), repeat("a=b "),
                repeat("customer.address=\""), repeat("fullName (full name"), repeat("(a:"), repeat("street: Aa"),
                // text tables: headers without rows, rows without end, cells of one column
                repeat("NAME  ADDRESS\n"), repeat("NAME    ADDRESS\nAa Bb   1 Cc Dd\n"), repeat("Name  x  "),
                repeat("HOLDER\tADDRESS\tX\n"), repeat("Иван "), repeat("Ж"), repeat("Соколова-"), repeat("Μπ "));
        return BuiltInDetectors.all().stream()
                .flatMap(d -> inputs.stream().map(in -> Arguments.of(d.name(), d, in)));
    }

    private static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} on {index}")
    @MethodSource("hostileInputs")
    void finishesInBoundedTime(String name, Detector detector, String input) {
        List<Finding> found = assertTimeoutPreemptively(BOUND, () -> detector.detect(new TextView(input)));
        for (Finding f : found) {
            assertFalse(f.end() > input.length(), name + " reported a span past the end");
        }
    }
}

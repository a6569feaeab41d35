package dev.veil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log capture catches values in messages, exceptions, the JSON loggers and printed text. */
class LogCaptureTest {
    @Test
    void findsForbiddenStringsWhereverTheyWereWrittenAndNamesOnlyTheirIndex() {
        try (LogCapture logs = new LogCapture()) {
            LoggerFactory.getLogger("dev.veil.example").debug("value {}", "alpha-value-1");
            LoggerFactory.getLogger("org.example").error("failed", new IllegalStateException("beta-value-2"));
            LoggerFactory.getLogger("veil.audit").info("{\"gamma\":\"gamma-value-3\"}");
            System.err.println("delta-value-4");
            List<String> found = logs.leaks(Map.of("v", List.of("alpha-value-1", "BETA-VALUE-2", "gamma-value-3",
                    "delta-value-4", "never-written")));
            assertEquals(List.of("v #0", "v #1", "v #2", "v #3"), found);
            assertFalse(found.toString().contains("value"), "the report names no value");
        }
    }

    @Test
    void restoresStandardErrorWhenClosed() {
        java.io.PrintStream before = System.err;
        try (LogCapture logs = new LogCapture()) {
            assertEquals(Set.of(), Set.copyOf(logs.leaks(Map.of())));
        }
        assertEquals(before, System.err);
    }
}

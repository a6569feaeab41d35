package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.lambda.FunctionPrimer.Scope;
import dev.veil.lambda.FunctionPrimer.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FunctionPrimerTest {
    @Test
    void scopeComesFromTheEnvironmentWithTextAsTheDefault() {
        assertEquals(Scope.TEXT, Scope.of(Map.of()));
        assertEquals(Scope.FULL, Scope.of(Map.of(FunctionPrimer.PRIME_ENV, "full")));
        assertEquals(Scope.OFF, Scope.of(Map.of(FunctionPrimer.PRIME_ENV, " Off ")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Scope.of(Map.of(FunctionPrimer.PRIME_ENV, "everything")));
        assertTrue(e.getMessage().contains(FunctionPrimer.PRIME_ENV));
    }

    @Test
    void fullPrimingRunsEveryPathAndEveryStepSucceeds() {
        AtomicInteger events = new AtomicInteger();
        FunctionPrimer primer = new FunctionPrimer(Map.of(), raw -> {
            FunctionPrimer.standardEventParser().accept(raw);
            events.incrementAndGet();
        });
        List<Step> steps = primer.prime(Scope.FULL);
        assertEquals(List.of("s3-client", "event", "text", "json", "html", "pdf", "docx", "xlsx"),
                steps.stream().map(Step::name).toList());
        steps.forEach(s -> assertTrue(s.ok(), s.name() + " failed: " + s.failure()));
        assertEquals(1, events.get(), "the handler's own event binding is primed");
    }

    @Test
    void textPrimingLeavesTheDocumentFormatsOut() {
        List<Step> steps = new FunctionPrimer(Map.of(), FunctionPrimer.standardEventParser()).prime(Scope.TEXT);
        assertEquals(List.of("s3-client", "event", "text"), steps.stream().map(Step::name).toList());
        assertTrue(steps.stream().allMatch(Step::ok), steps::toString);
        assertTrue(new FunctionPrimer(Map.of(), raw -> { }).prime(Scope.OFF).isEmpty());
    }

    @Test
    void aFailingStepIsReportedByClassNameAndTheOthersStillRun() {
        FunctionPrimer primer = new FunctionPrimer(Map.of(), raw -> {
            throw new IllegalArgumentException("synthetic failure");
        });
        List<Step> steps = primer.prime(Scope.TEXT);
        Step event = steps.get(1);
        assertFalse(event.ok());
        assertEquals("IllegalArgumentException", event.failure());
        assertTrue(steps.get(2).ok(), "the text path is primed after a failed step");
    }

    @Test
    void backgroundWarmUpRunsOnlyInsideALambdaRuntimeWithTheTextScope() throws InterruptedException {
        FunctionPrimer.warmUpInBackground(Map.of());
        FunctionPrimer.warmUpInBackground(Map.of(FunctionPrimer.RUNTIME_API_ENV, "127.0.0.1:9",
                FunctionPrimer.PRIME_ENV, "off"));
        FunctionPrimer.warmUpInBackground(Map.of(FunctionPrimer.RUNTIME_API_ENV, "127.0.0.1:9",
                FunctionPrimer.INIT_TYPE_ENV, "snap-start"));
        FunctionPrimer.warmUpInBackground(Map.of(FunctionPrimer.RUNTIME_API_ENV, "127.0.0.1:9",
                FunctionPrimer.PRIME_ENV, "full"));
        assertTrue(warmUpThreads().isEmpty(), "no warm-up outside Lambda, when off, full or in a SnapStart init");
        FunctionPrimer.warmUpInBackground(Map.of(FunctionPrimer.RUNTIME_API_ENV, "127.0.0.1:9"));
        Set<Thread> started = warmUpThreads();
        assertEquals(1, started.size());
        for (Thread t : started) {
            assertTrue(t.isDaemon(), "the warm-up never keeps the JVM alive");
            t.join(120_000);
            assertFalse(t.isAlive());
        }
    }

    private static Set<Thread> warmUpThreads() {
        Set<Thread> all = Thread.getAllStackTraces().keySet();
        return Set.copyOf(all.stream().filter(t -> t.getName().equals("veil-warm-up")).toList());
    }
}

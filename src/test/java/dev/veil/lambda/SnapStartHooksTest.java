package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.ObjectRequest;
import dev.veil.pipeline.ObjectResponse;
import dev.veil.pipeline.SourceObject;
import dev.veil.policy.Caller;
import dev.veil.policy.PolicyParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SnapStart hooks called directly: this JDK has no CRaC, so nothing else calls them. */
class SnapStartHooksTest {
    private static final Map<String, String> ENV = Map.of(FunctionParts.REGION_ENV, "eu-west-1",
            FunctionPrimer.PRIME_ENV, "off", FunctionParts.CACHE_ENV, "8");

    @Test
    void beforeCheckpointPrimesEveryPath() throws Exception {
        ObjectLambdaHandler handler = new ObjectLambdaHandler(ENV);
        FunctionParts before = handler.parts();
        var steps = handler.snapStart().prime();
        assertEquals(8, steps.size());
        steps.forEach(s -> assertTrue(s.ok(), s.name() + " failed: " + s.failure()));
        handler.snapStart().beforeCheckpoint(null);
        assertEquals(before, handler.parts(), "priming does not touch the parts requests use");
    }

    @Test
    void afterRestoreEveryRequestGetsFreshPartsAndTheOldPipelineRefusesWork() throws Exception {
        ObjectLambdaHandler handler = new ObjectLambdaHandler(ENV);
        FunctionParts before = handler.parts();
        handler.snapStart().afterRestore(null);
        FunctionParts after = handler.parts();
        assertNotSame(before, after);
        assertNotSame(before.pipeline(), after.pipeline(), "a fresh pipeline: empty result cache, new engines");
        assertNotSame(before.fetcher(), after.fetcher(), "a fresh HTTP client: no connection from before the snapshot");
        assertNotSame(before.writer(), after.writer(), "fresh SDK clients: credentials resolved after the restore");
        byte[] text = "call +1 202 555 0199".getBytes(StandardCharsets.UTF_8);
        ObjectRequest request = new ObjectRequest("r1", "object-lambda", "ap", Caller.of("arn:aws:iam::1:user/u", "1"),
                "b", "k.txt", "", "", 0, false);
        ObjectResponse old = before.pipeline().handle(request, PolicyParser.parse("{\"mode\":\"redact\"}"),
                (d, max) -> new SourceObject(200, Map.of(), text), Deadline.in(Duration.ofSeconds(30), Clock.systemUTC()));
        assertEquals(500, old.status(), "the pre-snapshot pipeline is closed and fails closed");
        assertEquals(0, old.body().length);
        ObjectResponse fresh = after.pipeline().handle(request, PolicyParser.parse("{\"mode\":\"redact\"}"),
                (d, max) -> new SourceObject(200, Map.of(), text), Deadline.in(Duration.ofSeconds(30), Clock.systemUTC()));
        assertEquals(200, fresh.status());
        assertFalse(new String(fresh.body(), StandardCharsets.UTF_8).contains("555 0199"), "redacted by the fresh parts");
    }

    @Test
    void anUnknownPrimingScopeFailsTheInit() {
        assertThrows(IllegalStateException.class,
                () -> new ObjectLambdaHandler(Map.of(FunctionPrimer.PRIME_ENV, "sometimes")));
    }

    @Test
    void theFunctionUrlHandlerRenewsItsPartsToo() throws Exception {
        FunctionUrlHandler handler = new FunctionUrlHandler(ENV);
        FunctionUrlParts before = handler.parts();
        handler.snapStart().afterRestore(null);
        assertNotSame(before, handler.parts());
        assertNotSame(before.pipeline(), handler.parts().pipeline());
        assertNotSame(before.reader(), handler.parts().reader());
        assertNull(new FunctionUrlHandler(before).snapStart());
    }

    @Test
    void handlersBuiltFromGivenPartsHaveNoHooks() {
        ObjectLambdaHandler handler = new ObjectLambdaHandler(ENV);
        assertNull(new ObjectLambdaHandler(handler.parts()).snapStart());
    }
}

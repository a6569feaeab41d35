package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Fuzzes the event parser as the handler configures it (Jackson into {@link ObjectLambdaEvent},
 * unknown fields ignored): any bytes are an event or an {@link IOException}; an event always
 * yields a caller, and a request for the pipeline or the one exception the handler answers with
 * 400 (a malformed {@code userRequest.url}; found by the seeds here, it used to be a 500). Seeds under
 * {@code src/test/resources/dev/veil/lambda/ObjectLambdaEventFuzzTestInputs/}.
 */
class ObjectLambdaEventFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @FuzzTest(maxDuration = "2m")
    void anyBytesAreAnEventOrAParseError(byte[] input) {
        ObjectLambdaEvent event;
        try {
            event = JSON.readValue(input, ObjectLambdaEvent.class);
        } catch (IOException e) {
            return;
        }
        if (event == null) {
            return;
        }
        assertNotNull(event.caller());
        try {
            assertNotNull(ObjectLambdaHandler.request(event, false));
        } catch (ObjectLambdaHandler.InvalidUserRequestException e) {
            // answered 400 InvalidRequest by the handler
            assertNotNull(e.getMessage());
        }
    }
}

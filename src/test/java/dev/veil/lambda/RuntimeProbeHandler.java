package dev.veil.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A handler for testing the runtime around the function: the event's {@code action} makes it
 * answer with its process id and remaining time ({@code echo}), sleep, throw or kill its JVM.
 * With {@code PROBE_FAIL_INIT} set its constructor throws, as a function that cannot start.
 */
public class RuntimeProbeHandler implements RequestStreamHandler {
    public RuntimeProbeHandler() {
        if (System.getenv("PROBE_FAIL_INIT") != null) {
            throw new IllegalStateException("probe configured to fail at init");
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Events.JSON.readTree(input);
        System.out.println("probe action " + event.path("action").asText());
        switch (event.path("action").asText()) {
            case "sleep" -> sleep(event.path("millis").asLong());
            case "throw" -> throw new IllegalArgumentException("probe asked to throw");
            case "halt" -> Runtime.getRuntime().halt(3);
            default -> { }
        }
        String answer = Events.JSON.createObjectNode().put("pid", ProcessHandle.current().pid())
                .put("remainingMillis", context.getRemainingTimeInMillis())
                .put("requestId", context.getAwsRequestId())
                .put("functionName", context.getFunctionName()).toString();
        output.write(answer.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

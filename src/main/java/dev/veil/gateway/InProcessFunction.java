package dev.veil.gateway;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs the handler in this JVM, with a Lambda {@link Context} whose remaining time counts down
 * from the invocation's timeout. Concurrent invocations run concurrently (one handler instance,
 * as Lambda would run one per environment; the handler is thread-safe).
 */
public final class InProcessFunction implements FunctionInvoker {
    private final RequestStreamHandler handler;

    public InProcessFunction(RequestStreamHandler handler) {
        this.handler = handler;
    }

    @Override
    public byte[] invoke(String requestId, byte[] event, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, new LocalContext(requestId, deadline));
        } catch (IOException | RuntimeException e) {
            throw new FunctionFailedException("the function failed (" + e.getClass().getSimpleName() + ")", false);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (handler instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // closing is best effort
            }
        }
    }

    /** The Lambda context of one local invocation, whose remaining time counts down to {@code deadlineMillis}. */
    public record LocalContext(String requestId, long deadlineMillis) implements Context {
        /** A context with {@code millis} remaining from now. */
        public static LocalContext remaining(String requestId, long millis) {
            return new LocalContext(requestId, System.currentTimeMillis() + millis);
        }

        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/veil-local";
        }

        @Override
        public String getLogStreamName() {
            return "local";
        }

        @Override
        public String getFunctionName() {
            return "veil-local";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:veil-local";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
        }

        @Override
        public int getMemoryLimitInMB() {
            return (int) (Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.print(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.write(message, 0, message.length);
                }
            };
        }
    }
}

package dev.veil.aws;

import dev.veil.detect.DetectionDeadlineException;
import dev.veil.detect.RemoteDetectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Calls an AWS operation, retrying throttling and 5xx answers with exponential backoff and full
 * jitter, a bounded number of times and never past the deadline. Any other error fails at once.
 * Failures become {@link RemoteDetectionException}s whose messages hold only the operation, the
 * service's error code and the HTTP status: never the request, its text or an endpoint.
 */
final class ThrottleRetry {
    /** A result and how many retries it took. */
    record Attempted<T>(T value, int retries) {
    }

    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Clock clock;

    ThrottleRetry(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Clock clock) {
        if (maxAttempts < 1 || baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("need maxAttempts >= 1 and 0 <= baseBackoff <= maxBackoff");
        }
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
    }

    /**
     * Runs {@code call}, which is given the time left before the deadline (to bound the SDK's own
     * call timeout), until it succeeds, fails for good, or the deadline passes.
     */
    <T> Attempted<T> call(String operation, Instant deadline, Function<Duration, T> call) {
        for (int attempt = 1; ; attempt++) {
            Duration left = timeLeft(operation, deadline);
            try {
                return new Attempted<>(call.apply(left), attempt - 1);
            } catch (ApiCallTimeoutException e) {
                throw missed(operation);
            } catch (AbortedException e) {
                Thread.currentThread().interrupt();
                throw missed(operation);
            } catch (SdkException e) {
                if (!retryable(e) || attempt >= maxAttempts) {
                    throw new RemoteDetectionException(operation + " failed after " + attempt
                            + " attempt(s): " + describe(e));
                }
                sleep(operation, deadline, backoff(attempt));
            }
        }
    }

    static boolean retryable(SdkException e) {
        if (e instanceof AwsServiceException s) {
            String code = s.awsErrorDetails() == null ? "" : String.valueOf(s.awsErrorDetails().errorCode());
            return s.isThrottlingException() || s.statusCode() >= 500
                    || code.equals("ThrottlingException") || code.equals("TooManyRequestsException");
        }
        return false;
    }

    /** Error code and status for a service error, the exception type otherwise. */
    static String describe(SdkException e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            return s.awsErrorDetails().errorCode() + " (HTTP " + s.statusCode() + ")";
        }
        return e.getClass().getSimpleName();
    }

    /** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
    private Duration backoff(int attempt) {
        long ceiling = Math.min(maxBackoff.toMillis(), baseBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    private void sleep(String operation, Instant deadline, Duration pause) {
        if (!clock.instant().plus(pause).isBefore(deadline)) {
            throw missed(operation);
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw missed(operation);
        }
    }

    private Duration timeLeft(String operation, Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw missed(operation);
        }
        return left;
    }

    private static DetectionDeadlineException missed(String operation) {
        return new DetectionDeadlineException(operation + ": deadline passed");
    }
}

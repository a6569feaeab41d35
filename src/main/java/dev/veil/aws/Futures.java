package dev.veil.aws;

import dev.veil.detect.DetectionDeadlineException;
import dev.veil.detect.RemoteDetectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a remote call's future until a deadline, with failures in Veil's terms. */
final class Futures {
    private Futures() {
    }

    static <T> T await(String operation, Future<T> future, Instant deadline, Clock clock) {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        try {
            return future.get(Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DetectionDeadlineException(operation + ": deadline passed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteDetectionException(operation + ": interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RemoteDetectionException r) {
                throw r;
            }
            throw new RemoteDetectionException(operation + " failed: " + e.getCause().getClass().getSimpleName());
        }
    }
}

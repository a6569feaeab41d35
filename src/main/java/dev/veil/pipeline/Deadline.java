package dev.veil.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which the response must be under way. Checked between phases; work that runs
 * past it is abandoned and the caller gets 503, never a partial result.
 */
public record Deadline(Instant at, Clock clock) {
    /** {@code remaining} from now on {@code clock}. */
    public static Deadline in(Duration remaining, Clock clock) {
        return new Deadline(clock.instant().plus(remaining), clock);
    }

    public Duration remaining() {
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean passed() {
        return !clock.instant().isBefore(at);
    }

    /** @throws DeadlineExceededException when the deadline has passed, naming the phase */
    public void check(String phase) {
        if (passed()) {
            throw new DeadlineExceededException(phase);
        }
    }
}

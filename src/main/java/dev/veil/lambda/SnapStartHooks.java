package dev.veil.lambda;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda SnapStart through the CRaC API: before the snapshot every path is primed
 * ({@link FunctionPrimer.Scope#FULL}), so restored environments start with the classes loaded and
 * the name lists, phone metadata and type database in memory; after a restore the function's
 * parts are built afresh, so no SDK client, credentials, connection, random generator, cache or
 * clock reading from before the snapshot is shared between the environments restored from it.
 * On a JDK without CRaC, {@link #register} is accepted and the hooks are never called.
 */
final class SnapStartHooks implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartHooks.class);

    private final FunctionPrimer primer;
    private final Runnable renew;

    /**
     * @param primer primes before the checkpoint
     * @param renew  replaces the function's parts with fresh ones after a restore
     */
    SnapStartHooks(FunctionPrimer primer, Runnable renew) {
        this.primer = primer;
        this.renew = renew;
    }

    /**
     * For a deployed handler: reads {@link FunctionPrimer#PRIME_ENV} (an unknown value fails the
     * init), registers the hooks with the global CRaC context and, for {@code full}, primes now.
     * The caller keeps the returned hooks: CRaC holds registered resources weakly.
     */
    static SnapStartHooks install(Map<String, String> env, Consumer<byte[]> eventParser, Runnable renew) {
        FunctionPrimer.Scope scope = FunctionPrimer.Scope.of(env);
        SnapStartHooks hooks = new SnapStartHooks(new FunctionPrimer(env, eventParser), renew);
        Core.getGlobalContext().register(hooks);
        if (scope == FunctionPrimer.Scope.FULL) {
            hooks.prime();
        }
        return hooks;
    }

    /** Primes every path; returns the steps (also called directly for {@code VEIL_PRIME=full}). */
    List<FunctionPrimer.Step> prime() {
        List<FunctionPrimer.Step> steps = primer.prime(FunctionPrimer.Scope.FULL);
        LOG.info("primed: {}", steps.stream().map(s -> s.name() + " " + s.millis() + " ms"
                + (s.ok() ? "" : " (failed: " + s.failure() + ")")).collect(Collectors.joining(", ")));
        return steps;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        renew.run();
    }
}

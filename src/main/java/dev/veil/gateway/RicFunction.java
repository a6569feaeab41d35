package dev.veil.gateway;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Veil function run the way AWS Lambda runs it: the real runtime interface client
 * ({@code com.amazonaws.services.lambda.runtime.api.client.AWSLambda}) in a child JVM, talking to
 * a {@link LocalRuntimeApi} of its own.
 *
 * <p>Each of up to {@code poolSize} execution environments (one child JVM each) runs one
 * invocation at a time; an invocation waits for a free one. Environments start on first use (a
 * cold start) and are kept warm. One that times out is killed, as Lambda discards a timed-out
 * environment, and one that crashes fails its invocation; either is replaced by a fresh JVM on the
 * next invocation. A function error ({@code /error}) keeps the environment. The timeout of an
 * invocation runs from the {@link #invoke} call, so it includes waiting for a free environment and
 * the cold start. Thread-safe.
 */
public final class RicFunction implements FunctionInvoker {
    /** The S3 Object Lambda handler in {@code veil-lambda.zip}. */
    public static final String OBJECT_LAMBDA_HANDLER = "dev.veil.lambda.ObjectLambdaHandler::handleRequest";
    /**
     * JVM options for a fast start, as on Lambda: the java17 and java21 runtimes stop tiered
     * compilation at C1 by default and use the serial collector; class data sharing when available.
     */
    public static final List<String> LAMBDA_JVM_OPTIONS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    private static final String MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    /** Where the runtime interface client loads its native library from, instead of a shared /tmp file. */
    private static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final Builder config;
    private final Path workDir;
    private final Path taskRoot;
    private final Path nativeClient;
    private final List<Slot> slots = new ArrayList<>();
    private final BlockingQueue<Slot> free = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    private RicFunction(Builder config) {
        this.config = config;
        try {
            this.workDir = Files.createTempDirectory("veil-ric");
            // the RIC loads the working directory and its lib/ as the task root: keep it empty
            this.taskRoot = Files.createDirectory(workDir.resolve("task"));
            this.nativeClient = FunctionClasspath.extractNativeClient(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < config.poolSize; i++) {
            Slot s = new Slot();
            slots.add(s);
            free.add(s);
        }
    }

    /** A function with this classpath (see {@link #ownClasspath}, {@link #unpackLambdaZip}) and handler. */
    public static Builder builder(List<Path> classpath, String handler) {
        return new Builder(classpath, handler);
    }

    /** This JVM's own classpath: for {@code veil serve --runtime ric}, the shaded {@code veil.jar}. */
    public static List<Path> ownClasspath() {
        return FunctionClasspath.ownClasspath();
    }

    /**
     * Unpacks a Lambda deployment package ({@code veil-lambda.zip}) into {@code into} and returns
     * its classpath (root, {@code lib/*.jar}) plus this JVM's runtime interface client jars.
     */
    public static List<Path> unpackLambdaZip(Path zip, Path into) {
        return FunctionClasspath.unpackLambdaZip(zip, into);
    }

    @Override
    public byte[] invoke(String requestId, byte[] event, Duration timeout) {
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        long deadlineMillis = System.currentTimeMillis() + timeout.toMillis();
        Slot slot = takeSlot(timeout);
        try {
            ExecutionEnvironment env = slot.ready();
            CompletableFuture<byte[]> result = env.api().submit(new LocalRuntimeApi.Invocation(requestId, event,
                    deadlineMillis, "arn:aws:lambda:" + config.region + ":000000000000:function:" + config.functionName));
            try {
                return result.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                slot.discard();
                throw new FunctionFailedException("the function did not answer within " + timeout.toMillis() + " ms", true);
            } catch (ExecutionException e) {
                if (!env.alive()) {
                    slot.discard();
                }
                throw e.getCause() instanceof FunctionFailedException f ? f
                        : new FunctionFailedException("the function failed: " + e.getCause(), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                slot.discard();
                throw new FunctionFailedException("interrupted while the function ran", false);
            }
        } finally {
            if (!closed) {
                free.add(slot);
            }
        }
    }

    /** Starts every execution environment that is not running yet, without invoking it (a warm pool). */
    public void warmUp() {
        List<Slot> taken = new ArrayList<>();
        free.drainTo(taken);
        try {
            taken.forEach(Slot::ready);
        } finally {
            free.addAll(taken);
        }
    }

    /** A free execution environment, waiting up to {@code timeout} for one. */
    private Slot takeSlot(Duration timeout) {
        Slot slot;
        try {
            slot = free.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionFailedException("interrupted while waiting for an execution environment", false);
        }
        if (slot == null) {
            throw new FunctionFailedException("no execution environment became free within " + timeout.toMillis() + " ms", true);
        }
        return slot;
    }

    /**
     * Starts the (first free) execution environment if it is not running and waits until its
     * runtime asks for an invocation, i.e. the function has initialised; returns that moment
     * ({@link System#nanoTime()}). For measuring a request on its own, after init.
     */
    public long awaitInitialised(Duration timeout) {
        Slot slot = takeSlot(timeout);
        try {
            ExecutionEnvironment env = slot.ready();
            CompletableFuture<Long> polled = env.api().firstPoll();
            env.process().onExit().thenRun(() -> polled.completeExceptionally(new FunctionFailedException(
                    "the function's JVM exited during init: " + env.api().initError(), false)));
            return polled.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new FunctionFailedException("the function did not initialise within " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof FunctionFailedException f ? f
                    : new FunctionFailedException("the function failed to initialise: " + e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionFailedException("interrupted while the function initialised", false);
        } finally {
            if (!closed) {
                free.add(slot);
            }
        }
    }

    /**
     * CPU time (user and system) the running children have used so far, summed; zero when none runs
     * or the platform does not tell. Under a machine's other load this is steadier than wall time.
     */
    public Duration cpuTime() {
        Duration total = Duration.ZERO;
        for (Slot s : slots) {
            total = total.plus(s.cpuTime());
        }
        return total;
    }

    /** The JVM options children start with. */
    public List<String> jvmOptions() {
        return config.jvmOptions;
    }

    /**
     * Ends every child JVM (SIGTERM, then SIGKILL after a grace period, as in Lambda's shutdown
     * phase) and stops their Runtime APIs; running invocations fail.
     */
    @Override
    public void close() {
        closed = true;
        slots.forEach(Slot::shutDown);
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.jvmOptions);
        if (nativeClient != null) {
            command.add("-D" + JNI_PROPERTY + "=" + nativeClient);
        }
        command.add("-cp");
        command.add(config.classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(MAIN);
        command.add(config.handler);
        return command;
    }

    /** The variables Lambda sets for a function, then the caller's. */
    private Map<String, String> environment(String runtimeApi) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", config.handler);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", config.functionName);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + config.functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/" + runtimeApi);
        env.put("AWS_REGION", config.region);
        env.put("AWS_DEFAULT_REGION", config.region);
        env.putAll(config.environment);
        return env;
    }

    /** One execution environment slot; owned by whoever took it from {@link #free}. */
    private final class Slot {
        private ExecutionEnvironment env;

        synchronized ExecutionEnvironment ready() {
            if (closed) {
                throw new FunctionFailedException("the function is closed", false);
            }
            if (env != null && !env.alive()) {
                env.api().close();
                env = null;
            }
            if (env == null) {
                LocalRuntimeApi api = LocalRuntimeApi.start();
                env = ExecutionEnvironment.start(api, command(), environment(api.address()), taskRoot, config.logSink);
            }
            return env;
        }

        synchronized Duration cpuTime() {
            return env == null ? Duration.ZERO : env.process().info().totalCpuDuration().orElse(Duration.ZERO);
        }

        /** Kills the environment at once (a timeout or a crash). */
        synchronized void discard() {
            if (env != null) {
                env.stop(false);
                env = null;
            }
        }

        /** Ends the environment the way Lambda shuts one down: SIGTERM first. */
        synchronized void shutDown() {
            if (env != null) {
                env.stop(true);
                env = null;
            }
        }
    }

    /** Settings of a {@link RicFunction}; {@link #build()} copies them. */
    public static final class Builder {
        private final List<Path> classpath;
        private final String handler;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private List<String> jvmOptions = LAMBDA_JVM_OPTIONS;
        private int poolSize = 1;
        private int memoryMb = 1024;
        private String region = "us-east-1";
        private String functionName = "veil";
        private OutputStream logSink = System.err;

        private Builder(List<Path> classpath, String handler) {
            if (classpath.isEmpty()) {
                throw new IllegalArgumentException("the function's classpath is empty");
            }
            this.classpath = List.copyOf(classpath);
            this.handler = handler;
        }

        /** Extra environment variables (credentials, {@code VEIL_*}); they win over the Lambda ones. */
        public Builder environment(Map<String, String> env) {
            environment.putAll(env);
            return this;
        }

        /** JVM options of the children (default {@link #LAMBDA_JVM_OPTIONS}). */
        public Builder jvmOptions(List<String> options) {
            jvmOptions = List.copyOf(options);
            return this;
        }

        /** How many execution environments may run at once (default 1). */
        public Builder poolSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("the pool needs at least one environment");
            }
            poolSize = n;
            return this;
        }

        public Builder memoryMb(int mb) {
            memoryMb = mb;
            return this;
        }

        public Builder region(String r) {
            region = r;
            return this;
        }

        public Builder functionName(String name) {
            functionName = name;
            return this;
        }

        /** Where the children's stdout and stderr go (default this JVM's stderr). */
        public Builder logSink(OutputStream sink) {
            logSink = sink;
            return this;
        }

        public RicFunction build() {
            Builder copy = new Builder(classpath, handler);
            copy.environment.putAll(environment);
            copy.jvmOptions = jvmOptions;
            copy.poolSize = poolSize;
            copy.memoryMb = memoryMb;
            copy.region = region;
            copy.functionName = functionName;
            copy.logSink = logSink;
            return new RicFunction(copy);
        }
    }
}

package dev.veil.gateway;

import dev.veil.gateway.FunctionInvoker.FunctionFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Lambda execution environment of a {@link RicFunction}: a child JVM running the runtime
 * interface client against a {@link LocalRuntimeApi} of its own. When the JVM exits, whatever it
 * was running fails.
 */
record ExecutionEnvironment(Process process, LocalRuntimeApi api) {
    /**
     * Starts {@code command} in {@code directory} with exactly {@code environment} (plus PATH),
     * its stdout and stderr forwarded to {@code sink}.
     */
    static ExecutionEnvironment start(LocalRuntimeApi api, List<String> command, Map<String, String> environment,
                                      Path directory, OutputStream sink) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        String path = env.get("PATH");
        env.clear(); // a Lambda environment holds only what Lambda and the function set
        if (path != null) {
            env.put("PATH", path);
        }
        env.putAll(environment);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            api.close();
            throw new FunctionFailedException("the function's JVM did not start: " + e.getMessage(), false);
        }
        Thread pump = new Thread(() -> forward(process.getInputStream(), sink), "ric-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
        process.onExit().thenRun(() -> api.fail("the function's JVM exited with code " + process.exitValue()));
        return new ExecutionEnvironment(process, api);
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Ends the JVM and stops its Runtime API. Graceful is Lambda's shutdown phase: SIGTERM, then
     * SIGKILL when the JVM has not exited within the grace period (an exiting JVM still runs its
     * shutdown hooks and writes a class-data archive it was asked for). Otherwise SIGKILL at once,
     * as Lambda discards an environment that timed out.
     */
    void stop(boolean graceful) {
        if (graceful) {
            process.destroy();
            waitForExit(10);
        }
        process.destroyForcibly();
        waitForExit(5);
        api.close();
    }

    private void waitForExit(int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // still running: the caller escalates, or the OS reaps it after SIGKILL
        }
    }

    private static void forward(InputStream in, OutputStream sink) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (sink) {
                    sink.write(buf, 0, n);
                    sink.flush();
                }
            }
        } catch (IOException e) {
            // the child is gone or the sink is closed: nothing more to forward
        }
    }
}

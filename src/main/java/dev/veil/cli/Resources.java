package dev.veil.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/** Things a command opens (a token vault) and must close, closed in reverse order. */
final class Resources implements AutoCloseable {
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    <T extends AutoCloseable> T add(T resource) {
        open.push(resource);
        return resource;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = new CliException("cannot close " + e.getClass().getSimpleName());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

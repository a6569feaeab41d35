package dev.veil.pipeline;

import dev.veil.document.TextDecoding;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A text-like object redacted or tokenised a window at a time while it is sent. The first window
 * was transformed before the answer was committed (so a document that fails at once gets a normal
 * error); later windows are read in turn and transformed on up to {@code workers} threads, and
 * their outputs are written strictly in order. Memory holds about {@code workers + 1} windows
 * whatever the object's size. Any failure (source, deadline, detection, verification) is thrown
 * from {@link #writeTo} after the windows already written, and the windows in flight are
 * abandoned: the front door aborts, and nothing after the failed window is sent.
 */
final class TransformedBody implements StreamedBody {
    /** Transforms one window's document (UTF-8 in, UTF-8 out), checking the deadline. Thread-safe. */
    interface WindowTransform {
        byte[] apply(byte[] windowUtf8);
    }

    private final SourceStream source;
    private final WindowedText windows;
    private final WindowTransform transform;
    private final TextDecoding.StreamCharset charset;
    private final String first;
    private final int workers;
    private final Runnable onDone;

    TransformedBody(SourceStream source, WindowedText windows, WindowTransform transform, TextDecoding.StreamCharset charset,
                    String first, int workers, Runnable onDone) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
        this.source = source;
        this.windows = windows;
        this.transform = transform;
        this.charset = charset;
        this.first = first;
        this.workers = workers;
        this.onDone = onDone;
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "veil-window");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
        try (source) {
            out.write(charset.bom());
            CharsetEncoder encoder = charset.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            Writer text = new OutputStreamWriter(out, encoder);
            text.write(first);
            text.flush();
            WindowedText.Window window;
            while ((window = windows.next()) != null) {
                WindowedText.Window w = window;
                inFlight.add(pool.submit(() -> WindowedText.output(w, transform.apply(w.utf8()))));
                // one window more than there are workers: the next is being read while they work
                if (inFlight.size() > workers) {
                    writeOldest(inFlight, text);
                }
            }
            while (!inFlight.isEmpty()) {
                writeOldest(inFlight, text);
            }
            onDone.run();
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /** Waits for the oldest window in flight and writes its output. */
    private static void writeOldest(ArrayDeque<Future<String>> inFlight, Writer text) throws IOException {
        String output;
        try {
            output = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a window was transformed");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? failure(r)
                    : new IOException("a window could not be transformed", e.getCause());
        }
        text.write(output);
        text.flush();
    }

    private static IOException failure(RuntimeException e) {
        return new IOException("the object could not be transformed to its end (" + e.getClass().getSimpleName()
                + ")", e);
    }

    @Override
    public void discard() {
        source.close();
    }
}

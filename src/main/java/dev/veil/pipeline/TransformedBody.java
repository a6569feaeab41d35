package dev.veil.pipeline;

import dev.veil.document.TextDecoding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * A text-like object redacted or tokenised a window at a time while it is sent. The first window
 * was transformed before the answer was committed (so a document that fails at once gets a normal
 * error); each later window is read, transformed and written in turn, so memory holds about one
 * window whatever the object's size. Any failure (source, deadline, detection, verification) is
 * thrown from {@link #writeTo} after the windows already written: the front door aborts.
 */
final class TransformedBody implements StreamedBody {
    /** Transforms one window's document (UTF-8 in, UTF-8 out), checking the deadline. */
    interface WindowTransform {
        byte[] apply(byte[] windowUtf8);
    }

    private final SourceStream source;
    private final WindowedText windows;
    private final WindowTransform transform;
    private final TextDecoding.StreamCharset charset;
    private final String first;
    private final Runnable onDone;

    TransformedBody(SourceStream source, WindowedText windows, WindowTransform transform, TextDecoding.StreamCharset charset,
                    String first, Runnable onDone) {
        this.source = source;
        this.windows = windows;
        this.transform = transform;
        this.charset = charset;
        this.first = first;
        this.onDone = onDone;
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (source) {
            out.write(charset.bom());
            CharsetEncoder encoder = charset.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            Writer text = new OutputStreamWriter(out, encoder);
            text.write(first);
            text.flush();
            byte[] window;
            while ((window = windows.next()) != null) {
                text.write(windows.output(transform.apply(window)));
                text.flush();
            }
            onDone.run();
        } catch (RuntimeException e) {
            throw new IOException("the object could not be transformed to its end (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    @Override
    public void discard() {
        source.close();
    }
}

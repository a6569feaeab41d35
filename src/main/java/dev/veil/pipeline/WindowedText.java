package dev.veil.pipeline;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.Finding;
import dev.veil.document.UnreadableDocumentException;
import dev.veil.document.text.TextWindows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The windows of a streamed text as the format of its type reads them: each window is handed to
 * the format as a small document of its own (UTF-8), and its output is taken back.
 * <ul>
 *   <li>CSV/TSV: the header record is put in front of every later window, so each row keeps its
 *       column labels as detection context; it is cut from that window's output again.</li>
 *   <li>Plain text: a cut that a finding straddles is moved to the finding's start. The text
 *       around each cut ({@value #SEAM} characters on either side) is run through the detection
 *       engine, so a value cut in two by a window edge is still seen whole in the next window.</li>
 * </ul>
 * Reading ({@link #next}) is not thread-safe; {@link #output} is, so windows can be transformed
 * on several threads while the next one is read.
 */
final class WindowedText {
    /** Characters looked at on either side of a plain-text cut. */
    static final int SEAM = 1024;

    private final TextWindows windows;
    private final TextWindows.Shape shape;
    private final DetectionEngine engine;
    private String header;
    private int count;

    /** One window as a document in UTF-8, and whether the CSV header was put in front of it. */
    record Window(byte[] utf8, boolean headerInFront) {
    }

    WindowedText(TextWindows windows, TextWindows.Shape shape, DetectionEngine engine) {
        this.windows = windows;
        this.shape = shape;
        this.engine = engine;
    }

    /** The next window as a document in UTF-8 (with the CSV header in front after the first), or null at the end. */
    Window next() throws IOException {
        String window = windows.next();
        if (window == null) {
            return null;
        }
        count++;
        if (shape == TextWindows.Shape.PLAIN) {
            window = clearOfFindings(window);
        }
        boolean headerInFront = false;
        if (shape == TextWindows.Shape.CSV) {
            if (header == null) {
                int end = TextWindows.firstRecordEnd(window, window.length());
                header = end == 0 ? window : window.substring(0, end);
            } else {
                window = header + window;
                headerInFront = true;
            }
        }
        return new Window(window.getBytes(StandardCharsets.UTF_8), headerInFront);
    }

    /** True when no window follows the last one returned. */
    boolean atEnd() throws IOException {
        return windows.atEnd();
    }

    /** Windows returned so far. */
    int count() {
        return count;
    }

    /** The text {@code window}'s transformed document contributes to the answer (the repeated header cut off). */
    static String output(Window window, byte[] transformedUtf8) {
        String out = new String(transformedUtf8, StandardCharsets.UTF_8);
        if (!window.headerInFront()) {
            return out;
        }
        int end = TextWindows.firstRecordEnd(out, out.length());
        if (end == 0) {
            throw new UnreadableDocumentException("the CSV header could not be found in a window's output");
        }
        return out.substring(end);
    }

    /**
     * Moves the window's end back to the start of any finding that crosses it, giving the rest
     * back to the windows. The last window has no cut to check.
     */
    private String clearOfFindings(String window) throws IOException {
        if (windows.atEnd()) {
            return window;
        }
        int from = Math.max(0, window.length() - SEAM);
        String seam = window.substring(from) + windows.peek(SEAM);
        int cut = window.length();
        boolean moved = true;
        java.util.List<Finding> found = engine.detect(seam);
        while (moved) {
            moved = false;
            for (Finding f : found) {
                int start = from + f.start();
                int end = from + f.end();
                if (start < cut && end > cut && start > 0) {
                    cut = start;
                    moved = true;
                }
            }
        }
        if (cut == window.length()) {
            return window;
        }
        windows.pushBack(window.substring(cut));
        return window.substring(0, cut);
    }
}

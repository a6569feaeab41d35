package dev.veil.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line while a flow runs: a list appender on the root logger and on the
 * non-additive {@code veil.audit} and {@code veil.metrics} loggers, Veil's own loggers at DEBUG (so
 * the check also holds for someone who turns logging up), and whatever is printed to standard
 * output and error. Lines include the stack traces of logged exceptions.
 */
public final class LogCapture implements AutoCloseable {
    private static final List<String> JSON_LOGGERS = List.of("veil.audit", "veil.metrics");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Level veilLevel;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    public LogCapture() {
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        JSON_LOGGERS.forEach(n -> context.getLogger(n).addAppender(appender));
        Logger veil = context.getLogger("dev.veil");
        veilLevel = veil.getLevel();
        veil.setLevel(Level.DEBUG);
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
    }

    private OutputStream tee(PrintStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (printed) {
                    printed.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (printed) {
                    printed.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
    }

    /** Every captured line: formatted messages with their exceptions, then the printed text. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(appender.list)) {
            lines.add(e.getLoggerName() + " " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        synchronized (printed) {
            lines.addAll(List.of(printed.toString(StandardCharsets.UTF_8).split("\n")));
        }
        return lines;
    }

    /** How many events the loggers named {@code name} (exactly) received. */
    public long count(String name) {
        return List.copyOf(appender.list).stream().filter(e -> e.getLoggerName().equals(name)).count();
    }

    /**
     * The forbidden strings found in any line, named by category and index only (a failure message
     * must not repeat the value it caught). Matching is case-insensitive.
     */
    public List<String> leaks(Map<String, ? extends Iterable<String>> forbidden) {
        List<String> found = new ArrayList<>();
        String all = String.join("\n", lines()).toLowerCase(Locale.ROOT);
        forbidden.forEach((category, values) -> {
            int i = 0;
            for (String v : values) {
                if (all.contains(v.toLowerCase(Locale.ROOT))) {
                    found.add(category + " #" + i);
                }
                i++;
            }
        });
        return found;
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        JSON_LOGGERS.forEach(n -> context.getLogger(n).detachAppender(appender));
        context.getLogger("dev.veil").setLevel(veilLevel);
        appender.stop();
    }

    /** Every value the corpus manifests list (five characters or more). */
    public static Set<String> manifestValues() {
        Set<String> values = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (var dirs = Files.list(Path.of("test-documents"))) {
            for (Path dir : dirs.toList()) {
                Path manifest = dir.resolve("manifest.json");
                if (!Files.exists(manifest)) {
                    continue;
                }
                for (Iterator<JsonNode> files = json.readTree(manifest.toFile()).elements(); files.hasNext(); ) {
                    files.next().forEach(v -> {
                        if (v.isTextual() && v.asText().length() >= 5) {
                            values.add(v.asText());
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /**
     * Fragments of a document's text: 24-character windows that hold at least 12 letters, at up to
     * {@code count} places spread over the text Veil reads.
     */
    public static Set<String> textFragments(byte[] doc, String name, int count) {
        Set<String> out = new LinkedHashSet<>();
        if (!LeakAudit.readable(doc, name)) {
            return out;
        }
        String text = LeakAudit.allText(doc, name).replaceAll("\\s+", " ");
        for (int i = 0; i < count && text.length() > 24; i++) {
            int at = (int) ((long) (text.length() - 24) * i / Math.max(1, count - 1));
            String w = text.substring(at, at + 24);
            if (w.chars().filter(Character::isLetter).count() >= 12) {
                out.add(w);
            }
        }
        return out;
    }
}

package dev.veil.cli;

import dev.veil.document.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads CLI input files. */
final class Inputs {
    /** Files larger than this are refused by the text commands (the gateway streams instead). */
    static final long MAX_TEXT_BYTES = 512L * 1024 * 1024;

    private Inputs() {
    }

    static String readText(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new CliException(file + ": is a directory");
            }
            long size = Files.size(file);
            if (size > MAX_TEXT_BYTES) {
                throw new CliException(file + ": too large (" + size + " bytes, limit " + MAX_TEXT_BYTES + ")");
            }
            return TextDecoding.decode(Files.readAllBytes(file)).text();
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        } catch (dev.veil.document.UnreadableDocumentException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }
}

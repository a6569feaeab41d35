package dev.veil.cli;

import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --key-file F}: the key ring for tokenisation and detokenisation. */
final class KeyOptions {
    @Option(names = "--key-file", paramLabel = "FILE", description = "Key file written by 'veil keygen'.")
    Path keyFile;

    KeyRing ring(String why) {
        if (keyFile == null) {
            throw new CliException("--key-file is required " + why, 2);
        }
        return readRing(keyFile);
    }

    static KeyRing readRing(Path file) {
        try {
            return KeyFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such key file", 2);
        } catch (IOException e) {
            throw new CliException(file + ": cannot read key file (" + e.getClass().getSimpleName() + ")", 2);
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage(), 2);
        }
    }
}

package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every redacted and tokenised Office document opens in LibreOffice: `veil redact` runs over
 * `test-documents/office`, then LibreOffice (installed by `.ci/run`) converts each output to PDF.
 * A document LibreOffice cannot load yields no PDF and fails the test.
 */
class LibreOfficeReopenIT {
    private static final String SOFFICE = "/usr/bin/soffice";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"redact", "tokenise"})
    void everyOutputConvertsToPdf(String mode) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(SOFFICE)), SOFFICE + " is missing: install LibreOffice (see .ci/run)");
        Path key = dir.resolve("veil.key");
        assertEquals(0, CliRunner.run("keygen", "--out", key.toString()).exitCode());
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("redact", "--mode", mode, "--key-file", key.toString(),
                "--out", out.toString(), "test-documents/office");
        assertEquals(0, r.exitCode(), r.err());
        List<String> office = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.map(Path::toString).filter(n -> n.matches(".*\\.(docx|xlsx|pptx)$")).sorted().forEach(office::add);
        }
        assertEquals(14, office.size(), "the corpus has 14 Office documents");
        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        List<String> cmd = new ArrayList<>(List.of(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfs.toString()));
        cmd.addAll(office);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "LibreOffice did not finish in 10 minutes");
        for (String doc : office) {
            String name = Path.of(doc).getFileName().toString().replaceAll("\\.[a-z]+$", ".pdf");
            Path pdf = pdfs.resolve(name);
            assertTrue(Files.exists(pdf) && Files.size(pdf) > 1000,
                    () -> "LibreOffice could not open " + doc + ": " + readLog());
        }
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}

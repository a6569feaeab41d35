package dev.veil.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the CLI in-process and captures its output. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static synchronized Result runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream oldIn = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            CommandLine cmd = VeilCli.commandLine();
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            int code = cmd.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(oldIn);
        }
    }

    private CliRunner() {
    }
}

package dev.veil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil text FILE}: prints the text that detection sees. */
@Command(name = "text", description = "Print the text that detection sees in FILE.")
final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(new Inputs().read(file).text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package dev.veil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veil} command line. */
@Command(name = "veil", mixinStandardHelpOptions = true, versionProvider = VeilCli.Version.class,
        description = "PII filter for Amazon S3 reads: find, redact or tokenise personal data.",
        subcommands = {
            TextCommand.class,
            DetectCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            RedactCommand.class,
            AuditCommand.class,
            KeygenCommand.class,
            DetokeniseCommand.class,
            ScanCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            GetCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VeilCli {
    /**
     * libphonenumber logs through java.util.logging that optional metadata files are absent (a
     * normal condition) on the first phone lookup; the CLI owns its process, so it quiets that
     * logger. Held in a constant because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger PHONE_METADATA_LOG =
            java.util.logging.Logger.getLogger("com.google.i18n.phonenumbers");

    public static void main(String[] args) {
        PHONE_METADATA_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that set their own output streams. */
    public static CommandLine commandLine() {
        return new CommandLine(new VeilCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(VeilCli::oneLineError);
    }

    /**
     * Failures print one line with the reason and never a stack trace: traces and exception
     * messages from libraries could quote document content.
     */
    private static int oneLineError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String reason = e instanceof CliException || e instanceof IllegalArgumentException
                || e instanceof dev.veil.document.UnreadableDocumentException
                ? e.getMessage() : e.getClass().getSimpleName();
        cmd.getErr().println("veil " + cmd.getCommandName() + ": " + reason);
        return e instanceof CliException ce ? ce.exitCode() : 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = VeilCli.class.getPackage().getImplementationVersion();
            return new String[] {"veil " + (v == null ? "dev" : v)};
        }
    }
}

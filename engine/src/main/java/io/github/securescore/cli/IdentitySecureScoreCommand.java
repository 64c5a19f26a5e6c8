package io.github.securescore.cli;

import io.github.securescore.InvalidInputException;
import io.github.securescore.graph.CollectionException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code identity-secure-score}: the command line over the engine. */
@Command(name = "identity-secure-score",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluates a Microsoft Entra tenant's Identity Secure Score and gates builds on it.",
        subcommands = {CheckCommand.class, SnapshotCommand.class, AccessCommand.class, DiffCommand.class, ReportCommand.class,
            PacksCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:passed (UNSTABLE gates only warn)",
            "1:a FAIL gate was violated",
            "2:bad input or usage (the message names the file, line, column or field)",
            "3:collection from Microsoft Graph failed",
            "4:internal error (a bug: please report it)"})
public final class IdentitySecureScoreCommand {

    /** Where internal errors are to be reported. UNFINISHED: placeholder until the project has its public repository. */
    static final String ISSUES_URL = "https://github.com/securescore/identity-secure-score/issues";

    private final Console console;

    /** The command tree alone, printing nowhere (tests read its options and help). */
    static IdentitySecureScoreCommand forInspection() {
        java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return new IdentitySecureScoreCommand(new Console(nowhere, nowhere));
    }

    private IdentitySecureScoreCommand(Console console) {
        this.console = console;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an error, also print its causes; on an internal error, its stack trace "
                    + "(redacted like every message).")
    void verbose(boolean on) {
        console.verbose(on);
    }

    Console console() {
        return console;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return execute(List.of(), args);
    }

    /** As {@link #execute(String...)}, with more subcommands (tests add one that fails in a given way). */
    static int execute(List<Object> moreCommands, String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintWriter out = writer(stdout, "sun.stdout.encoding");
        PrintWriter err = writer(stderr, "sun.stderr.encoding");
        Console console = new Console(out, err);
        // libraries that print (the Azure SDK's fallback logger writes to System.out) reach stderr, cleaned
        PrintStream stray = new PrintStream(new StrayOutput(console), true, StandardCharsets.UTF_8);
        System.setOut(stray);
        System.setErr(stray);
        try {
            CommandLine commandLine = new CommandLine(new IdentitySecureScoreCommand(console));
            moreCommands.forEach(commandLine::addSubcommand);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, console));
            commandLine.setParameterExceptionHandler((ex, arguments) -> {
                CommandLine cmd = ex.getCommandLine();
                console.error(ex.getMessage());
                // "Did you mean: check?" / "Possible solutions: --snapshot" for a mistyped command or option
                java.io.StringWriter suggestions = new java.io.StringWriter();
                CommandLine.UnmatchedArgumentException.printSuggestions(ex, new java.io.PrintWriter(suggestions));
                suggestions.toString().lines().filter(l -> !l.isBlank()).forEach(console::error);
                console.error("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
                return ExitCode.BAD_INPUT;
            });
            return commandLine.execute(args);
        } catch (Throwable e) { // an Error (OutOfMemoryError, StackOverflowError) is an internal error too
            return internalError(e, console);
        } finally {
            stray.close();
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** As picocli writes to the standard streams: the console's encoding when Java knows it, else the default. */
    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    private static int handle(Exception e, Console console) {
        if (e instanceof InvalidInputException) {
            console.error(e.getMessage());
            causes(e, console);
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof CollectionException) {
            console.error("collection from Microsoft Graph failed: " + e.getMessage());
            causes(e, console);
            return ExitCode.COLLECTION_FAILED;
        }
        return internalError(e, console);
    }

    /** One line and where to report it; the stack trace only with {@code --verbose}. Never exit 1. */
    static int internalError(Throwable e, Console console) {
        try {
            console.error("internal error (" + e.getClass().getSimpleName() + where(e) + "); please report it at "
                    + ISSUES_URL + " with the command you ran");
            if (console.verbose()) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                console.detail(trace.toString().replace("\t", "    "));
            }
        } catch (Throwable again) { // out of memory, say, while printing: the exit code still tells
            // nothing more can be done
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** " at File.java:12": the first frame in the engine (else the top frame), the place to start looking. */
    private static String where(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length == 0) {
            return "";
        }
        StackTraceElement frame = frames[0];
        for (StackTraceElement candidate : frames) {
            if (candidate.getClassName().startsWith("io.github.securescore.")) {
                frame = candidate;
                break;
            }
        }
        String file = frame.getFileName() != null ? frame.getFileName() : frame.getClassName();
        return " at " + file + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
    }

    /** With {@code --verbose}: what led to a reported error, one line per cause. */
    private static void causes(Throwable e, Console console) {
        int depth = 0;
        for (Throwable cause = e.getCause(); cause != null && depth++ < 20; cause = cause.getCause()) {
            console.detail("  caused by " + cause.getClass().getName() + ": " + cause.getMessage());
        }
    }
}

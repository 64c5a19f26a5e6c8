package io.github.securescore.cli;

import io.github.securescore.InvalidInputException;
import io.github.securescore.graph.CollectionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code identity-secure-score}: the command line over the engine. */
@Command(name = "identity-secure-score",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evaluates a Microsoft Entra tenant's Identity Secure Score and gates builds on it.",
        subcommands = {CheckCommand.class, SnapshotCommand.class, DiffCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:passed (UNSTABLE gates only warn)",
            "1:a FAIL gate was violated",
            "2:bad input or usage (the message names the file, line, column or field)",
            "3:collection from Microsoft Graph failed"})
public final class IdentitySecureScoreCommand {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new IdentitySecureScoreCommand())
                .setExecutionExceptionHandler(IdentitySecureScoreCommand::handle);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("identity-secure-score: " + ex.getMessage());
            // "Did you mean: check?" / "Possible solutions: --snapshot" for a mistyped command or option
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof InvalidInputException) {
            cmd.getErr().println("identity-secure-score: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof CollectionException) {
            cmd.getErr().println("identity-secure-score: collection from Microsoft Graph failed: " + e.getMessage());
            return ExitCode.COLLECTION_FAILED;
        }
        throw new IllegalStateException(e);
    }
}

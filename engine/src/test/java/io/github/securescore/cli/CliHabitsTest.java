package io.github.securescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;




import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What a user expects of any CLI: -V everywhere, "did you mean", help grouped with examples and exit codes. */
class CliHabitsTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private String stdout() {
        return console.out();
    }

    private String stderr() {
        return console.err();
    }

    /** Every subcommand but picocli's own {@code help}. */
    static Stream<String> subcommands() {
        return new CommandLine(IdentitySecureScoreCommand.forInspection()).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandPrintsTheVersion(String command) {
        for (String flag : List.of("-V", "--version")) {
            console.reset();

            int exit = IdentitySecureScoreCommand.execute(command, flag);

            assertEquals(0, exit, stderr());
            assertTrue(stdout().matches("identity-secure-score \\S+\\R"), command + " " + flag + ": '" + stdout() + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandsHelpListsEachOptionOnceWithExamplesAndExitCodes(String command) {
        int exit = IdentitySecureScoreCommand.execute(command, "--help");

        assertEquals(0, exit);
        String help = stdout();
        // the synopsis may wrap an option to the start of a line: count from the first blank line on
        String optionList = help.substring(help.indexOf("\n\n"), help.indexOf("\nExit codes:\n"));
        CommandLine.Model.CommandSpec spec = new CommandLine(IdentitySecureScoreCommand.forInspection()).getSubcommands()
                .get(command).getCommandSpec();
        for (OptionSpec option : spec.options()) {
            Matcher listed = Pattern.compile("(?m)^ +(-\\w, )?" + Pattern.quote(option.longestName()) + "[= ]").matcher(optionList);
            int count = 0;
            while (listed.find()) {
                count++;
            }
            assertEquals(option.hidden() ? 0 : 1, count, option.longestName() + " in\n" + help);
        }
        assertTrue(help.contains("\nExit codes:\n  0   "), help);
        assertTrue(help.contains("\n  2   bad input or usage"), help);
        String examples = help.substring(help.indexOf("\nExamples:\n"));
        assertEquals(2, Pattern.compile("(?m)^    identity-secure-score " + command + " ").matcher(examples).results().count(),
                examples);
        for (String line : help.split("\\R")) {
            assertTrue(line.length() <= 80, "wider than a terminal: " + line);
        }
    }

    @Test
    void checkGroupsItsOptionsByPurpose() {
        IdentitySecureScoreCommand.execute("check", "--help");

        String help = stdout();
        List<String> headings = List.of("\nInput:\n", "\nPolicy and gates:\n", "\nOutput:\n",
                "\nLive tenant (instead of --snapshot):\n", "\nHelp:\n", "\nExit codes:\n", "\nExamples:\n");
        int at = -1;
        for (String heading : headings) {
            int next = help.indexOf(heading);
            assertTrue(next > at, heading.trim() + " missing or out of order:\n" + help);
            at = next;
        }
        String input = help.substring(help.indexOf("\nInput:\n"), help.indexOf("\nPolicy and gates:\n"));
        assertTrue(input.contains("--snapshot=FILE") && input.contains("--history=FILE"), input);
        String output = help.substring(help.indexOf("\nOutput:\n"), help.indexOf("\nLive tenant"));
        assertTrue(output.contains("--summary-file=FILE") && output.contains("--report-dir=DIR"), output);
        String live = help.substring(help.indexOf("\nLive tenant"), help.indexOf("\nHelp:\n"));
        assertTrue(live.contains("--tenant=ID") && live.contains("--client-secret-file=FILE"), live);
        assertTrue(help.contains("\n  1   a FAIL gate was violated\n"), help);
    }

    @ParameterizedTest
    @CsvSource({"chek, check", "snapsot, snapshot", "reprt, report", "dif, diff"})
    void aMistypedCommandGetsASuggestion(String typed, String meant) {
        int exit = IdentitySecureScoreCommand.execute(typed);

        assertEquals(2, exit);
        assertTrue(stderr().contains("Did you mean: identity-secure-score " + meant), stderr());
    }

    @ParameterizedTest
    @CsvSource({"check, --snapshoot, --snapshot", "check, --polcy, --policy", "check, --summary-fil, --summary-file",
        "report, --formt, --format", "diff, --histry, --history", "snapshot, --tenat, --tenant"})
    void aMistypedOptionGetsASuggestion(String command, String typed, String meant) {
        // the required options given, so the typo is the only mistake
        List<String> required = switch (command) {
            case "report" -> List.of("--history", "h.jsonl", "--report-dir", "r");
            case "snapshot" -> List.of("--out", "s.json");
            default -> List.of();
        };
        String[] args = Stream.concat(Stream.of(command, typed, "x"), required.stream()).toArray(String[]::new);

        int exit = IdentitySecureScoreCommand.execute(args);

        assertEquals(2, exit);
        Matcher solutions = Pattern.compile("Possible solutions: ([^\\n]+)").matcher(stderr());
        assertTrue(solutions.find(), stderr());
        assertTrue(List.of(solutions.group(1).trim().split(", ")).contains(meant), stderr());
        assertTrue(stderr().contains("Try 'identity-secure-score " + command + " --help'"), stderr());
    }
}

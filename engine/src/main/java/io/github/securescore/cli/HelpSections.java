package io.github.securescore.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --help} layout of the subcommands: options under headings by purpose, examples and
 * the exit codes in the footer. The options stay declared where they are (fields and mixins);
 * only their listing is grouped, by name, so an option missing from every group is still listed
 * (under "Other options").
 */
final class HelpSections implements IHelpSectionRenderer {

    private static final String HELP = "Help:";

    private final Map<String, List<String>> groups;

    private HelpSections(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    @Override
    public String render(CommandLine.Help help) {
        List<OptionSpec> visible = help.commandSpec().options().stream().filter(o -> !o.hidden()).toList();
        Map<String, List<OptionSpec>> listed = new LinkedHashMap<>();
        List<OptionSpec> rest = new ArrayList<>(visible);
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<OptionSpec> options = new ArrayList<>();
            for (String name : group.getValue()) {
                visible.stream().filter(o -> o.longestName().equals(name)).findFirst().ifPresent(options::add);
            }
            rest.removeAll(options);
            listed.put(group.getKey(), options);
        }
        List<OptionSpec> standard = rest.stream().filter(OptionSpec::usageHelp).toList();
        List<OptionSpec> version = rest.stream().filter(OptionSpec::versionHelp).toList();
        rest.removeAll(standard);
        rest.removeAll(version);
        listed.put("Other options:", rest);
        List<OptionSpec> helpOptions = new ArrayList<>(standard);
        helpOptions.addAll(version);
        listed.put(HELP, helpOptions);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> group : listed.entrySet()) {
            if (!group.getValue().isEmpty()) {
                text.append(String.format("%n%s%n", group.getKey()))
                        // in the group's order (null: no sorting); each layout sizes its columns for all options
                        .append(help.optionListExcludingGroups(group.getValue(), help.createDefaultLayout(), null,
                                help.parameterLabelRenderer()));
            }
        }
        return text.toString();
    }

    /** Installs the grouped option list, the examples and the exit codes of one subcommand. */
    private static CommandSpec layout(CommandSpec spec, Map<String, List<String>> groups, List<String> examples,
                                      Map<String, String> exitCodes) {
        spec.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
                help -> "");
        spec.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                new HelpSections(groups));
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        spec.usageMessage().footerHeading("%nExamples:%n").footer(examples.toArray(String[]::new));
        return spec;
    }

    private static Map<String, String> codes(String... keyValues) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            codes.put(keyValues[i], keyValues[i + 1]);
        }
        return codes;
    }

    private static final List<String> LIVE_TENANT = List.of("--tenant", "--client-id", "--cloud", "--auth",
            "--client-secret-file", "--certificate", "--certificate-password-file", "--federated-token-file",
            "--access-token-file");
    private static final String INTERNAL_ERROR = "internal error: a bug, to be reported (never a gate verdict)";
    private static final String BAD_INPUT = "bad input or usage (the message names the file, line, column or field)";

    /** {@code check}. */
    static final class Check implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Input:", List.of("--snapshot", "--history"));
            groups.put("Policy and gates:", List.of("--policy", "--pack", "--min-score", "--as-of"));
            groups.put("Output:", List.of("--format", "--report-dir", "--summary-file", "--build-label"));
            groups.put("Live tenant (instead of --snapshot):", LIVE_TENANT);
            return layout(spec, groups, List.of(
                    "  A recorded tenant, its policy, the history and the reports for CI:",
                    "    identity-secure-score check --snapshot tenant.json --policy policy.yml \\",
                    "        --history history.jsonl --report-dir target/iss \\",
                    "        --format html,junit,markdown --summary-file target/iss/summary.md",
                    "  A live tenant gated at 60 percent (secret in env AZURE_CLIENT_SECRET):",
                    "    identity-secure-score check --tenant contoso.onmicrosoft.com \\",
                    "        --client-id ID --min-score 60"),
                    codes("0", "passed (UNSTABLE gates only warn)", "1", "a FAIL gate was violated", "2", BAD_INPUT,
                            "3", "collection from Microsoft Graph failed", "4", INTERNAL_ERROR));
        }
    }

    /** {@code snapshot}. */
    static final class Snapshot implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Output:", List.of("--out"));
            groups.put("Live tenant:", LIVE_TENANT);
            return layout(spec, groups, List.of(
                    "  Record a tenant (client secret in env AZURE_CLIENT_SECRET):",
                    "    identity-secure-score snapshot --tenant contoso.onmicrosoft.com \\",
                    "        --client-id ID --out tenant.json",
                    "  Record it with the Azure CLI's sign-in (az login):",
                    "    identity-secure-score snapshot --tenant contoso.onmicrosoft.com \\",
                    "        --auth azure-cli --out tenant.json"),
                    codes("0", "the snapshot was written", "2", BAD_INPUT,
                            "3", "collection from Microsoft Graph failed (no file is written)", "4", INTERNAL_ERROR));
        }
    }

    /** {@code access}. */
    static final class Access implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Live tenant:", LIVE_TENANT);
            return layout(spec, groups, List.of(
                    "  Check a new app registration before its first collection:",
                    "    identity-secure-score access --tenant contoso.onmicrosoft.com --client-id ID",
                    "  Check what the Azure CLI's signed-in account may read (az login):",
                    "    identity-secure-score access --tenant contoso.onmicrosoft.com --auth azure-cli"),
                    codes("0", "every resource can be read", "2", BAD_INPUT,
                            "3", "a resource was refused or failed, or sign-in failed", "4", INTERNAL_ERROR));
        }
    }

    /** {@code packs}. */
    static final class Packs implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Output:", List.of("--format"));
            return layout(spec, groups, List.of(
                    "  The packs this engine has, with each requirement and its permissions:",
                    "    identity-secure-score packs --format text",
                    "  The same for a script:",
                    "    identity-secure-score packs --format json"),
                    codes("0", "the packs were listed", "2", BAD_INPUT, "4", INTERNAL_ERROR));
        }
    }

    /** {@code diff}. */
    static final class Diff implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Input:", List.of("--history", "--tenant", "--policy"));
            return layout(spec, groups, List.of(
                    "  What changed between two snapshots, naming accounts and policies:",
                    "    identity-secure-score diff last-week.json today.json",
                    "  What changed between the two newest runs of the history:",
                    "    identity-secure-score diff --history history.jsonl"),
                    codes("0", "the changes were printed", "2", BAD_INPUT, "4", INTERNAL_ERROR));
        }
    }

    /** {@code report}. */
    static final class Report implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            groups.put("Input:", List.of("--history", "--tenant"));
            groups.put("Policy (zones and threshold line):", List.of("--policy", "--min-score"));
            groups.put("Output:", List.of("--report-dir", "--format"));
            return layout(spec, groups, List.of(
                    "  The HTML trend report and the Markdown summary of the newest tenant:",
                    "    identity-secure-score report --history history.jsonl --report-dir target/iss",
                    "  One tenant of a shared history, with the policy's zones and threshold:",
                    "    identity-secure-score report --history history.jsonl \\",
                    "        --report-dir target/iss --policy policy.yml \\",
                    "        --tenant 7d3c1f0e-5a2b-4c8d-9e6f-0a1b2c3d4e5f"),
                    codes("0", "the reports were written", "2", BAD_INPUT, "4", INTERNAL_ERROR));
        }
    }
}

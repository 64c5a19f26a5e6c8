package io.github.securescore.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.UntrustedText;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.PackCatalog;
import io.github.securescore.pack.PackSelection;
import io.github.securescore.pack.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code packs}: the baseline packs a check can select, each requirement with what it reads. */
@Command(name = "packs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = HelpSections.Packs.class,
        description = {"Lists the baseline packs a check can select (--pack, or packs: in the policy) and",
            "their requirements: id, obligation, title and the Graph permissions each needs."})
final class PacksCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or json.")
    String format = "text";

    @Override
    public Integer call() {
        List<Pack> packs = PackCatalog.load().packs();
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: unknown format '" + UntrustedText.line(format)
                    + "'; expected text or json");
        }
        Console.of(spec).document(chosen.equals("json") ? json(packs) : text(packs));
        return ExitCode.PASSED;
    }

    static String text(List<Pack> packs) {
        StringBuilder out = new StringBuilder();
        out.append(PackSelection.SCORE).append("  Microsoft's Identity Secure Score: the improvement actions"
                + " (selected when a policy names no packs)\n");
        for (Pack pack : packs) {
            out.append('\n').append(UntrustedText.line(pack.id())).append("  ").append(UntrustedText.line(pack.title()))
                    .append(", version ").append(UntrustedText.line(pack.version())).append('\n')
                    .append("  ").append(UntrustedText.line(pack.source().toString())).append('\n');
            for (Requirement r : pack.requirements()) {
                out.append(String.format(Locale.ROOT, "  %-16s %-7s %s%n", UntrustedText.line(r.id()), r.obligation(),
                        UntrustedText.line(r.title())));
                List<String> permissions = permissions(r);
                if (!permissions.isEmpty()) {
                    out.append("                   needs ").append(String.join(", ", permissions)).append('\n');
                } else {
                    // a requirement that reads nothing from Graph cannot be decided here
                    out.append("                   manual: reads nothing from Microsoft Graph; check it by hand\n");
                }
            }
        }
        return out.toString();
    }

    static String json(List<Pack> packs) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("packs");
        for (Pack pack : packs) {
            ObjectNode p = list.addObject();
            p.put("id", pack.id());
            p.put("title", pack.title());
            p.put("version", pack.version());
            p.put("source", pack.source().toString());
            ArrayNode requirements = p.putArray("requirements");
            for (Requirement r : pack.requirements()) {
                ObjectNode req = requirements.addObject();
                req.put("id", r.id());
                req.put("obligation", r.obligation().name());
                req.put("title", r.title());
                ArrayNode resources = req.putArray("resources");
                r.allResources().forEach(g -> resources.add(g.key()));
                ArrayNode permissions = req.putArray("permissions");
                permissions(r).forEach(permissions::add);
                req.put("manual", r.allResources().isEmpty());
            }
        }
        try {
            return UntrustedText.lines(JSON.writeValueAsString(root)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the pack list", e);
        }
    }

    private static List<String> permissions(Requirement r) {
        return r.allResources().stream().map(GraphResource::permission).distinct().toList();
    }
}

package io.github.securescore.proposal;

import io.github.securescore.check.CheckRequest;
import io.github.securescore.gate.Gate;
import io.github.securescore.report.Comparison;
import io.github.securescore.snapshot.SnapshotSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The northwind-hybrid example tenant (examples/tenants/README.md has its figures) as a proposal's base. */
final class Northwind {

    static final Path TENANT = Path.of("..", "examples", "tenants", "northwind-hybrid");
    static final Path SNAPSHOT = TENANT.resolve("snapshot.json");
    static final Path POLICY = TENANT.resolve("policy.yml");
    static final Path PROPOSALS = Path.of("..", "examples", "proposals");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    static final String ADMIN_MFA_POLICY = "9bf6f3a4-7133-421c-9e67-f3b4d22da480";
    static final String LEGACY_POLICY = "0cc87026-edd7-4b0f-9bbc-bc1dc6f40d53";
    static final String SIGN_IN_RISK_POLICY = "9d7b9b32-1fc8-4ba5-875f-923b662d174e";
    static final String MFA_OR_DEVICE_POLICY = "a1e5a7c6-b995-4ba6-a64e-2aefd20a8f0c";
    static final String EXCEPTIONS_GROUP = "23dc9897-5278-43e4-b2e6-bdfcb05811fe";
    static final String SYNC_ROLE = "d29b2b05-8046-44ba-8758-1e26182fcf32";
    static final String HELPDESK_ROLE = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    static final String OLIVER = "657584ea-7c6d-4985-ab60-3b06bb9867b2";

    private Northwind() {
    }

    static CheckRequest request(Path policy, List<Gate> gates) {
        return CheckRequest.of(SnapshotSource.file(SNAPSHOT), policy, gates, AS_OF);
    }

    static ProposalResult check(Proposal proposal) {
        return new ProposalCheck().run(request(null, List.of()), proposal, false);
    }

    static ProposalResult check(Path... files) {
        return check(new ProposalReader().read(List.of(files), List.of()));
    }

    static Path write(Path dir, String name, String json) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Graph policy for All users (except the sync role) and all apps. */
    static String policy(String id, String name, String state, String extraConditions, String grant) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"displayName\":\"" + name + "\",\"state\":\"" + state
                + "\",\"conditions\":{\"users\":{\"includeUsers\":[\"All\"],\"excludeRoles\":[\"" + SYNC_ROLE + "\"]},"
                + "\"applications\":{\"includeApplications\":[\"All\"]}" + extraConditions + "},\"grantControls\":" + grant + "}";
    }

    static Comparison.Action action(ProposalResult result, String name) {
        return result.comparison().actions().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " did not move: " + result.comparison().actions()));
    }

    static double points(ProposalResult result, String action, boolean proposed) {
        return (proposed ? result.proposed() : result.current()).control(action).orElseThrow().points();
    }
}

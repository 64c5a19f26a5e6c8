package io.github.securescore.pack.cis;

import io.github.securescore.pack.BaselinePack;
import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Pack;
import io.github.securescore.pack.Requirement;
import io.github.securescore.snapshot.GraphResource;
import java.net.URI;
import java.util.List;

/**
 * An excerpt of the CIS Microsoft 365 Foundations Benchmark (v5.0.0): the recommendations on
 * Entra ID this engine can decide from the resources a snapshot already has. Titles are ours; the
 * ids are CIS's. CIS writes "Ensure ..." for both of its profiles: Level 1 recommendations are
 * listed as SHALL, Level 2 as SHOULD.
 * Unfinished: the rest of the benchmark's Entra recommendations (see docs/design.md "Baseline packs").
 */
public final class CisPack implements BaselinePack {

    public static final String ID = "cis-m365";

    @Override
    public Pack pack() {
        return new Pack(ID, "CIS Microsoft 365 Foundations Benchmark (Entra ID excerpt)", "5.0.0",
                URI.create("https://www.cisecurity.org/benchmark/microsoft_365"), List.of(
                new Requirement("1.1.3", "Two to four accounts hold Global Administrator", Obligation.SHALL,
                        List.of(GraphResource.USERS, GraphResource.ROLE_DEFINITIONS, GraphResource.ROLE_ASSIGNMENTS),
                        new GlobalAdministratorCount()),
                new Requirement("5.1.5.1", "Users cannot consent to apps reading company data", Obligation.SHOULD,
                        List.of(GraphResource.AUTHORIZATION_POLICY), new UserConsentRestricted()),
                new Requirement("5.2.2.3", "Conditional access blocks legacy authentication clients", Obligation.SHALL,
                        List.of(GraphResource.CONDITIONAL_ACCESS_POLICIES), new LegacyAuthenticationBlocked())));
    }
}

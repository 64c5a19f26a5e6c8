package io.github.securescore.pack.scuba;

import io.github.securescore.pack.Obligation;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import java.util.List;

/** Section 4 of CISA's SCuBA baseline for Microsoft Entra ID, "Centralized Log Collection" (MS.AAD.4.1v1). */
public final class ScubaLogging {

    static final String REASON = "Entra ID's logs reach a SIEM through Azure Monitor diagnostic settings in an"
            + " Azure subscription, which Microsoft Graph does not expose; check that the audit, sign-in (interactive,"
            + " non-interactive, service principal, managed identity, AD FS), risk, provisioning and Graph activity"
            + " logs are sent to the security operations centre";

    private ScubaLogging() {
    }

    public static List<Requirement> requirements() {
        return List.of(new Requirement("MS.AAD.4.1v1", "Security logs go to the security operations centre",
                Obligation.SHALL, List.of(), context -> RequirementOutcome.manual(REASON)));
    }
}

package io.github.securescore.pack;

import io.github.securescore.controls.Evidence;
import io.github.securescore.snapshot.ConditionalAccessPolicy;
import io.github.securescore.snapshot.GraphResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small pack for the engine's own tests: LEGACY reads the conditional access policies (blocked
 * client app types "other"/"exchangeActiveSync" for all users, counting only exclusions the policy
 * file does not accept), DEFAULTS reads security defaults, MANUAL is never decidable.
 */
public final class TestPack {

    public static final String ID = "test-pack";

    private TestPack() {
    }

    public static Pack pack() {
        return new Pack(ID, "A pack for tests", "1.0", URI.create("https://example.test/pack"), List.of(
                new Requirement("T.LEGACY.1", "Legacy sign-in is blocked", Obligation.SHALL,
                        List.of(GraphResource.CONDITIONAL_ACCESS_POLICIES), TestPack::legacy),
                new Requirement("T.DEFAULTS.1", "Security defaults are on", Obligation.SHALL,
                        List.of(GraphResource.SECURITY_DEFAULTS),
                        c -> c.securityDefaultsEnabled() ? RequirementOutcome.pass(Evidence.NONE)
                                : RequirementOutcome.fail("security defaults are off", Evidence.NONE)),
                new Requirement("T.MANUAL.1", "Logs go to a SIEM", Obligation.SHOULD, List.of(),
                        c -> RequirementOutcome.manual("log forwarding is not in Graph configuration"))));
    }

    public static PackCatalog catalog() {
        return PackCatalog.of(List.of(pack()));
    }

    private static RequirementOutcome legacy(io.github.securescore.controls.EvaluationContext context) {
        List<String> notes = new ArrayList<>();
        for (ConditionalAccessPolicy p : context.snapshot().conditionalAccessPolicies()) {
            boolean blocks = "enabled".equals(p.state()) && p.grantControls() != null
                    && p.grantControls().builtInControls().contains("block")
                    && p.conditions().clientAppTypes().contains("other")
                    && p.conditions().users().includeUsers().contains("All");
            if (!blocks) {
                continue;
            }
            List<String> unaccepted = context.exclusions().unaccepted(p.conditions().users().excludeUsers(),
                    p.conditions().users().excludeGroups());
            if (unaccepted.isEmpty()) {
                context.exclusions().applied().forEach(e -> notes.add("excluded " + e.describe()));
                return RequirementOutcome.pass(new Evidence(Map.of(), List.of(p.displayName()), List.of(), notes));
            }
            notes.add(p.displayName() + " excludes " + String.join(", ", unaccepted));
        }
        return RequirementOutcome.fail("no policy blocks legacy sign-in for everyone",
                new Evidence(Map.of(), List.of(), List.of(), notes));
    }
}

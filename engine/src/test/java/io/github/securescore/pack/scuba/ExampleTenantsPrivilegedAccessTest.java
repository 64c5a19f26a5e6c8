package io.github.securescore.pack.scuba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.securescore.controls.EvaluationContext;
import io.github.securescore.pack.Requirement;
import io.github.securescore.pack.RequirementOutcome;
import io.github.securescore.pack.RequirementStatus;
import io.github.securescore.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SCuBA sections 4 and 7 on the example tenants, against the results worked out by hand in
 * {@code examples/tenants/README.md} ("SCuBA: privileged access and logging").
 */
class ExampleTenantsPrivilegedAccessTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "tenants");
    private static final RequirementStatus P = RequirementStatus.PASS;
    private static final RequirementStatus F = RequirementStatus.FAIL;
    private static final RequirementStatus N = RequirementStatus.NOT_EVALUATED;

    private static Map<String, RequirementOutcome> evaluate(String tenant) {
        EvaluationContext context = new EvaluationContext(
                new SnapshotReader().read(EXAMPLES.resolve(tenant).resolve("snapshot.json")));
        List<Requirement> requirements = new ArrayList<>(ScubaLogging.requirements());
        requirements.addAll(ScubaPrivilegedAccess.requirements());
        Map<String, RequirementOutcome> outcomes = new LinkedHashMap<>();
        requirements.forEach(r -> outcomes.put(r.id(), r.evaluator().evaluate(context)));
        return outcomes;
    }

    private static List<RequirementStatus> statuses(Map<String, RequirementOutcome> outcomes) {
        return outcomes.values().stream().map(RequirementOutcome::status).toList();
    }

    @Test
    void contosoHasNoP2() {
        Map<String, RequirementOutcome> o = evaluate("contoso-small-business");
        // 4.1, 7.1 … 7.9
        assertEquals(List.of(N, P, F, P, N, N, N, N, N, N), statuses(o));
        assertTrue(o.get("MS.AAD.4.1v1").manual());
        assertEquals(2L, o.get("MS.AAD.7.1v1").evidence().counts().get("Global Administrators"));
        assertTrue(o.get("MS.AAD.7.2v1").reason().contains("the ratio 2/0 is above 1"), o.get("MS.AAD.7.2v1").reason());
        assertTrue(o.get("MS.AAD.7.4v1").reason().contains("no subscribed SKU has the AAD_PREMIUM_P2 plan"),
                o.get("MS.AAD.7.4v1").reason());
    }

    @Test
    void fabrikamUsesPimWithGaps() {
        Map<String, RequirementOutcome> o = evaluate("fabrikam-enterprise");
        assertEquals(List.of(N, P, F, F, F, F, P, F, P, P), statuses(o));
        assertEquals(6L, o.get("MS.AAD.7.1v1").evidence().counts().get("Global Administrators"));
        assertTrue(o.get("MS.AAD.7.2v1").reason().contains("6/4 = 1.50"), o.get("MS.AAD.7.2v1").reason());
        assertEquals(List.of("dana.whitfield@fabrikam.com"), o.get("MS.AAD.7.3v1").evidence().unprotected());
        assertEquals(1L, o.get("MS.AAD.7.3v1").evidence().counts().get("signing in elsewhere"));   // Sam, invited
        assertEquals(6L, o.get("MS.AAD.7.4v1").evidence().counts().get("permanent active assignments"));
        assertEquals(4L, o.get("MS.AAD.7.5v1").evidence().counts().get("active assignments made outside PIM"));
        assertEquals(List.of("Hybrid Identity Administrator (Notification_Admin_Admin_Eligibility)"),
                o.get("MS.AAD.7.7v1").evidence().unprotected());
    }

    @Test
    void fabrikamsBreakGlassAccountsAreTheDeclaredExceptions() {
        EvaluationContext context = new EvaluationContext(
                new SnapshotReader().read(EXAMPLES.resolve("fabrikam-enterprise").resolve("snapshot.json")));
        RequirementOutcome outcome = ActiveAssignments.permanent(context, java.util.Set.of(
                "4bccd3b5-a208-4a70-83f8-76816ce93eec", "f76d5d0b-3512-4f8c-a496-73ea782719e6"));
        assertEquals(F, outcome.status());
        assertEquals(4L, outcome.evidence().counts().get("permanent active assignments"));
    }

    @Test
    void northwindIsHybridAndMayNotReadPimSettings() {
        Map<String, RequirementOutcome> o = evaluate("northwind-hybrid");
        assertEquals(List.of(N, P, F, F, N, N, N, N, N, N), statuses(o));
        assertEquals(List.of("nora.lindqvist@northwindtraders.com", "felix.grant@northwindtraders.com"),
                o.get("MS.AAD.7.3v1").evidence().unprotected());
        assertEquals(List.of("RoleAssignmentSchedule.Read.Directory"), o.get("MS.AAD.7.5v1").missingPermissions());
        assertEquals(List.of("RoleManagementPolicy.Read.Directory"), o.get("MS.AAD.7.9v1").missingPermissions());
    }

    @Test
    void fabrikamsBreakGlassAccountsAcceptedInThePolicyFileAreExceptedToo() {
        EvaluationContext context = new EvaluationContext(
                new SnapshotReader().read(EXAMPLES.resolve("fabrikam-enterprise").resolve("snapshot.json")));
        List<io.github.securescore.controls.AcceptedExclusion> accepted = List.of(
                exclusion("bg-01@fabrikam.onmicrosoft.com"), exclusion("f76d5d0b-3512-4f8c-a496-73ea782719e6"));
        io.github.securescore.pack.Pack pack = new io.github.securescore.pack.Pack("p", "p", "1",
                java.net.URI.create("https://example.invalid"), ScubaPrivilegedAccess.requirements());
        io.github.securescore.pack.RequirementResult result = new io.github.securescore.pack.PackAssessor()
                .assess(pack, context, List.of(), accepted, java.time.LocalDate.parse("2026-11-22"))
                .result("MS.AAD.7.4v1").orElseThrow();
        assertEquals(F, result.status());
        assertEquals(4L, result.outcome().evidence().counts().get("permanent active assignments"));
        assertEquals(2, result.exclusions().size(), "both accepted exclusions were applied");
        assertTrue(result.outcome().evidence().notes().stream().anyMatch(n -> n.startsWith("excepted as emergency access")
                && n.contains("bg-01@fabrikam.onmicrosoft.com")), result.outcome().evidence().notes().toString());
    }

    private static io.github.securescore.controls.AcceptedExclusion exclusion(String account) {
        return new io.github.securescore.controls.AcceptedExclusion(io.github.securescore.controls.AcceptedExclusion.Kind.ACCOUNT,
                account, "emergency access, monitored", "iam@fabrikam.com", null, java.util.Set.of("MS.AAD.7.4v1"));
    }

    @Test
    void throughThePackAContosoWithoutP2GetsTheSameResultsAsTheReadme() {
        EvaluationContext context = new EvaluationContext(
                new SnapshotReader().read(EXAMPLES.resolve("contoso-small-business").resolve("snapshot.json")));
        io.github.securescore.pack.Pack pack = io.github.securescore.pack.PackCatalog.load().pack("scuba-aad").orElseThrow();
        io.github.securescore.pack.PackResult result = new io.github.securescore.pack.PackAssessor()
                .assess(pack, context, List.of(), List.of(), java.time.LocalDate.parse("2026-11-22"));
        // PIM answered 400 (no P2): 7.1-7.3 count active assignments only, 7.4-7.9 name the licence
        assertEquals(List.of(P, F, P, N, N, N, N, N, N), List.of("7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9")
                .stream().map(n -> result.result("MS.AAD." + n + "v1").orElseThrow().status()).toList());
        String reason = result.result("MS.AAD.7.4v1").orElseThrow().outcome().reason();
        assertTrue(reason.contains("no Microsoft Entra ID P2 (Privileged Identity Management) licence"), reason);
    }
}

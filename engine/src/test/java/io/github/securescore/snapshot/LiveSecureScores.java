package io.github.securescore.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * {@code security/secureScores} and {@code secureScoreControlProfiles} as live tenants answer them, beyond
 * Graph's documented example: controlScores with additional data whose numbers are strings
 * ({@code scoreInPercentage}, {@code count}, {@code total}, {@code on}) beside {@code implementationStatus} and
 * {@code lastSynced}; averages with {@code identityScore}/{@code identityScoreMax}, a {@code SeatSize} basis with
 * its range as strings, fields nobody documents; profiles by the hundred. Shipped in the test-jar.
 */
public final class LiveSecureScores {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LiveSecureScores() {
    }

    /**
     * One day: {@code controls} maps control names to {score, max}; the day's current and maximum score
     * add 300 of 500 points of non-identity controls, as Microsoft's whole score does.
     */
    public static ObjectNode day(String tenantId, LocalDate day, Map<String, double[]> controls, double identityAverage) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("id", tenantId + "_" + day);
        s.put("azureTenantId", tenantId);
        s.put("activeUserCount", 48);
        s.put("createdDateTime", day + "T00:00:00Z");
        double current = 300;
        double max = 500;
        for (double[] c : controls.values()) {
            current += c[0];
            max += c[1];
        }
        s.put("currentScore", current);
        s.put("maxScore", max);
        s.putArray("enabledServices").add("HasExchange").add("HasSharePoint");
        s.put("licensedUserCount", 55);
        s.putObject("vendorInformation").put("provider", "SecureScore").put("vendor", "Microsoft");
        ArrayNode averages = s.putArray("averageComparativeScores");
        averages.addObject().put("basis", "AllTenants").put("averageScore", 242.35)
                .put("appsScore", "11.2").put("appsScoreMax", "40")
                .put("identityScore", String.format(Locale.ROOT, "%.2f", identityAverage)).put("identityScoreMax", "60");
        averages.addObject().put("basis", "SeatSize").put("averageScore", 264.9)
                .put("seatSizeRangeLowerValue", "51").put("seatSizeRangeUpperValue", "100")
                .put("identityScore", 33.0).put("identityScoreMax", 60.0);
        averages.addObject().put("basis", "IndustryTypes").put("averageScore", 301.12).put("industryType", "Manufacturing");
        ArrayNode scores = s.putArray("controlScores");
        controls.forEach((name, c) -> scores.addObject()
                .put("controlCategory", "Identity").put("controlName", name)
                .put("description", "Microsoft's words for " + name)
                .put("score", c[0])
                .put("scoreInPercentage", String.format(Locale.ROOT, "%.2f", c[1] == 0 ? 0 : c[0] / c[1] * 100))
                .put("lastSynced", day + "T03:12:00Z")
                .put("implementationStatus", "You have " + (int) Math.round(c[0]) + " of " + (int) c[1] + " done")
                .put("count", Integer.toString((int) Math.round(c[0])))
                .put("total", Integer.toString((int) c[1]))
                .put("on", "0")
                .put("IsApplicable", "true"));
        scores.addObject().put("controlCategory", "Apps").put("controlName", "mcasFIPSCompliance")
                .put("score", 0).put("scoreInPercentage", "0.00").put("count", "0").put("total", "0")
                .putNull("implementationStatus").put("lastSynced", day + "T03:12:00Z");
        return s;
    }

    /** The tenant of {@link #tenant(LocalDate)}. */
    public static final String TENANT = "f794c3c0-36b0-4e51-ad12-7653e2c68e8b";

    /**
     * A small tenant captured at 10:00 on {@code newest} with 90 days of Microsoft's figures up to that day:
     * AdminMFAV2 10 of 10 every day, MFARegistrationV2 9 − 0.1 per day back, PWAgePolicyNew 8 of 8 in the last
     * 30 days and 0 before. Our own evaluation: one registered member, passwords that never expire, no admins.
     */
    public static SnapshotFixture tenant(LocalDate newest) {
        ArrayNode days = MAPPER.createArrayNode();
        for (int d = 0; d < 90; d++) {
            Map<String, double[]> controls = new java.util.LinkedHashMap<>();
            controls.put("AdminMFAV2", new double[] {10, 10});
            controls.put("MFARegistrationV2", new double[] {Math.round((9 - d * 0.1) * 10) / 10.0, 9});
            controls.put("PWAgePolicyNew", new double[] {d < 30 ? 8 : 0, 8});
            days.add(day(TENANT, newest.minusDays(d), controls, 28.5));
        }
        return SnapshotFixture.tenant().top("tenantId", TENANT).top("capturedAt", newest + "T10:00:00Z")
                .member("alice").registration("alice", true, true)
                .domain("contoso.example", "Managed", true, true, 2147483647)
                .raw("security/secureScores", collection(days));
    }

    /** A page-worthy number of control profiles: {@code identity} first (with maxima), then filler controls. */
    public static ArrayNode profiles(Map<String, Double> identity, int total) {
        ArrayNode profiles = MAPPER.createArrayNode();
        identity.forEach((name, max) -> profile(profiles, name, "Identity", max));
        for (int i = profiles.size(); i < total; i++) {
            profile(profiles, String.format(Locale.ROOT, "scid_%04d", i), i % 3 == 0 ? "Device" : "Data", 1.0 + i % 9);
        }
        return profiles;
    }

    private static void profile(ArrayNode profiles, String name, String category, double max) {
        ObjectNode p = profiles.addObject();
        p.put("id", name);
        p.put("azureTenantId", "t");
        p.put("actionType", "Config");
        p.put("actionUrl", "https://learn.microsoft.com/entra/identity/" + name.toLowerCase(Locale.ROOT));
        p.put("controlCategory", category);
        p.put("title", "Title of " + name);
        p.putArray("compliance").addObject().put("certificationName", "NIST 800-53").putArray("certificationControls");
        p.put("deprecated", false);
        p.put("implementationCost", "Low");
        p.put("maxScore", max);
        p.put("rank", profiles.size());
        p.put("remediation", "<p>Steps</p>");
        p.put("remediationImpact", "Users ...");
        p.put("service", "AzureAD");
        p.putArray("threats").add("AccountBreach");
        p.put("tier", "Core");
        p.put("userImpact", "Moderate");
        p.putArray("controlStateUpdates");
    }

    /** {@code {"value": [...]}} of the given entities, as Graph pages it before joining. */
    public static ObjectNode collection(com.fasterxml.jackson.databind.JsonNode... entities) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode value = page.putArray("value");
        for (var e : entities) {
            value.add(e);
        }
        return page;
    }

    /** {@code {"value": [...]}} of an array. */
    public static ObjectNode collection(ArrayNode entities) {
        ObjectNode page = MAPPER.createObjectNode();
        page.set("value", entities);
        return page;
    }
}

package io.github.securescore.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.securescore.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The live shapes of Microsoft's secure score data are read, and read strictly. */
class LiveSecureScoreShapesTest {

    private static final String TENANT = "f794c3c0-36b0-4e51-ad12-7653e2c68e8b";

    private static ObjectNode day() {
        Map<String, double[]> controls = new LinkedHashMap<>();
        controls.put("AdminMFAV2", new double[] {7.5, 10});
        controls.put("MFARegistrationV2", new double[] {4.5, 9});
        return LiveSecureScores.day(TENANT, LocalDate.of(2026, 11, 20), controls, 28.5);
    }

    private static TenantSnapshot read(ObjectNode day) {
        return SnapshotFixture.tenant().raw(GraphResource.SECURE_SCORES.key(), LiveSecureScores.collection(day)).read();
    }

    @Test
    void numbersWrittenAsStringsAreReadAsNumbers() {
        SecureScore score = read(day()).latestSecureScore().orElseThrow();

        SecureScore.ControlScore mfa = score.controlScores().get(1);
        assertEquals("MFARegistrationV2", mfa.controlName());
        assertEquals(4.5, mfa.score());
        assertEquals(50.0, mfa.scoreInPercentage());
        assertEquals(5, mfa.count());   // "5" (4.5 rounded by the fixture)
        assertEquals(9, mfa.total());
        assertEquals(0.0, mfa.on());
        assertEquals("2026-11-20T03:12:00Z", mfa.lastSynced());
        assertTrue(mfa.implementationStatus().startsWith("You have"));
        SecureScore.ControlScore apps = score.controlScores().get(2);
        assertNull(apps.implementationStatus());

        SecureScore.AverageComparativeScore all = score.averageComparativeScores().get(0);
        assertEquals(28.5, all.identityScore());
        assertEquals(60.0, all.identityScoreMax());
        assertEquals(47.5, all.identityPercent(), 1e-9);
        SecureScore.AverageComparativeScore seats = score.averageComparativeScores().get(1);
        assertEquals("SeatSize", seats.basis());
        assertEquals(51, seats.seatSizeRangeLowerValue());
        assertEquals(100, seats.seatSizeRangeUpperValue());
        assertEquals(55.0, seats.identityPercent(), 1e-9);
        SecureScore.AverageComparativeScore industry = score.averageComparativeScores().get(2);
        assertTrue(Double.isNaN(industry.identityPercent()), "no identity figures: no identity average");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "controlScores[0].count|\"five\"|expected a whole number from 0 to 2147483647 (a number, or a number written as a string), found the string \"five\"",
        "controlScores[0].count|\"-3\"|found the string \"-3\"",
        "controlScores[0].total|\"2.5\"|expected a whole number from 0 to 2147483647, found 2.5",
        "controlScores[0].total|\"\"|found the string \"\"",
        "controlScores[0].scoreInPercentage|\"NaN\"|found the string \"NaN\"",
        "controlScores[0].scoreInPercentage|\"1e400\"|found the string \"1e400\"",
        "controlScores[0].scoreInPercentage|true|found a boolean",
        "controlScores[0].on|\" 1\"|found the string \" 1\"",
        "averageComparativeScores[0].identityScore|\"28,5\"|found the string \"28,5\"",
        "averageComparativeScores[0].identityScoreMax|\"2000000\"|expected a figure from 0 to 1000000, found 2000000",
        "averageComparativeScores[1].seatSizeRangeLowerValue|\"fifty\"|found the string \"fifty\"",
        "averageComparativeScores[1].seatSizeRangeUpperValue|[]|found an array",
    })
    void aStringThatIsNoNumberIsAnErrorNamingTheField(String path, String json, String expected) {
        ObjectNode day = day();
        String[] parts = path.split("\\.");
        String array = parts[0].substring(0, parts[0].indexOf('['));
        int index = Integer.parseInt(parts[0].substring(parts[0].indexOf('[') + 1, parts[0].indexOf(']')));
        ((ObjectNode) day.get(array).get(index)).set(parts[1], SnapshotFixture.parse(json));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(day));

        assertEquals("resources[\"security/secureScores\"].value[0]." + path, e.field());
        assertTrue(e.problem().contains(expected), e.problem());
        assertTrue(e.line() > 0, "the line is named");
    }

    @Test
    void documentedFieldsStayStrict() {
        ObjectNode day = day();
        ((ObjectNode) day.get("controlScores").get(0)).put("score", "7.5");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(day));

        assertEquals("resources[\"security/secureScores\"].value[0].controlScores[0].score", e.field());
        assertTrue(e.problem().contains("expected a number, found the string \"7.5\""), e.problem());
    }

    @Test
    void theDocumentedShapeStillReads() {
        TenantSnapshot snapshot = SnapshotFixture.tenant().secureScore("2026-11-20T00:00:00Z", 10, 50,
                "AdminMFAV2", 5).read();
        SecureScore.ControlScore c = snapshot.latestSecureScore().orElseThrow().controlScores().get(0);
        assertNull(c.count());
        assertNull(c.scoreInPercentage());
        assertTrue(Double.isNaN(snapshot.latestSecureScore().orElseThrow().averageComparativeScores().get(0)
                .identityPercent()));
    }
}

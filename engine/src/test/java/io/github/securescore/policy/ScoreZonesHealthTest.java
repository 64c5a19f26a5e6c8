package io.github.securescore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoreZonesHealthTest {

    @Test
    void healthIsTheWholeScoreAndNamesTheZone() {
        ScoreZones zones = new ScoreZones(80, 50);
        assertEquals(new ScoreZones.Health(72, "Identity Secure Score 72.9 %: Okay (good from 80 %, okay from 50 %)"),
                zones.health(72.9));
        assertEquals("Good", zones.health(80).description().split(": ")[1].split(" ")[0]);
        assertEquals("Bad", zones.health(49.99).description().split(": ")[1].split(" ")[0]);
        assertEquals(100, zones.health(100).score());
        assertEquals(0, zones.health(0).score());
        assertEquals("Identity Secure Score 60.0 %: Good (good from 55.5 %, okay from 20 %)",
                new ScoreZones(55.5, 20).health(60).description());
    }
}

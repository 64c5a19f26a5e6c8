package io.github.securescore.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The pipeline step and the freestyle recorder take the same parameters: a parameter added to one and not
 * the other is one a pipeline (or a freestyle job) refuses.
 */
class StepParametersTest {

    @Test
    void theStepHasEveryParameterOfTheRecorderAndNoOther() {
        assertEquals(setters(IdentitySecureScoreRecorder.class), setters(IdentitySecureScoreStep.class));
    }

    @Test
    void theStepPassesEachParameterToTheRecorder() {
        IdentitySecureScoreStep step = new IdentitySecureScoreStep();
        step.setPacks("identity-secure-score,cis-m365");
        step.setProposed("ca");
        step.setChecksName("posture");
        IdentitySecureScoreRecorder recorder = step.recorder();
        assertEquals("identity-secure-score,cis-m365", recorder.getPacks());
        assertEquals("ca", recorder.getProposed());
        assertEquals("posture", recorder.getChecksName());
    }

    private static Set<String> setters(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}

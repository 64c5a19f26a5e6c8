package io.github.securescore.jenkins;

import hudson.FilePath;
import io.github.securescore.check.CheckRequest;
import io.github.securescore.check.CheckResult;
import io.github.securescore.check.IdentityCheck;
import io.github.securescore.snapshot.SnapshotSource;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The tenants the Jenkins tests score, and the engine's own answer for them. */
final class TestTenants {

    /** The project's bundled example (examples/tenants/contoso-small-business/snapshot.json, copied by the pom). */
    static final String CONTOSO = "/examples/snapshot.json";
    /**
     * examples/tenants/fabrikam-enterprise/snapshot.json (copied by the pom): Entra's own daily scores of three days
     * (two before the snapshot's day, backfilled on a first run) and a Defender for Identity recommendation that
     * Microsoft reports beside our actions.
     */
    static final String FABRIKAM = "/examples/fabrikam/snapshot.json";
    /** A small tenant whose names carry HTML, next to the model tests. */
    static final String SMALL = "/io/github/securescore/jenkins/model/small-tenant.json";

    /** Week {@code n} of the example series (examples/series, copied by the pom): one tenant over eight weeks. */
    static String week(int n) {
        return "/examples/series/week-" + n + ".json";
    }

    private TestTenants() {
    }

    static URL url(String resource) {
        URL url = TestTenants.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        return url;
    }

    static void copy(String resource, FilePath workspace, String name) throws Exception {
        workspace.child(name).copyFrom(url(resource));
    }

    /** What the engine says about the tenant, without Jenkins: the oracle the plugin's numbers must match. */
    static CheckResult engineResult(String resource) throws URISyntaxException {
        Path file = Path.of(url(resource).toURI());
        return new IdentityCheck().run(CheckRequest.of(SnapshotSource.file(file), null, List.of(),
                LocalDate.now(ZoneOffset.UTC)));
    }
}

package io.github.securescore.maven;

import io.github.securescore.graph.CollectionException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records a live tenant into a snapshot file, to check offline later, share with a reviewer, or
 * keep as a test fixture. Secrets and tokens are never written into it.
 */
@Mojo(name = "snapshot", threadSafe = true, requiresProject = false)
public class SnapshotMojo extends AbstractTenantMojo {

    /** The snapshot file to write; without a POM, under {@code target/identity-secure-score} in the current directory. */
    @Parameter(property = "identitySecureScore.snapshot",
            defaultValue = "${project.build.directory}/identity-secure-score/snapshot.json")
    File snapshot;

    /** Where Maven was started; without a POM, the default {@code snapshot} is under it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    String executionRoot;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Identity Secure Score snapshot skipped (identitySecureScore.skip)");
            return;
        }
        LiveTenant tenant = liveTenant();
        File snapshot = ProjectlessPath.resolve(this.snapshot, executionRoot);
        try {
            Files.createDirectories(snapshot.toPath().toAbsolutePath().getParent());
            tenant.record(snapshot.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create the folder of " + snapshot + ": " + e.getMessage(), e);
        } catch (CollectionException e) {
            throw new MojoExecutionException("Reading the tenant from Microsoft Graph failed: " + e.getMessage(), e);
        }
        getLog().info("Snapshot written to " + snapshot);
    }
}

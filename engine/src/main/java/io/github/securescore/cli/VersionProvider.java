package io.github.securescore.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = IdentitySecureScoreCommand.class.getPackage().getImplementationVersion();
        return new String[] {"identity-secure-score " + (version == null ? "development" : version)};
    }
}

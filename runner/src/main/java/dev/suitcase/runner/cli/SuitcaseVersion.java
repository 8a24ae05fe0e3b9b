package dev.suitcase.runner.cli;

import picocli.CommandLine;

/** The suite's version, from the jar manifest when packaged. */
final class SuitcaseVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SuitcaseVersion.class.getPackage().getImplementationVersion();
        return new String[] {"suitcase " + (version == null ? "(development build)" : version)};
    }
}

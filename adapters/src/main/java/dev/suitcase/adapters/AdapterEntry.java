package dev.suitcase.adapters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a short name of {@value AdapterRegistry#FILE} stands for: the adapter spec, and for an adapter
 * that is built on first use, its build command and the commands its build needs (adapters/PROTOCOL.md,
 * "Naming an adapter"). The string form of an entry ({@code "python": "process:adapters/python/run"})
 * is a spec without build or toolchain.
 *
 * @param spec      a {@code process:}, {@code process-oneshot:} or {@code java:} spec, or a JVM adapter's name
 * @param build     a command line run once per run before the adapter starts, which builds it if stale
 *                  ({@link dev.suitcase.adapters.process.AdapterBuilds}); only for a process spec
 * @param toolchain the commands the build needs on the PATH (e.g. {@code cargo}); {@code --adapter all}
 *                  skips the adapter when one is missing
 */
public record AdapterEntry(String spec, Optional<String> build, List<String> toolchain) {
    public AdapterEntry {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(build, "build");
        toolchain = List.copyOf(toolchain);
    }

    /** An entry in string form: the spec alone. */
    public static AdapterEntry of(String spec) {
        return new AdapterEntry(spec, Optional.empty(), List.of());
    }
}

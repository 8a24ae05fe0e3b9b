package dev.suitcase.runner.cli;

import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** {@code --layer}, {@code --alg} and {@code --filter GLOB}: which vectors a command works on. */
final class VectorSelection {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--layer", paramLabel = "LAYER", description = "Only this layer: signature, cose or suit.")
    private String layer;

    @Option(names = "--alg", paramLabel = "ALG",
            description = "Only this algorithm: ES256, ESP256, EdDSA, Ed25519, HSS-LMS, or any.")
    private String algorithm;

    @Option(names = "--filter", paramLabel = "GLOB",
            description = "Only vector ids matching this glob, e.g. 'suit.*.rollback.*' or '*small-order*'.")
    private String filter;

    List<Vector> select(List<Vector> vectors) {
        Layer wantedLayer = null;
        if (layer != null) {
            try {
                wantedLayer = Layer.fromWireName(layer);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--layer: " + e.getMessage());
            }
        }
        boolean anyAlgorithm = "any".equalsIgnoreCase(algorithm);
        Algorithm wantedAlgorithm = algorithm == null || anyAlgorithm ? null : Algorithm.fromName(algorithm)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--alg: unknown algorithm '"
                        + algorithm + "'; expected ES256, ESP256, EdDSA, Ed25519, HSS-LMS or any"));
        PathMatcher matcher = filter == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + filter);
        List<Vector> selected = new ArrayList<>();
        for (Vector vector : vectors) {
            if ((wantedLayer == null || vector.layer() == wantedLayer)
                    && (!anyAlgorithm || vector.algorithm().isEmpty())
                    && (wantedAlgorithm == null || vector.algorithm().filter(wantedAlgorithm::equals).isPresent())
                    && (matcher == null || matcher.matches(Path.of(vector.id().toString())))) {
                selected.add(vector);
            }
        }
        return selected;
    }
}

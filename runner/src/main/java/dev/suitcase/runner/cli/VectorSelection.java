package dev.suitcase.runner.cli;

import dev.suitcase.runner.selection.VectorSelector;
import dev.suitcase.vectors.model.Vector;
import dev.suitcase.verifier.Layer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;

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
            description = "Only vector ids matching this glob, e.g. 'suit.*.sequence.*' or '*small-order*'.")
    private String filter;

    List<Vector> select(List<Vector> vectors) {
        return selector().select(vectors);
    }

    Optional<Layer> layer() {
        try {
            return Optional.ofNullable(layer).map(Layer::fromWireName);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--layer: " + e.getMessage());
        }
    }

    Optional<String> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    Optional<String> filter() {
        return Optional.ofNullable(filter);
    }

    /** The selector these options give; a usage error names the option that is wrong. */
    VectorSelector selector() {
        Optional<Layer> wantedLayer = layer();
        try {
            new VectorSelector(Optional.empty(), algorithm(), Optional.empty(), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--alg: " + e.getMessage());
        }
        try {
            return new VectorSelector(wantedLayer, algorithm(), filter(), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--filter: " + e.getMessage());
        }
    }
}

package dev.suitcase.runner.cli;

import dev.suitcase.vectors.corpus.CorpusException;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.adapters.reference.ReferenceOracle;
import dev.suitcase.verifier.suit.Device;
import picocli.CommandLine;
import dev.suitcase.runner.json.JsonFileException;
import dev.suitcase.runner.json.JsonFiles;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code --device FILE}: the {@code device} object of the vector format (vectors/README.md),
 * read by the corpus's own codec and mapped onto the simulated device as for a vector. An image is
 * hex of its bytes or {@code {"size": N, "sha256": "hex"}} (the spec examples' digests are such
 * placeholders). Every mistake is a usage error naming the field.
 */
final class DeviceFile {
    private DeviceFile() {
    }

    static Device read(CommandLine commandLine, Path file) {
        if (!Files.exists(file)) {
            throw usage(commandLine, "no such file: " + file);
        }
        JsonNode root;
        try {
            root = JsonFiles.read(file);
        } catch (JsonFileException e) {
            throw usage(commandLine, e.getMessage());
        }
        try {
            return ReferenceOracle.device(VectorCodec.deviceFromJson(root, file.toString()));
        } catch (CorpusException | IllegalArgumentException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, "--device: " + message);
    }
}

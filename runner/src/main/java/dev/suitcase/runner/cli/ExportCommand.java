package dev.suitcase.runner.cli;

import dev.suitcase.vectors.json.JsonFormat;
import dev.suitcase.vectors.corpus.VectorCodec;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.vectors.model.SuitInput;
import dev.suitcase.vectors.model.Vector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code suitcase export --dir DIR}: every vector as plain files, for consumers without JSON
 * tooling: {@code DIR/<id>/} holds the binary inputs ({@code .cbor}, {@code .bin}), the keys as
 * encoded COSE_Keys ({@code key-N.cose}), {@code device.json} for SUIT vectors, and a small
 * {@code vector.json} with the expectation, the file names and what is not a file (the signature layer's
 * algorithm id, a COSE vector's allowed algorithm, a SUIT vector's scope).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write each vector as plain files (binary inputs, COSE_Key files, a small JSON) into DIR/<id>/.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    private CorpusOption corpus;
    @CommandLine.Mixin
    private VectorSelection selection;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The directory to write into.")
    private Path directory;

    @Override
    public Integer call() {
        List<Vector> vectors = selection.select(corpus.load().active());
        try {
            for (Vector vector : vectors) {
                export(vector, directory.resolve(vector.id().toString()));
            }
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dir: cannot write " + directory + ": "
                    + e.getCause().getMessage());
        }
        spec.commandLine().getOut().println("exported " + vectors.size() + " vectors into " + directory);
        spec.commandLine().getOut().flush();
        return SuitcaseCommand.EXIT_OK;
    }

    private static void export(Vector vector, Path folder) {
        ObjectNode full = VectorCodec.toJson(vector);
        ObjectNode summary = JsonFormat.object();
        summary.put("id", vector.id().toString());
        summary.put("title", vector.title());
        summary.put("layer", vector.layer().wireName());
        summary.set("algorithm", full.get("algorithm"));
        summary.set("expect", full.get("expect"));
        summary.put("severity", vector.severity().wireName());
        ObjectNode files = summary.putObject("files");
        if (vector.input() instanceof SignatureInput signature) {
            summary.put("algorithmId", signature.algorithmId());
            write(folder, files, "message", "message.bin", signature.message());
            write(folder, files, "signature", "signature.bin", signature.signature());
            write(folder, files, "key", "key.cose", signature.coseKey());
        } else if (vector.input() instanceof CoseInput cose) {
            write(folder, files, "coseSign1", "cose-sign1.cbor", cose.coseSign1());
            cose.detachedPayload().ifPresent(payload -> write(folder, files, "detachedPayload", "payload.bin", payload));
            cose.externalAad().ifPresent(aad -> write(folder, files, "externalAad", "external-aad.bin", aad));
            keys(folder, files, cose.keys());
            cose.allowedAlgorithm().ifPresent(algorithm -> summary.put("allowedAlgorithm", algorithm.displayName()));
        } else {
            SuitInput suit = (SuitInput) vector.input();
            write(folder, files, "envelope", "envelope.suit", suit.envelope());
            keys(folder, files, suit.keys());
            writeFile(folder.resolve("device.json"), JsonFormat.write(full.get("input").get("device")));
            files.put("device", "device.json");
            summary.put("scope", suit.scope().wireName());
        }
        writeFile(folder.resolve("vector.json"), JsonFormat.write(summary));
    }

    private static void keys(Path folder, ObjectNode files, List<KeyEntry> keys) {
        ArrayNode list = files.putArray("keys");
        for (int i = 0; i < keys.size(); i++) {
            String name = "key-" + (i + 1) + ".cose";
            writeFile(folder.resolve(name), keys.get(i).coseKey().toByteArray());
            list.addObject().put("file", name).put("trusted", keys.get(i).trusted());
        }
    }

    private static void write(Path folder, ObjectNode files, String field, String name, Bytes content) {
        writeFile(folder.resolve(name), content.toByteArray());
        files.put(field, name);
    }

    private static void writeFile(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

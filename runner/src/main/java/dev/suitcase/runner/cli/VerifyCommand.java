package dev.suitcase.runner.cli;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Trace;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.suit.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code suitcase verify}: runs the reference verifier on one input and prints its outcome as one
 * JSON object ({@code outcome}, {@code reason}, {@code detail}). Exit 0 on accept, 1 on reject,
 * 2 on a usage error.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verify one input with the strict reference verifier and print the outcome as JSON.",
            "Exit status: 0 accept, 1 reject, 2 usage error."
        },
        footer = {
            "",
            "Examples:",
            "  suitcase verify --layer signature --alg Ed25519 --key key.cose --input msg.bin --signature sig.bin",
            "  suitcase verify --layer cose --key key.cose --input sign1.cbor --payload detached.bin",
            "  suitcase verify --layer suit --hex --key key.cose.hex --input envelope.hex --device device.json --scope install",
        })
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--layer", required = true, paramLabel = "LAYER",
            description = "signature, cose or suit.")
    private String layer;

    @Option(names = "--alg", paramLabel = "ALG",
            description = "ES256, ESP256, EdDSA, Ed25519 or HSS-LMS. Required for the signature layer; "
                    + "for the COSE layer it restricts the algorithm the header may name.")
    private String algorithm;

    @Option(names = "--key", required = true, paramLabel = "FILE",
            description = "A trusted public key as an encoded COSE_Key. Repeat for several keys (COSE, SUIT).")
    private List<Path> keys = new ArrayList<>();

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "The message (signature layer), the COSE_Sign1 (cose) or the SUIT envelope (suit).")
    private Path input;

    @Option(names = "--signature", paramLabel = "FILE", description = "The signature (signature layer only).")
    private Path signature;

    @Option(names = "--payload", paramLabel = "FILE", description = "The detached payload (COSE layer only).")
    private Path payload;

    @Option(names = "--aad", paramLabel = "FILE", description = "The external AAD (COSE layer only); empty by default.")
    private Path aad;

    @Option(names = "--hex", description = "Read every file as hex text instead of raw bytes.")
    private boolean hex;

    @Option(names = "--device", paramLabel = "FILE",
            description = "The simulated device as JSON (suit layer only): vendorId, classId, sequenceNumber, "
                    + "components, payloads. Required for the suit layer.")
    private Path device;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "applicability",
            description = "How far to process a SUIT envelope: authenticate, applicability, install or boot "
                    + "(default: ${DEFAULT-VALUE}).")
    private String scope;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "A verification profile to apply in addition to ed25519-rfc8032: ed25519-strict, "
                    + "ed25519-zip215, ecdsa-low-s, suit-seq-strict or cbor-lenient. Repeatable; ed25519-strict and "
                    + "ed25519-zip215 exclude each other.")
    private List<String> profiles = new ArrayList<>();

    @Override
    public Integer call() {
        Layer parsedLayer = parseLayer();
        VerifierOptions options = parseOptions();
        ReferenceVerifier verifier = new ReferenceVerifier(options);
        CommandLine commandLine = spec.commandLine();

        List<byte[]> keyBytes = new ArrayList<>();
        for (Path key : keys) {
            keyBytes.add(InputFiles.read(commandLine, "--key", key, hex));
        }
        byte[] inputBytes = InputFiles.read(commandLine, "--input", input, hex);

        Outcome outcome = switch (parsedLayer) {
            case SIGNATURE -> {
                refuse(payload, "--payload", "the signature layer");
                refuse(aad, "--aad", "the signature layer");
                Algorithm alg = parseAlgorithm().orElseThrow(() -> usage(
                        "--alg is required for the signature layer (ES256, ESP256, EdDSA, Ed25519 or HSS-LMS)"));
                if (signature == null) {
                    throw usage("--signature is required for the signature layer");
                }
                if (keyBytes.size() != 1) {
                    throw usage("the signature layer takes exactly one --key");
                }
                yield verifier.verifySignature(alg, keyBytes.get(0), inputBytes,
                        InputFiles.read(commandLine, "--signature", signature, hex));
            }
            case COSE -> {
                refuse(signature, "--signature", "the COSE layer (the signature is inside the COSE_Sign1)");
                Optional<byte[]> detached = Optional.ofNullable(payload)
                        .map(file -> InputFiles.read(commandLine, "--payload", file, hex));
                byte[] externalAad = aad == null ? new byte[0] : InputFiles.read(commandLine, "--aad", aad, hex);
                yield verifier.verifyCose(inputBytes, detached, externalAad, keyBytes, parseAlgorithm());
            }
            case SUIT -> {
                refuse(signature, "--signature", "the suit layer (the signatures are inside the envelope)");
                refuse(payload, "--payload", "the suit layer (integrated payloads are inside the envelope)");
                refuse(aad, "--aad", "the suit layer");
                if (algorithm != null) {
                    throw usage("--alg does not apply to the suit layer (the authentication blocks decide)");
                }
                if (device == null) {
                    throw usage("--device is required for the suit layer (a JSON file describing the device)");
                }
                Scope parsedScope;
                try {
                    parsedScope = Scope.fromWireName(scope);
                } catch (IllegalArgumentException e) {
                    throw usage("--scope: " + e.getMessage());
                }
                yield verifier.processSuit(inputBytes, keyBytes, DeviceFile.read(commandLine, device), parsedScope);
            }
        };
        print(outcome);
        return outcome.accepted() ? SuitcaseCommand.EXIT_OK : SuitcaseCommand.EXIT_UNEXPECTED;
    }

    private void print(Outcome outcome) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode json = mapper.createObjectNode();
        json.put("outcome", outcome.accepted() ? "accept" : "reject");
        outcome.reason().ifPresent(reason -> json.put("reason", reason.name()));
        if (!outcome.accepted()) {
            json.put("detail", outcome.detail());
        }
        outcome.trace().ifPresent(trace -> {
            ObjectNode traceJson = json.putObject("trace");
            traceJson.put("sequenceNumber", new java.math.BigInteger(Long.toUnsignedString(trace.sequenceNumber())));
            var written = traceJson.putArray("written");
            for (Trace.ComponentWrite write : trace.written()) {
                written.addObject().put("component", write.component()).put("operation", write.operation())
                        .put("digest", write.digest()).put("size", write.size());
            }
            trace.invoked().ifPresent(invoked -> traceJson.put("invoked", invoked));
            var steps = traceJson.putArray("steps");
            trace.steps().forEach(steps::add);
        });
        spec.commandLine().getOut().println(mapper.writeValueAsString(json));
        spec.commandLine().getOut().flush();
    }

    private Layer parseLayer() {
        try {
            return Layer.fromWireName(layer);
        } catch (IllegalArgumentException e) {
            throw usage("--layer: " + e.getMessage());
        }
    }

    private Optional<Algorithm> parseAlgorithm() {
        if (algorithm == null) {
            return Optional.empty();
        }
        return Optional.of(Algorithm.fromName(algorithm).orElseThrow(() -> usage("--alg: unknown algorithm '"
                + algorithm + "'; expected ES256, ESP256, EdDSA, Ed25519 or HSS-LMS")));
    }

    private VerifierOptions parseOptions() {
        EnumSet<Profile> chosen = EnumSet.of(Profile.ED25519_RFC8032);
        for (String name : profiles) {
            chosen.add(Profile.fromWireName(name).orElseThrow(() -> usage("--profile: unknown profile '"
                    + name + "'; expected ed25519-strict, ed25519-zip215, ecdsa-low-s, suit-seq-strict or cbor-lenient")));
        }
        try {
            return new VerifierOptions(chosen);
        } catch (IllegalArgumentException contradiction) {
            throw usage("--profile: " + contradiction.getMessage());
        }
    }

    private void refuse(Path given, String option, String where) {
        if (given != null) {
            throw usage(option + " does not apply to " + where);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.RunInputs;
import picocli.CommandLine.Command;

/**
 * {@code suitcase interop} ({@code suitcase matrix} too): {@code suitcase run} and the producer ×
 * verifier matrix. Every adapter whose statement lists sign (a producer) signs the same manifests
 * with the same published test keys, within {@code --timeout} like any request; each envelope
 * becomes vectors, in the id areas {@code interop-sign} (the producer's own: does the reference
 * verifier accept its envelope) and {@code interop} (the envelope, and its COSE_Sign1, for every
 * verifier, expecting what the reference verifier answers on them), run, judged, reported and gated
 * with the corpus's. So every option of {@code run} applies to them, {@code --baseline},
 * {@code --fail-on}, {@code --allow-unimplemented} and {@code --shard} included, and the exit status
 * is the gate's.
 */
@Command(name = "interop", aliases = "matrix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run the corpus on adapters as suitcase run does, and put their producers and verifiers side by side. Every "
                    + "adapter whose statement lists sign (a producer) signs the same manifests with the same published test "
                    + "keys; each envelope becomes vectors judged like the corpus's: the producer's own (interop-sign: does "
                    + "the strict reference verifier accept it?) and the envelope for every verifier (interop: the whole "
                    + "envelope at the suit layer, its COSE_Sign1 with the detached SUIT_Digest at the cose layer), expecting "
                    + "what the reference verifier answers on it.",
            "Writes the reports into --out with one producer x verifier table per algorithm, and prints the tables. --layer, "
                    + "--alg, --filter and --shard select the matrix's vectors too (ids suit.<alg>.interop-sign.<manifest>-from-"
                    + "<producer>, suit|cose.<alg>.interop.<manifest>-from-<producer>); --alg names one algorithm (not any). "
                    + "A sign request obeys --timeout as any request does. Without --adapter: the built-in JVM adapters.",
            "Exit status: 0 no unexpected result, 1 unexpected results (a non-conformant envelope, a verifier answering "
                    + "otherwise than the reference verifier, a crash or a timeout included), 2 usage error, 3 the suite failed."
        },
        footer = {
            "",
            "Examples:",
            "  suitcase interop --adapter reference --adapter python --adapter jdk",
            "  suitcase interop --adapter reference --adapter 'process:./my-adapter' --alg ES256 --baseline known.json",
            "  suitcase interop --adapter reference --adapter jdk --filter '*.interop*' --shard 1/2",
        })
final class InteropCommand extends EngineCommand {
    InteropCommand() {
        this(new RunInputs());
    }

    /** A run loading through {@code inputs}, as a test counts the loads. */
    InteropCommand(RunInputs inputs) {
        super(inputs);
    }

    @Override
    boolean interop() {
        return true;
    }
}

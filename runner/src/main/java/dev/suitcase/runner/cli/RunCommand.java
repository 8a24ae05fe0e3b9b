package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.RunInputs;
import picocli.CommandLine.Command;

/** {@code suitcase run}: the corpus on the adapters, judged, reported and gated. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the corpus on adapters, write the reports into --out and gate on the results.",
            "Without options: the built-in corpus on the built-in JVM adapters (reference, jdk, cose-java, tink).",
            "Exit status: 0 no unexpected result, 1 unexpected results, 2 usage error, 3 the suite failed, "
                    + "130/143 interrupted by SIGINT/SIGTERM (--out left as it was)."})
final class RunCommand extends EngineCommand {
    RunCommand() {
        this(new RunInputs());
    }

    /** A run loading through {@code inputs}, as a test counts the loads. */
    RunCommand(RunInputs inputs) {
        super(inputs);
    }

    @Override
    boolean interop() {
        return false;
    }
}

package dev.suitcase.runner.interop;

import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.tink.TinkPrimitives;
import dev.suitcase.runner.fixtures.Fixtures;
import dev.suitcase.runner.fixtures.TestAdapters;
import dev.suitcase.runner.results.Results;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.vectors.corpus.CorpusLoader;
import dev.suitcase.verifier.Algorithm;

import java.util.EnumSet;
import java.util.List;

/**
 * A producer matrix with every kind of production and cell: conformant and non-conformant
 * envelopes, a crash and an unsupported answer, cells at the suit and the cose layer, agreements,
 * disagreements and not-applicable verifiers. Built once; adapters in process only.
 */
public final class SampleMatrix {
    private static List<NamedAdapter> adapters;
    private static ProducerMatrix matrix;

    private SampleMatrix() {
    }

    public static synchronized List<NamedAdapter> adapters() {
        if (adapters == null) {
            adapters = List.of(new NamedAdapter("reference", new ReferenceAdapter()),
                    new NamedAdapter("impostor", TestAdapters.wrongKeyProducer()),
                    new NamedAdapter("broken", TestAdapters.throwingProducer()),
                    new NamedAdapter("picky", TestAdapters.es256OnlyProducer()),
                    new NamedAdapter("jdk", JdkPrimitives.adapter()),
                    new NamedAdapter("tink", TinkPrimitives.adapter()),
                    new NamedAdapter("yes", TestAdapters.acceptingVerifier()),
                    new NamedAdapter("no <b>", TestAdapters.rejectingCoseVerifier()));
        }
        return adapters;
    }

    public static synchronized ProducerMatrix matrix() {
        if (matrix == null) {
            matrix = new InteropRun(InteropManifests.standard(CorpusLoader.fromClasspath()), InteropKeys.standard(), line -> { })
                    .run(adapters(), EnumSet.of(Algorithm.ES256, Algorithm.ED25519, Algorithm.HSS_LMS));
        }
        return matrix;
    }

    /** The adapters as a run records them. */
    public static List<AdapterUnderTest> underTest() {
        return adapters().stream().map(adapter -> AdapterUnderTest.of(adapter.name(), adapter.adapter().describe())).toList();
    }

    /** A finished run of the sample adapters with no vector results and the sample matrix. */
    public static Results results() {
        return new Results(Fixtures.run(underTest()), List.of()).withProducerMatrix(matrix());
    }
}

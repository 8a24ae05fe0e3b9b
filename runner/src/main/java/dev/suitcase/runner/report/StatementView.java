package dev.suitcase.runner.report;

import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.LayerCoverage;
import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An adapter's implementation conformance statement as the report prints it beside its scores:
 * a statement that leaves out what an implementation gets wrong turns failures into
 * NOT_APPLICABLE, so the reader must see what was claimed, layer by layer.
 *
 * @param adapter         the adapter's name in the run
 * @param implementation  the implementation
 * @param version         its version
 * @param coverage        what it claims at each layer it implements, in the layers' order
 * @param judgedUnder     the profiles it was judged under at every layer, when the run replaced its
 *                        statement's ({@code --profile}); empty otherwise
 * @param operations      verify and/or sign
 * @param maxMessageBytes its input limit, or {@code none}
 */
public record StatementView(String adapter, String implementation, String version, List<LayerLine> coverage,
                            String judgedUnder, String operations, String maxMessageBytes) {

    /**
     * One layer of a statement.
     *
     * @param layer      the layer's wire name
     * @param algorithms the algorithms claimed there
     * @param profiles   the profiles its vectors there are judged under by the statement, or {@code none}
     */
    public record LayerLine(String layer, String algorithms, String profiles) {
        static LayerLine of(LayerCoverage entry) {
            return new LayerLine(entry.layer().wireName(), list(entry.algorithms(), Algorithm::displayName),
                    list(entry.profiles(), Profile::wireName));
        }
    }

    public StatementView {
        Objects.requireNonNull(adapter, "adapter");
        coverage = List.copyOf(coverage);
        Objects.requireNonNull(judgedUnder, "judgedUnder");
    }

    public static StatementView of(AdapterUnderTest adapter) {
        Ics ics = adapter.ics();
        return new StatementView(adapter.name(), ics.implementation(), ics.version(),
                ics.coverage().stream().map(LayerLine::of).toList(), judgedUnder(adapter),
                list(ics.operations(), Operation::wireName),
                ics.maxMessageBytes().isPresent() ? ics.maxMessageBytes().getAsLong() + " bytes" : "none");
    }

    /**
     * The run's profiles, unless they change nothing: results written before statements had layers
     * record the statement's own profiles as the adapter's, which must not read as a --profile.
     */
    private static String judgedUnder(AdapterUnderTest adapter) {
        boolean replaced = adapter.ics().coverage().stream()
                .anyMatch(entry -> !adapter.profilesFor(entry.layer()).equals(entry.profiles()));
        return replaced ? list(adapter.profileOverride(), Profile::wireName) : "";
    }

    private static <E> String list(Collection<E> values, Function<E, String> name) {
        return values.isEmpty() ? "none" : values.stream().map(name).collect(Collectors.joining(", "));
    }
}

package dev.suitcase.runner.report;

import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.Operation;
import dev.suitcase.runner.verdict.AdapterUnderTest;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An adapter's implementation conformance statement as the report prints it beside its scores:
 * a statement that leaves out what an implementation gets wrong turns failures into
 * NOT_APPLICABLE, so the reader must see what was claimed.
 *
 * @param adapter         the adapter's name in the run
 * @param implementation  the implementation
 * @param version         its version
 * @param layers          the layers it claims
 * @param algorithms      the algorithms it claims
 * @param profiles        the profiles it declares, or {@code none}
 * @param judgedUnder     the profiles it was judged under, when the run replaced its own
 *                        ({@code --profile}); empty otherwise
 * @param operations      verify and/or sign
 * @param maxMessageBytes its input limit, or {@code none}
 */
public record StatementView(String adapter, String implementation, String version, String layers, String algorithms,
                            String profiles, String judgedUnder, String operations, String maxMessageBytes) {

    public StatementView {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(judgedUnder, "judgedUnder");
    }

    public static StatementView of(AdapterUnderTest adapter) {
        Ics ics = adapter.ics();
        String judgedUnder = adapter.profiles().equals(ics.profiles()) ? "" : list(adapter.profiles(), Profile::wireName);
        return new StatementView(adapter.name(), ics.implementation(), ics.version(), list(ics.layers(), Layer::wireName),
                list(ics.algorithms(), Algorithm::displayName), list(ics.profiles(), Profile::wireName), judgedUnder,
                list(ics.operations(), Operation::wireName),
                ics.maxMessageBytes().isPresent() ? ics.maxMessageBytes().getAsLong() + " bytes" : "none");
    }

    private static <E> String list(Collection<E> values, Function<E, String> name) {
        return values.isEmpty() ? "none" : values.stream().map(name).collect(Collectors.joining(", "));
    }
}

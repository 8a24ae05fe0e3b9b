package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The producer × verifier matrix of a run (adapters/PROTOCOL.md, "Sign (producers)"): every producer asked
 * to sign the same manifests with the same test keys, each envelope checked by the reference
 * verifier, then verified by every verifier. Per algorithm, its productions are the rows of one
 * table: producers down, verifiers across. Immutable; a matrix that exists is consistent.
 *
 * @param manifests    the manifests signed, names unique
 * @param trustAnchors the public test key of each algorithm signed with, the trust anchor every
 *                     envelope of that algorithm was verified with
 * @param verifiers    the verifiers of the run, in the run's order: the columns
 * @param productions  by algorithm, then producer in the run's order, then manifest
 */
public record ProducerMatrix(List<InteropManifest> manifests, Map<Algorithm, Bytes> trustAnchors,
                             List<String> verifiers, List<Production> productions) {

    public ProducerMatrix {
        manifests = List.copyOf(manifests);
        Set<String> manifestNames = new HashSet<>();
        for (InteropManifest manifest : manifests) {
            if (!manifestNames.add(manifest.name())) {
                throw new IllegalArgumentException("two interop manifests are named " + manifest.name());
            }
        }
        EnumMap<Algorithm, Bytes> anchors = new EnumMap<>(Algorithm.class);
        anchors.putAll(trustAnchors);
        trustAnchors = Collections.unmodifiableMap(anchors);
        verifiers = List.copyOf(verifiers);
        if (new HashSet<>(verifiers).size() != verifiers.size()) {
            throw new IllegalArgumentException("a verifier is listed twice among " + verifiers);
        }
        productions = List.copyOf(productions);
        Set<String> seen = new HashSet<>();
        for (Production production : productions) {
            String what = production.producer() + "'s " + production.algorithm() + " envelope of " + production.manifest();
            if (!manifestNames.contains(production.manifest())) {
                throw new IllegalArgumentException(what + ": no interop manifest is named " + production.manifest());
            }
            if (!trustAnchors.containsKey(production.algorithm())) {
                throw new IllegalArgumentException(what + ": no trust anchor is given for " + production.algorithm());
            }
            if (!seen.add(production.producer() + "\n" + production.algorithm() + "\n" + production.manifest())) {
                throw new IllegalArgumentException(what + " is given twice");
            }
            List<String> cellVerifiers = production.cells().stream().map(InteropCell::verifier).toList();
            if (production.envelope().isPresent() && !cellVerifiers.equals(verifiers)) {
                throw new IllegalArgumentException(what + ": its cells are for " + cellVerifiers
                        + ", not one for each verifier of the matrix " + verifiers);
            }
        }
    }

    /** The algorithms signed with, in {@link Algorithm} order: one table each. */
    public List<Algorithm> algorithms() {
        EnumSet<Algorithm> algorithms = EnumSet.noneOf(Algorithm.class);
        productions.forEach(production -> algorithms.add(production.algorithm()));
        return List.copyOf(algorithms);
    }

    /** The producers asked to sign with {@code algorithm}, in the run's order: the rows of its table. */
    public List<String> producers(Algorithm algorithm) {
        Set<String> producers = new LinkedHashSet<>();
        productions.stream().filter(production -> production.algorithm() == algorithm)
                .forEach(production -> producers.add(production.producer()));
        return List.copyOf(producers);
    }

    /** Every producer of the matrix, in the run's order. */
    public List<String> producers() {
        Set<String> producers = new LinkedHashSet<>();
        productions.forEach(production -> producers.add(production.producer()));
        return List.copyOf(producers);
    }

    /** The productions of one table row: one producer, one algorithm, every manifest in order. */
    public List<Production> row(String producer, Algorithm algorithm) {
        return productions.stream()
                .filter(production -> production.producer().equals(producer) && production.algorithm() == algorithm)
                .toList();
    }

    public Optional<Production> production(String producer, Algorithm algorithm, String manifest) {
        return row(producer, algorithm).stream().filter(production -> production.manifest().equals(manifest)).findFirst();
    }

    /** Every adapter the matrix names, producers then verifiers, each once. */
    public Set<String> adapterNames() {
        Set<String> names = new LinkedHashSet<>(producers());
        names.addAll(verifiers);
        return Collections.unmodifiableSet(names);
    }

    /** The explanations of what makes {@code suitcase matrix} exit 1, productions first, then their cells. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Production production : productions) {
            if (production.nonConformant() || production.failed()) {
                problems.add(production.explanation());
            }
            production.cells().stream().filter(InteropCell::isProblem).forEach(cell -> problems.add(cell.explanation()));
        }
        return problems;
    }
}

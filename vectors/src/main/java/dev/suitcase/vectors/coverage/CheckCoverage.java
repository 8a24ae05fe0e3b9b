package dev.suitcase.vectors.coverage;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus seen from the reference verifier's checks: which vectors isolate each check (must-reject
 * vectors, and vectors either answer passes where the reference verifier rejects), which
 * robustness vectors fire it, and which checks have no vector. A skippable check is covered by a
 * vector that isolates it; a check that is not skippable (no processor can go on past it) by a
 * robustness vector that it rejects.
 */
public final class CheckCoverage {

    /**
     * @param check      the check
     * @param isolatedBy vectors that isolate it (a vector id, with " under PROFILE" when only a profile rejects it)
     * @param firedBy    robustness vectors it rejects
     */
    public record Row(Check check, List<String> isolatedBy, List<String> firedBy) {
        public Row {
            isolatedBy = List.copyOf(isolatedBy);
            firedBy = List.copyOf(firedBy);
        }

        public boolean covered() {
            return check.skippable() ? !isolatedBy.isEmpty() : !isolatedBy.isEmpty() || !firedBy.isEmpty();
        }
    }

    private final List<Row> rows;
    private final int isolatingVectors;
    private final int robustnessVectors;

    private CheckCoverage(List<Row> rows, int isolatingVectors, int robustnessVectors) {
        this.rows = List.copyOf(rows);
        this.isolatingVectors = isolatingVectors;
        this.robustnessVectors = robustnessVectors;
    }

    /** The coverage of every check in {@link Checks#all()} by the vectors of {@code isolation}. */
    public static CheckCoverage of(CheckIsolation isolation) {
        Map<String, List<String>> isolated = new LinkedHashMap<>();
        Map<String, List<String>> fired = new LinkedHashMap<>();
        Set<String> isolatingVectors = new LinkedHashSet<>();
        for (CheckIsolation.Entry entry : isolation.isolating()) {
            isolated.computeIfAbsent(entry.check(), id -> new ArrayList<>())
                    .add(entry.vector() + entry.profile().map(profile -> " under " + profile.wireName()).orElse(""));
            isolatingVectors.add(entry.vector());
        }
        Set<String> robustnessVectors = new LinkedHashSet<>();
        for (CheckIsolation.Entry entry : isolation.robustness()) {
            fired.computeIfAbsent(entry.check(), id -> new ArrayList<>()).add(entry.vector());
            robustnessVectors.add(entry.vector());
        }
        List<Row> rows = new ArrayList<>();
        for (Check check : Checks.all()) {
            rows.add(new Row(check, isolated.getOrDefault(check.id(), List.of()), fired.getOrDefault(check.id(), List.of())));
        }
        return new CheckCoverage(rows, isolatingVectors.size(), robustnessVectors.size());
    }

    /** One row per check, in {@link Checks#all()} order. */
    public List<Row> rows() {
        return rows;
    }

    /** How many vectors isolate a check (under the default profiles or a profile that rejects them). */
    public int isolatingVectors() {
        return isolatingVectors;
    }

    /** How many vectors are robustness vectors. */
    public int robustnessVectors() {
        return robustnessVectors;
    }

    /** The checks no vector covers, apart from those {@link #NOT_REACHABLE_FROM_A_VECTOR}. */
    public List<Check> uncovered() {
        return rows.stream().filter(row -> !row.covered())
                .filter(row -> !NOT_REACHABLE_FROM_A_VECTOR.containsKey(row.check().id()))
                .map(Row::check).toList();
    }

    /**
     * Checks whose input a vector file cannot carry, each with why and where it is tested instead;
     * counted apart, never silently. Kept short: a check that gets a vector leaves this list (the test
     * {@code CheckIsolationTest} fails while one of these has a vector).
     */
    public static final Map<String, String> NOT_REACHABLE_FROM_A_VECTOR = Map.of(
            "cbor.limits.input-size", "needs an input above 16 MiB, 32 MiB of hex in one vector file; "
                    + "CborCheckTest and the verifier's limit tests cover it",
            "cose.limits.key-work", "needs more than 256 MiB of Sig_structure to verify, 64 keys over a payload above "
                    + "4 MiB or 16 over one above 16 MiB: at least 8 MiB of hex in one vector file; CoseCheckTest and "
                    + "TrustedKeyLimitsTest cover it, the limit exactly accepted");

    /** The checks of {@link #NOT_REACHABLE_FROM_A_VECTOR} that no vector covers (all of them, while the list is right). */
    public List<Check> notReachable() {
        return rows.stream().filter(row -> NOT_REACHABLE_FROM_A_VECTOR.containsKey(row.check().id()))
                .filter(row -> !row.covered()).map(Row::check).toList();
    }
}

package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The producer × verifier matrix as aligned text, one table per algorithm: producers down,
 * the reference verifier and then every verifier across, one cell summarising the producer's
 * envelopes of every manifest. Under each table, one line for each thing an implementer has to
 * look at: non-conformant envelopes, disagreements with the reference verifier, failures,
 * unsupported answers, and why a verifier is not applicable.
 */
public final class InteropTable {
    /** The column of the reference verifier's check: is the producer conformant? */
    public static final String REFERENCE_COLUMN = "reference";
    private static final String GAP = "  ";

    private InteropTable() {
    }

    /** The tables, their notes and the legend, as lines. */
    public static List<String> render(ProducerMatrix matrix) {
        List<String> lines = new ArrayList<>();
        List<String> manifestNames = matrix.manifests().stream().map(InteropManifest::name).toList();
        for (Algorithm algorithm : matrix.algorithms()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(algorithm.displayName() + " (" + algorithm.coseId() + "): producers down, verifiers across; each producer"
                    + " signed " + String.join(", ", manifestNames));
            lines.addAll(table(matrix, algorithm));
            List<String> notes = notes(matrix, algorithm);
            if (!notes.isEmpty()) {
                lines.add("");
                notes.forEach(note -> lines.add("  - " + note));
            }
        }
        if (!lines.isEmpty()) {
            lines.add("");
            lines.add("reference: the strict reference verifier on the envelope, on the manifest's device (accept: the producer "
                    + "is conformant)");
            lines.add("(cose): the verifier checked the envelope's COSE_Sign1 with its detached SUIT_Digest only, not the manifest");
            lines.add("!: the verifier disagrees with the reference verifier on the same request; n/a: its statement covers "
                    + "neither the suit nor the cose layer with the algorithm; -: no envelope to verify");
        }
        return lines;
    }

    /** One line: how many envelopes, how many conformant, and what needs looking at. */
    public static String summary(ProducerMatrix matrix) {
        List<Production> productions = matrix.productions();
        long signed = productions.stream().filter(production -> production.envelope().isPresent()).count();
        long conformant = productions.stream().filter(Production::conformant).count();
        long disagreements = productions.stream().flatMap(production -> production.cells().stream())
                .filter(InteropCell::disagrees).count();
        long failures = productions.stream().filter(Production::failed).count()
                + productions.stream().flatMap(production -> production.cells().stream()).filter(InteropCell::failed).count();
        return "producer matrix: " + count(matrix.producers().size(), "producer") + ", " + count(matrix.verifiers().size(), "verifier")
                + ", " + count(matrix.algorithms().size(), "algorithm") + "; " + signed + " of " + productions.size() + " envelopes signed, "
                + conformant + " conformant, " + (signed - conformant) + " not; " + disagreements
                + " disagreements with the reference verifier; " + failures + " crashes or timeouts";
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static List<String> table(ProducerMatrix matrix, Algorithm algorithm) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("producer");
        header.add(REFERENCE_COLUMN);
        header.addAll(matrix.verifiers());
        rows.add(header);
        for (String producer : matrix.producers(algorithm)) {
            List<Production> row = matrix.row(producer, algorithm);
            List<String> cells = new ArrayList<>();
            cells.add(producer);
            cells.add(summarise(row.stream().map(InteropTable::referenceLabel).toList()));
            for (String verifier : matrix.verifiers()) {
                cells.add(summarise(row.stream().map(production -> production.cell(verifier).map(InteropTable::label)
                        .orElse("-")).toList()));
            }
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(GAP);
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                line.append(cell);
                if (column < row.size() - 1) {
                    line.append(" ".repeat(widths[column] - cell.length())).append(GAP);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * One label when every manifest gives the same, else the count of each kind (the notes say
     * which manifest did what), marked {@code !} when any of them disagrees with the reference verifier.
     */
    private static String summarise(List<String> labels) {
        Set<String> distinct = new LinkedHashSet<>(labels);
        if (distinct.size() == 1) {
            return labels.get(0);
        }
        boolean disagrees = labels.stream().anyMatch(label -> label.startsWith("!"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : labels) {
            String kind = label.replaceFirst("^! ", "").split(" ")[0];
            counts.merge(kind, 1, Integer::sum);
        }
        return (disagrees ? "! " : "") + counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String referenceLabel(Production production) {
        if (production.signing().kind() != SignOutcome.Kind.SIGNED) {
            return "no envelope: " + ProducerMatrixJson.wireName(production.signing().kind());
        }
        AdapterOutcome reference = production.conformance().orElseThrow();
        return answer(reference);
    }

    private static String label(InteropCell cell) {
        String label = switch (cell.kind()) {
            case ACCEPT, REJECT -> answer(cell.outcome().orElseThrow());
            case UNSUPPORTED -> "unsupported";
            case CRASH -> "crash";
            case TIMEOUT -> "timeout";
            case NOT_APPLICABLE -> "n/a";
        };
        if (cell.layer().filter(layer -> layer == Layer.COSE).isPresent()) {
            label += " (cose)";
        }
        return cell.disagrees() ? "! " + label : label;
    }

    private static String answer(AdapterOutcome outcome) {
        return outcome.kind() == AdapterOutcome.Kind.ACCEPT ? "accept" : "reject" + outcome.reason().map(r -> " " + r.name()).orElse("");
    }

    /**
     * The notes under the table of {@code algorithm}, one per thing to look at: non-conformant
     * envelopes, disagreements and failures, unsupported answers, and why a verifier is not applicable.
     */
    public static List<String> notes(ProducerMatrix matrix, Algorithm algorithm) {
        Set<String> notes = new LinkedHashSet<>();
        for (String producer : matrix.producers(algorithm)) {
            for (Production production : matrix.row(producer, algorithm)) {
                if (!production.conformant() && production.signing().kind() != SignOutcome.Kind.UNSUPPORTED) {
                    notes.add(production.explanation());
                }
                for (InteropCell cell : production.cells()) {
                    if (cell.isProblem() || cell.kind() == InteropCell.Kind.UNSUPPORTED) {
                        notes.add(cell.explanation());
                    } else if (cell.kind() == InteropCell.Kind.NOT_APPLICABLE) {
                        notes.add(cell.verifier() + ": " + cell.explanation());
                    }
                }
            }
        }
        for (String producer : matrix.producers(algorithm)) {
            matrix.row(producer, algorithm).stream()
                    .filter(production -> production.signing().kind() == SignOutcome.Kind.UNSUPPORTED)
                    .map(Production::explanation).findFirst().ifPresent(notes::add);
        }
        return List.copyOf(notes);
    }
}

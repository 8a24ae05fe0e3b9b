package dev.suitcase.runner.results;

import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.model.Vector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Recombines the results of the shards of one split run ({@code suitcase merge}) into the results
 * the unsharded run would have written. Only like is merged with like: every part must come from
 * the same suite version, corpus (version and digest), command ({@code run} or {@code interop}),
 * options and adapters (names, statements and profiles), and the parts must be the shards 1 to n
 * of one split, each exactly once, each holding only vectors of its own shard, the vectors the
 * producer × verifier matrix made included. Anything else is an {@link IncompatibleResultsException} that
 * names the part and what differs, since a merge of unlike parts would report scores nobody measured.
 */
public final class ResultsMerger {
    private ResultsMerger() {
    }

    /**
     * Merges {@code parts}, named in messages by {@code names} (e.g. their file names), same order.
     * The merged run started when the first part started and finished when the last finished; it is
     * unfinished if any part is.
     */
    public static Results merge(List<Results> parts, List<String> names) {
        if (parts.isEmpty()) {
            throw new IncompatibleResultsException("nothing to merge: give the results of every shard of the run");
        }
        if (names.size() != parts.size()) {
            throw new IllegalArgumentException(parts.size() + " parts but " + names.size() + " names");
        }
        RunInfo first = parts.get(0).run();
        for (int i = 1; i < parts.size(); i++) {
            requireLike(first, names.get(0), parts.get(i).run(), names.get(i));
        }
        requireOneSplit(parts, names);
        if (parts.size() == 1 && parts.get(0).run().options().shard().isEmpty()) {
            // one unsharded run merges into itself
            return parts.get(0);
        }
        List<Result> all = new ArrayList<>();
        List<Vector> made = new ArrayList<>();
        for (Results part : parts) {
            all.addAll(part.results());
            // each shard keeps the vectors of the producer matrix its selection held, those of no other shard
            made.addAll(part.interopVectors());
        }
        Instant startedAt = parts.stream().map(part -> part.run().startedAt()).min(Instant::compareTo).orElseThrow();
        boolean allFinished = parts.stream().allMatch(part -> part.run().complete());
        Optional<Instant> finishedAt = allFinished
                ? parts.stream().map(part -> part.run().finishedAt().orElseThrow()).max(Instant::compareTo)
                : Optional.empty();
        RunInfo merged = new RunInfo(first.suiteVersion(), first.corpus(), first.options().withShard(Optional.empty()),
                first.adapters(), startedAt, finishedAt);
        return new Results(merged, all, made);
    }

    /** As {@link #merge(List, List)}, naming the parts by position. */
    public static Results merge(List<Results> parts) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            names.add("part " + (i + 1));
        }
        return merge(parts, names);
    }

    private static void requireLike(RunInfo expected, String expectedName, RunInfo actual, String actualName) {
        String differs = actualName + " cannot be merged with " + expectedName + ": ";
        if (!actual.suiteVersion().equals(expected.suiteVersion())) {
            throw new IncompatibleResultsException(differs + "it was run by suitcase " + actual.suiteVersion() + ", not "
                    + expected.suiteVersion() + "; run every shard with the same build");
        }
        if (!actual.corpus().equals(expected.corpus())) {
            throw new IncompatibleResultsException(differs + "it ran corpus " + actual.corpus() + ", not " + expected.corpus()
                    + "; run every shard on the same corpus");
        }
        if (actual.options().interop() != expected.options().interop()) {
            throw new IncompatibleResultsException(differs + "one is from suitcase interop, the other from suitcase run; "
                    + "run every shard with the same command");
        }
        if (!actual.options().withShard(Optional.empty()).equals(expected.options().withShard(Optional.empty()))) {
            throw new IncompatibleResultsException(differs + "its options differ ('" + actual.options().withShard(Optional.empty()).asArguments()
                    + "' against '" + expected.options().withShard(Optional.empty()).asArguments() + "'); only --shard may differ between shards");
        }
        if (!actual.adapters().equals(expected.adapters())) {
            throw new IncompatibleResultsException(differs + "its adapters differ (" + actual.adapterNames() + " against "
                    + expected.adapterNames() + ", or their statements or profiles); run every shard with the same adapters");
        }
    }

    private static void requireOneSplit(List<Results> parts, List<String> names) {
        if (parts.size() == 1 && parts.get(0).run().options().shard().isEmpty()) {
            return;
        }
        TreeSet<Integer> indices = new TreeSet<>();
        int count = -1;
        for (int i = 0; i < parts.size(); i++) {
            Optional<Shard> shard = parts.get(i).run().options().shard();
            if (shard.isEmpty()) {
                throw new IncompatibleResultsException(names.get(i) + " is not a shard (it was run without --shard) and "
                        + "overlaps every other part; merge only the results of the shards of one run");
            }
            if (count != -1 && shard.get().count() != count) {
                throw new IncompatibleResultsException(names.get(i) + " is shard " + shard.get() + " but the parts before it "
                        + "split the run into " + count + "; shards of different splits overlap");
            }
            count = shard.get().count();
            if (!indices.add(shard.get().index())) {
                throw new IncompatibleResultsException(names.get(i) + " is shard " + shard.get() + ", which an earlier part "
                        + "already is; each shard is merged once");
            }
            for (Result result : parts.get(i).results()) {
                if (!shard.get().contains(result.vector())) {
                    throw new IncompatibleResultsException(names.get(i) + " is shard " + shard.get() + " but holds a result of "
                            + result.vector() + ", which belongs to shard " + Shard.bucket(result.vector(), shard.get().count())
                            + "/" + shard.get().count());
                }
            }
            for (Vector vector : parts.get(i).interopVectors()) {
                if (!shard.get().contains(vector.id())) {
                    throw new IncompatibleResultsException(names.get(i) + " is shard " + shard.get() + " but holds the "
                            + "producer matrix's vector " + vector.id() + ", which belongs to shard "
                            + Shard.bucket(vector.id(), shard.get().count()) + "/" + shard.get().count());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            if (!indices.contains(index)) {
                missing.add(index + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompatibleResultsException((missing.size() > 1 ? "shards " : "shard ") + String.join(", ", missing)
                    + (missing.size() > 1 ? " are" : " is") + " missing; a merge needs every shard of the split, "
                    + "or its scores would cover part of the corpus");
        }
    }
}

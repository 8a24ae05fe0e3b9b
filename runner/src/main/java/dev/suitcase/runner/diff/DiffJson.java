package dev.suitcase.runner.diff;

import dev.suitcase.runner.results.CorpusInfo;
import dev.suitcase.runner.results.ResultsJson;
import dev.suitcase.runner.verdict.Result;
import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * {@code suitcase diff --json}: a {@link ResultsDiff} for machines, in the form
 * {@code runner/schema/diff.schema.json} defines. Every change of the diff is listed once, in
 * vector then adapter order, flagged when it is a regression or a fix.
 */
public final class DiffJson {
    /** The format version this code writes; a change to the meaning of a field bumps it. */
    public static final int FORMAT_VERSION = 1;

    private DiffJson() {
    }

    public static ObjectNode toJson(ResultsDiff diff, String oldName, String newName) {
        ObjectNode json = JsonFormat.object();
        json.put("formatVersion", FORMAT_VERSION);
        json.set("old", side(oldName, diff.before()));
        json.set("new", side(newName, diff.after()));
        json.put("sameCorpus", diff.sameCorpus());
        ObjectNode counts = json.putObject("counts");
        counts.put("regressions", diff.regressions().size());
        counts.put("changed", diff.changed().size());
        counts.put("added", diff.added().size());
        counts.put("removed", diff.removed().size());
        counts.put("unchanged", diff.unchanged());
        ArrayNode changes = json.putArray("changes");
        for (ResultChange change : diff.changes()) {
            ObjectNode entry = changes.addObject();
            entry.put("vector", change.vector().toString());
            entry.put("adapter", change.adapter());
            entry.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            entry.put("regression", change.isRegression());
            entry.put("fix", change.isFix());
            change.before().ifPresent(result -> entry.set("before", state(result)));
            change.after().ifPresent(result -> entry.set("after", state(result)));
        }
        return json;
    }

    private static ObjectNode side(String name, CorpusInfo corpus) {
        ObjectNode json = JsonFormat.object();
        json.put("file", name);
        json.putObject("corpus").put("version", corpus.version()).put("digest", corpus.digest());
        return json;
    }

    private static ObjectNode state(Result result) {
        ObjectNode json = JsonFormat.object();
        json.put("verdict", result.verdict().name());
        result.outcome().ifPresent(kind -> json.put("outcome", ResultsJson.outcomeName(kind)));
        result.reason().ifPresent(reason -> json.put("reason", reason.name()));
        json.put("explanation", result.explanation());
        return json;
    }
}

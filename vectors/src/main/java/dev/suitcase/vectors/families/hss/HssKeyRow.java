package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.generate.CaseSpec;
import dev.suitcase.vectors.generate.Template;
import dev.suitcase.vectors.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a table of HSS-LMS vectors that differ in their key's parameter sets: the case's id, the key,
 * and the text that is specific to the row, written with {@code {word}}s that the key's values fill in
 * ({@link HssParameters#words}), so that no length, count or leaf of the key is written by hand. The
 * flags are the key's ({@link HssParameters#flags}) followed by the row's own.
 *
 * @param id           the vector id
 * @param severity     what getting it wrong costs
 * @param key          the key's parameter sets and leaves
 * @param requirements ids from requirements.json
 * @param title        one line, with words
 * @param description  paragraphs, with words
 * @param words        the row's own words, besides the key's: facts of other parameter sets it compares with
 * @param flags        the row's own flags, after the key's
 */
record HssKeyRow(String id, Severity severity, HssParameters key, List<String> requirements, String title,
                 String description, Map<String, String> words, List<String> flags) {

    HssKeyRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        words = Map.copyOf(words);
        flags = List.copyOf(flags);
    }

    static HssKeyRow of(String id, Severity severity, HssParameters key, List<String> requirements, String title,
                        String description) {
        return new HssKeyRow(id, severity, key, requirements, title, description, Map.of(), List.of());
    }

    /** This row with one more word of its own. */
    HssKeyRow with(String word, Object value) {
        Map<String, String> more = new HashMap<>(words);
        if (more.put(word, value.toString()) != null || key.words().containsKey(word)) {
            throw new IllegalArgumentException("row " + id + " gives the word {" + word + "} twice");
        }
        return new HssKeyRow(id, severity, key, requirements, title, description, more, flags);
    }

    /** This row with one more flag of its own. */
    HssKeyRow flag(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new HssKeyRow(id, severity, key, requirements, title, description, words, more);
    }

    /** The case's text, its words filled in. */
    CaseSpec spec() {
        Map<String, String> all = new HashMap<>(key.words());
        all.putAll(words);
        List<String> allFlags = new ArrayList<>(key.flags());
        allFlags.addAll(flags);
        String where = "row " + id;
        return CaseSpec.of(id, Template.fill(title, all, where), severity, requirements, allFlags,
                Template.fill(description, all, where));
    }
}

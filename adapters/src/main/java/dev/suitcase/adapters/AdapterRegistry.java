package dev.suitcase.adapters;

import dev.suitcase.adapters.cosejava.CoseJavaAdapter;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.process.OneShotAdapter;
import dev.suitcase.adapters.process.ProcessAdapter;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.tink.TinkPrimitives;
import dev.suitcase.vectors.corpus.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Turns what a user writes after {@code --adapter} into a running {@link Adapter}:
 * <ul>
 *   <li>a JVM adapter: {@code reference}, {@code jdk}, {@code cose-java}, {@code tink};</li>
 *   <li>{@code process:<command line>}: an external program speaking the batch protocol;</li>
 *   <li>{@code process-oneshot:<command>}: an external program run once per request;</li>
 *   <li>a short name from the repository's {@value #FILE}, e.g. {@code python}, which stands for one
 *       of the forms above ({@code "python": "process:adapters/python/run"}).</li>
 * </ul>
 * Relative program paths resolve against the settings' base directory, the repository root.
 */
public final class AdapterRegistry {
    /** The repository file that gives short names to external adapters, relative to the repository root. */
    public static final String FILE = "adapters/adapters.json";
    static final String PROCESS = "process:";
    static final String PROCESS_ONESHOT = "process-oneshot:";

    private static final Map<String, Supplier<Adapter>> BUILT_IN = builtIn();

    private final ProcessSettings settings;
    private final SortedMap<String, String> shortNames;

    private AdapterRegistry(ProcessSettings settings, SortedMap<String, String> shortNames) {
        this.settings = settings;
        this.shortNames = Collections.unmodifiableSortedMap(shortNames);
    }

    /** The registry of a repository: the JVM adapters and the short names of its {@value #FILE}, if it has one. */
    public static AdapterRegistry forRepository(ProcessSettings settings) {
        Path file = settings.baseDirectory().resolve(FILE);
        return new AdapterRegistry(settings, Files.exists(file) ? readShortNames(file) : new TreeMap<>());
    }

    /** The JVM adapters and the given short names, each standing for a {@code process:} or {@code process-oneshot:} spec. */
    public static AdapterRegistry of(ProcessSettings settings, Map<String, String> shortNames) {
        TreeMap<String, String> checked = new TreeMap<>();
        shortNames.forEach((name, spec) -> checked.put(name, checkShortName(name, spec, "the given short names")));
        return new AdapterRegistry(settings, checked);
    }

    /** The short names and what each stands for. */
    public SortedMap<String, String> shortNames() {
        return shortNames;
    }

    /** Every name a user can give, for usage messages: the JVM adapters, the short names, the two process forms. */
    public List<String> choices() {
        List<String> choices = new ArrayList<>(BUILT_IN.keySet());
        choices.addAll(shortNames.keySet());
        choices.add(PROCESS + "<command line>");
        choices.add(PROCESS_ONESHOT + "<command>");
        return choices;
    }

    /**
     * Starts the adapter {@code spec} names; throws an {@link AdapterException} for an unknown name
     * (listing the choices) or an adapter that cannot start.
     */
    public Adapter open(String spec) {
        String resolved = shortNames.getOrDefault(spec, spec);
        Supplier<Adapter> builtIn = BUILT_IN.get(resolved);
        if (builtIn != null) {
            return builtIn.get();
        }
        if (resolved.startsWith(PROCESS)) {
            return ProcessAdapter.start(command(resolved, PROCESS, spec), settings);
        }
        if (resolved.startsWith(PROCESS_ONESHOT)) {
            return OneShotAdapter.start(command(resolved, PROCESS_ONESHOT, spec), settings);
        }
        throw new AdapterException("unknown adapter '" + spec + "'; choose one of: " + String.join(", ", choices()));
    }

    /** The short name's target, if {@code spec} is a short name. */
    public Optional<String> resolve(String spec) {
        return Optional.ofNullable(shortNames.get(spec));
    }

    private static String command(String resolved, String prefix, String spec) {
        String command = resolved.substring(prefix.length()).strip();
        if (command.isEmpty()) {
            throw new AdapterException("adapter '" + spec + "' gives no command after '" + prefix + "'");
        }
        return command;
    }

    private static SortedMap<String, String> readShortNames(Path file) {
        JsonNode root;
        try {
            root = JsonFormat.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (JacksonException notJson) {
            throw new AdapterException(file + " is not valid JSON: " + notJson.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new AdapterException(file + " must be a JSON object mapping short names to adapter specs, "
                    + "e.g. {\"python\": \"process:adapters/python/run\"}");
        }
        TreeMap<String, String> names = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!entry.getValue().isString()) {
                throw new AdapterException(file + ": the short name '" + entry.getKey() + "' must map to a string such as "
                        + "\"process:adapters/python/run\", not " + entry.getValue());
            }
            names.put(entry.getKey(), checkShortName(entry.getKey(), entry.getValue().stringValue(), file.toString()));
        }
        return names;
    }

    private static String checkShortName(String name, String spec, String source) {
        if (BUILT_IN.containsKey(name) || name.startsWith(PROCESS) || name.startsWith(PROCESS_ONESHOT)) {
            throw new AdapterException(source + ": the short name '" + name + "' would hide a built-in adapter name");
        }
        if (!spec.startsWith(PROCESS) && !spec.startsWith(PROCESS_ONESHOT) && !BUILT_IN.containsKey(spec)) {
            throw new AdapterException(source + ": the short name '" + name + "' stands for '" + spec
                    + "'; it must be process:<command line>, process-oneshot:<command> or one of " + BUILT_IN.keySet());
        }
        return spec;
    }

    private static Map<String, Supplier<Adapter>> builtIn() {
        Map<String, Supplier<Adapter>> adapters = new LinkedHashMap<>();
        adapters.put("reference", ReferenceAdapter::new);
        adapters.put("jdk", JdkPrimitives::adapter);
        adapters.put("cose-java", CoseJavaAdapter::new);
        adapters.put("tink", TinkPrimitives::adapter);
        return Collections.unmodifiableMap(adapters);
    }
}

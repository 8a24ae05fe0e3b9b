package dev.suitcase.adapters;

import dev.suitcase.adapters.cosejava.CoseJavaAdapter;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.process.OneShotAdapter;
import dev.suitcase.adapters.process.ProcessAdapter;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.tink.TinkPrimitives;
import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
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
 *   <li>{@code java:<class name>}: an adapter class on the classpath, with a public no-argument
 *       constructor: how a Java implementer plugs an implementation in without a process;</li>
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
    static final String JAVA = "java:";

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
        choices.add(JAVA + "<class name>");
        return choices;
    }

    /**
     * Checks that {@code spec} names an adapter this registry can open, without starting anything:
     * a known name, a process form with a command, or a {@code java:} class that implements
     * {@link Adapter} with a public no-argument constructor. Throws an {@link AdapterException}
     * saying what is wrong; an adapter that passes may still fail to start ({@link #open}).
     */
    public void check(String spec) {
        String resolved = shortNames.getOrDefault(spec, spec);
        if (BUILT_IN.containsKey(resolved)) {
            return;
        }
        if (resolved.startsWith(PROCESS)) {
            command(resolved, PROCESS, spec);
        } else if (resolved.startsWith(PROCESS_ONESHOT)) {
            command(resolved, PROCESS_ONESHOT, spec);
        } else if (resolved.startsWith(JAVA)) {
            adapterConstructor(resolved, spec);
        } else {
            throw unknown(spec);
        }
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
        if (resolved.startsWith(JAVA)) {
            return instantiate(spec, adapterConstructor(resolved, spec));
        }
        throw unknown(spec);
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

    private AdapterException unknown(String spec) {
        return new AdapterException("unknown adapter '" + spec + "'; choose one of: " + String.join(", ", choices()));
    }

    /**
     * The public no-argument constructor of the adapter class a {@code java:} spec names, looked up
     * through the thread's context class loader (a build tool's test classpath) and then this one's.
     */
    private static Constructor<? extends Adapter> adapterConstructor(String resolved, String spec) {
        String className = resolved.substring(JAVA.length()).strip();
        if (className.isEmpty()) {
            throw new AdapterException("adapter '" + spec + "' gives no class name after '" + JAVA
                    + "'; write java:com.example.MyAdapter");
        }
        Class<?> type = loadClass(spec, className);
        if (!Adapter.class.isAssignableFrom(type)) {
            throw new AdapterException("adapter '" + spec + "': class " + className + " does not implement "
                    + Adapter.class.getName());
        }
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new AdapterException("adapter '" + spec + "': class " + className
                    + " must be public and concrete, so that the suite can create it");
        }
        try {
            return type.asSubclass(Adapter.class).getConstructor();
        } catch (NoSuchMethodException e) {
            throw new AdapterException("adapter '" + spec + "': class " + className
                    + " has no public constructor without arguments; add one, the suite creates the adapter with it");
        }
    }

    private static Class<?> loadClass(String spec, String className) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader loader : new ClassLoader[] {context, AdapterRegistry.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(className, false, loader);
            } catch (ClassNotFoundException notHere) {
                // the next loader may know it
            } catch (LinkageError broken) {
                throw new AdapterException("adapter '" + spec + "': class " + className + " cannot be loaded: " + broken, broken);
            }
        }
        throw new AdapterException("adapter '" + spec + "': class " + className
                + " is not on the classpath; check the name (package included) and that its jar or classes are on the classpath");
    }

    private static Adapter instantiate(String spec, Constructor<? extends Adapter> constructor) {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new AdapterException("adapter '" + spec + "' cannot be used: its constructor threw " + cause, cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AdapterException("adapter '" + spec + "' cannot be created: " + e, e);
        }
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
        if (BUILT_IN.containsKey(name) || name.startsWith(PROCESS) || name.startsWith(PROCESS_ONESHOT) || name.startsWith(JAVA)) {
            throw new AdapterException(source + ": the short name '" + name + "' would hide a built-in adapter name");
        }
        if (!spec.startsWith(PROCESS) && !spec.startsWith(PROCESS_ONESHOT) && !spec.startsWith(JAVA) && !BUILT_IN.containsKey(spec)) {
            throw new AdapterException(source + ": the short name '" + name + "' stands for '" + spec
                    + "'; it must be process:<command line>, process-oneshot:<command>, java:<class name> or one of "
                    + BUILT_IN.keySet());
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

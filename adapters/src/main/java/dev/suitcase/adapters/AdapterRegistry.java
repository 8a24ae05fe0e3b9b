package dev.suitcase.adapters;

import dev.suitcase.adapters.cosejava.CoseJavaAdapter;
import dev.suitcase.adapters.jdk.JdkPrimitives;
import dev.suitcase.adapters.process.AdapterBuilds;
import dev.suitcase.adapters.process.CommandLine;
import dev.suitcase.adapters.process.OneShotAdapter;
import dev.suitcase.adapters.process.ProcessAdapter;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.adapters.tink.TinkPrimitives;
import dev.suitcase.vectors.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.File;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
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
 *       of the forms above ({@code "python": "process:adapters/python/run"}), and may name a build
 *       command that runs before the adapter starts and the toolchain that build needs
 *       ({@link AdapterEntry});</li>
 *   <li>{@value #ALL}, for {@link #expand}: every JVM adapter and every bundled adapter whose
 *       toolchain is on the PATH.</li>
 * </ul>
 * Relative program paths resolve against the settings' base directory, the repository root. A
 * registry runs each build command once, the first time an adapter that names it is opened
 * ({@link AdapterBuilds}); a run has one registry, so that is once per run.
 */
public final class AdapterRegistry {
    /** The repository file that gives short names to external adapters, relative to the repository root. */
    public static final String FILE = "adapters/adapters.json";
    static final String PROCESS = "process:";
    static final String PROCESS_ONESHOT = "process-oneshot:";
    static final String JAVA = "java:";
    /** The spec that stands for every JVM adapter and every bundled adapter whose toolchain is present ({@link #expand}). */
    public static final String ALL = "all";
    /** Short names starting with this are skeletons to copy, not implementations: {@value #ALL} leaves them out. */
    public static final String EXAMPLE_PREFIX = "example-";

    private static final Map<String, Supplier<Adapter>> BUILT_IN = builtIn();
    private static final Set<String> ENTRY_MEMBERS = Set.of("spec", "build", "toolchain");

    private final ProcessSettings settings;
    private final SortedMap<String, AdapterEntry> entries;
    private final Consumer<String> notices;
    private final AdapterBuilds builds;

    private AdapterRegistry(ProcessSettings settings, SortedMap<String, AdapterEntry> entries, Consumer<String> notices) {
        this.settings = settings;
        this.entries = Collections.unmodifiableSortedMap(entries);
        this.notices = notices;
        this.builds = new AdapterBuilds(settings, notices);
    }

    /**
     * The registry of a repository: the JVM adapters and the short names of its {@value #FILE}, if it
     * has one; its notices (an adapter being built, a failed build's output, an adapter {@value #ALL}
     * skips) go to standard error.
     */
    public static AdapterRegistry forRepository(ProcessSettings settings) {
        return forRepository(settings, AdapterRegistry::toStandardError);
    }

    /** As {@link #forRepository(ProcessSettings)}, with the notices sent to {@code notices}, one message a call. */
    public static AdapterRegistry forRepository(ProcessSettings settings, Consumer<String> notices) {
        Path file = settings.baseDirectory().resolve(FILE);
        return new AdapterRegistry(settings, Files.exists(file) ? readEntries(file) : new TreeMap<>(), notices);
    }

    /** The JVM adapters and the given short names, each standing for a {@code process:} or {@code process-oneshot:} spec. */
    public static AdapterRegistry of(ProcessSettings settings, Map<String, String> shortNames) {
        TreeMap<String, AdapterEntry> checked = new TreeMap<>();
        shortNames.forEach((name, spec) -> checked.put(name, AdapterEntry.of(checkShortName(name, spec, "the given short names"))));
        return new AdapterRegistry(settings, checked, AdapterRegistry::toStandardError);
    }

    /**
     * The JVM adapters and the given entries, as {@value #FILE} would give them; the notices go to
     * {@code notices}, one message a call.
     */
    public static AdapterRegistry of(ProcessSettings settings, Map<String, AdapterEntry> entries, Consumer<String> notices) {
        TreeMap<String, AdapterEntry> checked = new TreeMap<>();
        entries.forEach((name, entry) -> checked.put(name, checkEntry(name, entry, "the given entries")));
        return new AdapterRegistry(settings, checked, notices);
    }

    /** The short names and what each stands for. */
    public SortedMap<String, AdapterEntry> entries() {
        return entries;
    }

    /** Every name a user can give, for usage messages: the JVM adapters, the short names, {@value #ALL}, the process and java forms. */
    public List<String> choices() {
        List<String> choices = new ArrayList<>(BUILT_IN.keySet());
        choices.addAll(entries.keySet());
        choices.add(ALL);
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
        String resolved = resolved(spec);
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
     * Starts the adapter {@code spec} names, after running its entry's build command if it has one and
     * this registry has not run that command yet; throws an {@link AdapterException} for an unknown
     * name (listing the choices), an adapter that cannot be built or one that cannot start.
     */
    public Adapter open(String spec) {
        String resolved = resolved(spec);
        Supplier<Adapter> builtIn = BUILT_IN.get(resolved);
        if (builtIn != null) {
            return builtIn.get();
        }
        AdapterEntry entry = entries.get(spec);
        if (entry != null && entry.build().isPresent()) {
            builds.build(spec, entry.build().get(), entry.toolchain());
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
        return Optional.ofNullable(entries.get(spec)).map(AdapterEntry::spec);
    }

    /**
     * {@code specs} with {@value #ALL} replaced by every JVM adapter and then every short name that is
     * not an example ({@value #EXAMPLE_PREFIX}...) and whose toolchain commands are all on the PATH,
     * each spec once, in order. Each short name left out for a missing command gets a one-line notice,
     * e.g. {@code skipping go: go is not on PATH}; so does one whose build, run here, says its toolchain
     * is missing (a library or a JDK the PATH cannot show).
     */
    public List<String> expand(List<String> specs) {
        if (!specs.contains(ALL)) {
            return specs;
        }
        Set<String> expanded = new LinkedHashSet<>();
        for (String spec : specs) {
            if (spec.equals(ALL)) {
                expanded.addAll(BUILT_IN.keySet());
                entries.forEach((name, entry) -> {
                    if (name.startsWith(EXAMPLE_PREFIX)) {
                        return;
                    }
                    List<String> missing = entry.toolchain().stream().filter(command -> !onPath(command)).toList();
                    if (!missing.isEmpty()) {
                        notices.accept("skipping " + name + ": " + String.join(" and ", missing) + (missing.size() == 1
                                ? " is" : " are") + " not on PATH");
                    } else if (buildable(name, entry)) {
                        expanded.add(name);
                    }
                });
            } else {
                expanded.add(spec);
            }
        }
        return List.copyOf(expanded);
    }

    /**
     * Builds the entry now, for {@value #ALL}: an adapter whose build says its toolchain is missing (a
     * library or a JDK the PATH cannot show, exit {@value AdapterBuilds#EXIT_TOOLCHAIN_MISSING}) is
     * left out with a notice; any other failed build stops the run, as it would when named.
     */
    private boolean buildable(String name, AdapterEntry entry) {
        if (entry.build().isEmpty()) {
            return true;
        }
        try {
            builds.build(name, entry.build().get(), entry.toolchain());
            return true;
        } catch (AdapterException e) {
            Optional<String> why = builds.toolchainMissing(entry.build().get());
            if (why.isEmpty()) {
                throw e;
            }
            notices.accept("skipping " + name + ": " + why.get());
            return false;
        }
    }

    private String resolved(String spec) {
        if (spec.equals(ALL)) {
            throw new AdapterException("'" + ALL + "' stands for several adapters; the run replaces it with them before "
                    + "opening any");
        }
        return Optional.ofNullable(entries.get(spec)).map(AdapterEntry::spec).orElse(spec);
    }

    /** Whether {@code command} is an executable file in a directory of the PATH. */
    private static boolean onPath(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory).resolve(command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static void toStandardError(String notice) {
        System.err.println(notice);
        System.err.flush();
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

    private static SortedMap<String, AdapterEntry> readEntries(Path file) {
        JsonNode root;
        try {
            root = JsonFormat.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (JacksonException notJson) {
            throw new AdapterException(file + " is not valid JSON: " + JsonFormat.problem(notJson));
        }
        if (!root.isObject()) {
            throw new AdapterException(file + " must be a JSON object mapping short names to adapter specs, "
                    + "e.g. {\"python\": \"process:adapters/python/run\"}");
        }
        TreeMap<String, AdapterEntry> names = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isString()) {
                names.put(name, AdapterEntry.of(checkShortName(name, value.stringValue(), file.toString())));
            } else if (value.isObject()) {
                names.put(name, readEntry(file, name, value));
            } else {
                throw new AdapterException(file + ": the short name '" + name + "' must map to a string such as "
                        + "\"process:adapters/python/run\" or an object such as {\"spec\": \"process:adapters/rust/run\", "
                        + "\"build\": \"adapters/rust/run --build-only\", \"toolchain\": [\"cargo\"]}, not " + value);
            }
        }
        return names;
    }

    /** An entry in object form: {@code spec}, and optionally {@code build} (process specs only) and {@code toolchain}. */
    private static AdapterEntry readEntry(Path file, String name, JsonNode value) {
        String where = file + ": the short name '" + name + "'";
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            if (!ENTRY_MEMBERS.contains(property.getKey())) {
                throw new AdapterException(where + " has an unknown member '" + property.getKey() + "'; an entry has spec, "
                        + "and optionally build and toolchain");
            }
        }
        JsonNode spec = value.get("spec");
        if (spec == null || !spec.isString()) {
            throw new AdapterException(where + " needs \"spec\", a string such as \"process:adapters/rust/run\"");
        }
        JsonNode build = value.get("build");
        if (build != null && !build.isString()) {
            throw new AdapterException(where + ": \"build\" must be a command line such as \"adapters/rust/run "
                    + "--build-only\", not " + build);
        }
        List<String> toolchain = new ArrayList<>();
        JsonNode commands = value.get("toolchain");
        if (commands != null) {
            if (!commands.isArray()) {
                throw new AdapterException(where + ": \"toolchain\" must be an array of command names such as "
                        + "[\"cargo\"], not " + commands);
            }
            for (JsonNode command : commands) {
                if (!command.isString()) {
                    throw new AdapterException(where + ": \"toolchain\" lists " + command + "; each must be a command "
                            + "name, such as \"cargo\"");
                }
                toolchain.add(command.stringValue());
            }
        }
        return checkEntry(name, new AdapterEntry(spec.stringValue(), Optional.ofNullable(build).map(JsonNode::stringValue),
                toolchain), file.toString());
    }

    /**
     * Checks an entry: its name and spec ({@link #checkShortName}), a build command only for an
     * external program and one that splits into words, toolchain commands that are bare names.
     */
    private static AdapterEntry checkEntry(String name, AdapterEntry entry, String source) {
        String where = source + ": the short name '" + name + "'";
        String spec = checkShortName(name, entry.spec(), source);
        if (entry.build().isPresent()) {
            String build = entry.build().get();
            if (!spec.startsWith(PROCESS) && !spec.startsWith(PROCESS_ONESHOT)) {
                throw new AdapterException(where + ": \"build\" is for an external program, and '" + spec
                        + "' is none; give a process: or process-oneshot: spec");
            }
            try {
                CommandLine.parse(build);
            } catch (IllegalArgumentException malformed) {
                throw new AdapterException(where + ": \"build\": " + malformed.getMessage());
            }
        }
        for (String command : entry.toolchain()) {
            if (!command.matches("[^\\s/]+")) {
                throw new AdapterException(where + ": \"toolchain\" lists '" + command + "'; each must be a command "
                        + "name looked up on the PATH, such as \"cargo\", without a directory or blanks");
            }
        }
        return entry;
    }

    private static String checkShortName(String name, String spec, String source) {
        if (name.equals(ALL)) {
            throw new AdapterException(source + ": the short name '" + ALL + "' is reserved: --adapter " + ALL
                    + " selects every adapter whose toolchain is present");
        }
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

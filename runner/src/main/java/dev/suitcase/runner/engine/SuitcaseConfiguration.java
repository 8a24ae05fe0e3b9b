package dev.suitcase.runner.engine;

import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.selection.VectorSelector;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the suitcase engine runs, from JUnit configuration parameters (a build's
 * {@code junit-platform.properties}, {@code @ConfigurationParameter} on a suite class, system
 * properties, or what {@code suitcase run} passes). runner/README.md documents every key. A
 * configuration that exists is valid: each bad value is refused with a
 * {@link SuitcaseConfigurationException} carrying its key.
 *
 * @param adapters the adapter specs, in run order, distinct ({@value #ADAPTERS}); discovery replaces
 *                 {@value dev.suitcase.adapters.AdapterRegistry#ALL} with the adapters it stands for
 * @param corpus   the corpus directory; empty for the built-in corpus ({@value #CORPUS})
 * @param options  layer, algorithm, filter, shard, profiles, allow-unimplemented, fail-on and
 *                 whether the producer × verifier matrix runs ({@value #INTEROP})
 * @param baseline the baseline of known deviations ({@value #BASELINE})
 * @param timeout  how long one request may go unanswered ({@value #TIMEOUT})
 * @param buildTimeout how long an adapter's build command may take ({@value #BUILD_TIMEOUT})
 * @param root     where adapter programs and {@code adapters/adapters.json} are found ({@value #ROOT})
 */
public record SuitcaseConfiguration(List<String> adapters, Optional<Path> corpus, RunOptions options,
                                    Optional<Path> baseline, Duration timeout, Duration buildTimeout, Path root) {
    public static final String ADAPTERS = "suitcase.adapters";
    public static final String CORPUS = "suitcase.corpus";
    public static final String LAYER = "suitcase.layer";
    public static final String ALGORITHM = "suitcase.algorithm";
    public static final String FILTER = "suitcase.filter";
    public static final String SHARD = "suitcase.shard";
    public static final String PROFILES = "suitcase.profiles";
    public static final String ALLOW_UNIMPLEMENTED = "suitcase.allowUnimplemented";
    public static final String FAIL_ON = "suitcase.failOn";
    public static final String INTEROP = "suitcase.interop";
    public static final String BASELINE = "suitcase.baseline";
    public static final String TIMEOUT = "suitcase.timeout";
    public static final String BUILD_TIMEOUT = "suitcase.buildTimeout";
    public static final String ROOT = "suitcase.root";

    /** The adapters that run when none are configured: the JVM adapters built in. */
    public static final List<String> DEFAULT_ADAPTERS = List.of("reference", "jdk", "cose-java", "tink");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BUILD_TIMEOUT = Duration.ofMinutes(ProcessSettings.DEFAULT_BUILD_MINUTES);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");
    /** Commas separate specs; a comma inside a spec (a process command line) is written {@code \,}. */
    private static final Pattern SPEC_SEPARATOR = Pattern.compile("(?<!\\\\),");

    public SuitcaseConfiguration {
        adapters = List.copyOf(adapters);
        if (adapters.isEmpty()) {
            throw SuitcaseConfigurationException.of(ADAPTERS, "lists no adapter; give at least one spec, e.g. reference");
        }
        List<String> seen = new ArrayList<>();
        for (String spec : adapters) {
            if (spec.isBlank()) {
                throw SuitcaseConfigurationException.of(ADAPTERS, "has an empty entry; separate adapter specs with single commas");
            }
            if (seen.contains(spec)) {
                throw SuitcaseConfigurationException.of(ADAPTERS, "lists '" + spec + "' twice; each adapter of a run has its own name");
            }
            seen.add(spec);
        }
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(baseline, "baseline");
        if (timeout.isNegative() || timeout.isZero()) {
            throw SuitcaseConfigurationException.of(TIMEOUT, "must be positive, not " + timeout);
        }
        if (buildTimeout.isNegative() || buildTimeout.isZero()) {
            throw SuitcaseConfigurationException.of(BUILD_TIMEOUT, "must be positive, not " + buildTimeout);
        }
        root = root.toAbsolutePath().normalize();
    }

    /** The configuration the parameters give; every key is optional. */
    public static SuitcaseConfiguration from(ConfigurationParameters parameters) {
        Optional<Layer> layer = value(parameters, LAYER, Layer::fromWireName);
        Optional<String> algorithm = value(parameters, ALGORITHM, Function.identity());
        Optional<String> filter = value(parameters, FILTER, Function.identity());
        Optional<Shard> shard = value(parameters, SHARD, Shard::parse);
        checked(ALGORITHM, () -> new VectorSelector(Optional.empty(), algorithm, Optional.empty(), Optional.empty()));
        checked(FILTER, () -> new VectorSelector(Optional.empty(), Optional.empty(), filter, Optional.empty()));
        Set<Profile> profiles = value(parameters, PROFILES, SuitcaseConfiguration::profiles).orElse(Set.of());
        boolean allowUnimplemented = value(parameters, ALLOW_UNIMPLEMENTED, SuitcaseConfiguration::bool).orElse(false);
        Optional<FailOn> failOn = value(parameters, FAIL_ON, FailOn::fromWireName);
        boolean interop = value(parameters, INTEROP, SuitcaseConfiguration::bool).orElse(false);
        RunOptions options = new RunOptions(layer, algorithm, filter, profiles, shard, allowUnimplemented, failOn, interop);
        return new SuitcaseConfiguration(
                value(parameters, ADAPTERS, SuitcaseConfiguration::specs).orElse(DEFAULT_ADAPTERS),
                value(parameters, CORPUS, SuitcaseConfiguration::path),
                options,
                value(parameters, BASELINE, SuitcaseConfiguration::path),
                value(parameters, TIMEOUT, SuitcaseConfiguration::duration).orElse(DEFAULT_TIMEOUT),
                value(parameters, BUILD_TIMEOUT, SuitcaseConfiguration::duration).orElse(DEFAULT_BUILD_TIMEOUT),
                value(parameters, ROOT, SuitcaseConfiguration::path).orElse(Path.of("")));
    }

    /** The configuration with the defaults: the built-in corpus on the JVM adapters, every vector. */
    public static SuitcaseConfiguration defaults() {
        return new SuitcaseConfiguration(DEFAULT_ADAPTERS, Optional.empty(), RunOptions.defaults(), Optional.empty(),
                DEFAULT_TIMEOUT, DEFAULT_BUILD_TIMEOUT, Path.of(""));
    }

    /** This configuration with {@code specs} as its adapters (discovery's, with {@value dev.suitcase.adapters.AdapterRegistry#ALL} expanded). */
    public SuitcaseConfiguration withAdapters(List<String> specs) {
        return new SuitcaseConfiguration(specs, corpus, options, baseline, timeout, buildTimeout, root);
    }

    /** The configuration parameters that give this configuration back through {@link #from}. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ADAPTERS, adapters.stream().map(spec -> spec.replace(",", "\\,")).collect(Collectors.joining(",")));
        corpus.ifPresent(directory -> parameters.put(CORPUS, directory.toString()));
        options.layer().ifPresent(layer -> parameters.put(LAYER, layer.wireName()));
        options.algorithm().ifPresent(algorithm -> parameters.put(ALGORITHM, algorithm));
        options.filter().ifPresent(filter -> parameters.put(FILTER, filter));
        options.shard().ifPresent(shard -> parameters.put(SHARD, shard.toString()));
        if (!options.profiles().isEmpty()) {
            parameters.put(PROFILES, options.profiles().stream().map(Profile::wireName).collect(Collectors.joining(",")));
        }
        parameters.put(ALLOW_UNIMPLEMENTED, Boolean.toString(options.allowUnimplemented()));
        options.failOn().ifPresent(level -> parameters.put(FAIL_ON, level.wireName()));
        parameters.put(INTEROP, Boolean.toString(options.interop()));
        baseline.ifPresent(file -> parameters.put(BASELINE, file.toString()));
        parameters.put(TIMEOUT, timeout.toMillis() + "ms");
        parameters.put(BUILD_TIMEOUT, buildTimeout.toMillis() + "ms");
        parameters.put(ROOT, root.toString());
        return parameters;
    }

    /** Where the corpus is: the directory {@value #CORPUS} names, else the built-in corpus. */
    public CorpusLocation corpusLocation() {
        return corpus.<CorpusLocation>map(CorpusLocation.Directory::new).orElseGet(CorpusLocation.BuiltIn::new);
    }

    /**
     * How process adapters run: their programs found from {@link #root}, each request given
     * {@link #timeout}, each build command {@link #buildTimeout}.
     */
    public ProcessSettings processSettings() {
        return ProcessSettings.defaults(root).withRequestTimeout(timeout).withBuildTimeout(buildTimeout);
    }

    /** The vectors the options select. */
    public VectorSelector selector() {
        return VectorSelector.of(options);
    }

    private static <T> Optional<T> value(ConfigurationParameters parameters, String key, Function<String, T> parse) {
        Optional<String> text = parameters.get(key).map(String::strip).filter(value -> !value.isEmpty());
        try {
            return text.map(parse);
        } catch (SuitcaseConfigurationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw SuitcaseConfigurationException.of(key, e.getMessage(), e);
        }
    }

    private static void checked(String key, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw SuitcaseConfigurationException.of(key, e.getMessage(), e);
        }
    }

    private static List<String> specs(String text) {
        return Arrays.stream(SPEC_SEPARATOR.split(text, -1)).map(spec -> spec.strip().replace("\\,", ",")).toList();
    }

    private static Set<Profile> profiles(String text) {
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (String name : text.split(",", -1)) {
            String wanted = name.strip();
            profiles.add(Profile.fromWireName(wanted).orElseThrow(() -> new IllegalArgumentException("unknown profile '"
                    + wanted + "'; expected a comma list of " + Arrays.stream(Profile.values()).map(Profile::wireName)
                    .collect(Collectors.joining(", ")))));
        }
        return profiles;
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not a boolean; write true or false");
        };
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a usable path: " + e.getReason(), e);
        }
    }

    /** Parses a duration as the configuration writes it: a number with ms, s or m, e.g. {@code 10s}. */
    public static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write a number with ms, s or m, e.g. 10s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}

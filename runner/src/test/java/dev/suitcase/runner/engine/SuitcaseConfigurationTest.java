package dev.suitcase.runner.engine;

import dev.suitcase.runner.results.RunOptions;
import dev.suitcase.runner.shard.Shard;
import dev.suitcase.runner.verdict.FailOn;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuitcaseConfigurationTest {

    @Test
    void defaultsToTheBuiltInCorpusOnTheJvmAdapters() {
        SuitcaseConfiguration configuration = SuitcaseConfiguration.from(parameters(Map.of()));
        assertEquals(List.of("reference", "jdk", "cose-java", "tink"), configuration.adapters());
        assertEquals(new CorpusLocation.BuiltIn(), configuration.corpusLocation());
        assertEquals(RunOptions.defaults(), configuration.options());
        assertEquals(Duration.ofSeconds(10), configuration.timeout());
        assertEquals(Duration.ofMinutes(30), configuration.buildTimeout());
        assertEquals(Duration.ofMinutes(30), configuration.processSettings().buildTimeout());
        assertEquals(Path.of("").toAbsolutePath(), configuration.root());
    }

    @Test
    void givesBackWhatItWritesIncludingCommasInsideACommandLine() {
        RunOptions options = new RunOptions(Optional.of(Layer.SUIT), Optional.of("es256"), Optional.of("suit.*.rollback.*"),
                Set.of(Profile.values()[0]), Optional.of(Shard.parse("2/4")), true, Optional.of(FailOn.ADVISORY), true);
        SuitcaseConfiguration configuration = new SuitcaseConfiguration(List.of("reference", "process:./verify --algs ES256,EdDSA"),
                Optional.of(Path.of("corpus")), options, Optional.of(Path.of("baseline.json")), Duration.ofMillis(1500), Duration.ofMinutes(45),
                Path.of("/repo"));
        SuitcaseConfiguration read = SuitcaseConfiguration.from(parameters(configuration.toParameters()));
        assertEquals(configuration, read);
        assertEquals("reference,process:./verify --algs ES256\\,EdDSA", configuration.toParameters().get(SuitcaseConfiguration.ADAPTERS));
    }

    @Test
    void readsDurationsInMillisecondsSecondsAndMinutes() {
        assertEquals(Duration.ofMillis(250), SuitcaseConfiguration.duration("250ms"));
        assertEquals(Duration.ofSeconds(3), SuitcaseConfiguration.duration("3 s"));
        assertEquals(Duration.ofMinutes(2), SuitcaseConfiguration.duration("2m"));
        assertThrows(IllegalArgumentException.class, () -> SuitcaseConfiguration.duration("PT10S"));
    }

    @Test
    void refusesAdaptersGivenTwiceOrLeftEmpty() {
        assertRefused(Map.of(SuitcaseConfiguration.ADAPTERS, "reference,jdk,reference"), "suitcase.adapters: lists 'reference' twice");
        assertRefused(Map.of(SuitcaseConfiguration.ADAPTERS, "reference,,jdk"), "suitcase.adapters: has an empty entry");
        assertRefused(Map.of(SuitcaseConfiguration.ALLOW_UNIMPLEMENTED, "yes"), "suitcase.allowUnimplemented: 'yes' is not a boolean");
        assertRefused(Map.of(SuitcaseConfiguration.INTEROP, "on"), "suitcase.interop: 'on' is not a boolean");
        assertRefused(Map.of(SuitcaseConfiguration.BUILD_TIMEOUT, "0m"), "suitcase.buildTimeout: must be positive");
        assertRefused(Map.of(SuitcaseConfiguration.FAIL_ON, "urgent"), "suitcase.failOn: unknown level 'urgent'; expected a severity (critical, high, medium, low, info) or advisory");
        assertRefused(Map.of(SuitcaseConfiguration.LAYER, "transport"), "suitcase.layer: ");
        assertRefused(Map.of(SuitcaseConfiguration.ALGORITHM, "RS256"), "suitcase.algorithm: unknown algorithm 'RS256'");
        assertRefused(Map.of(SuitcaseConfiguration.TIMEOUT, "0s"), "suitcase.timeout: must be positive");
    }

    private static void assertRefused(Map<String, String> values, String expected) {
        SuitcaseConfigurationException error = assertThrows(SuitcaseConfigurationException.class,
                () -> SuitcaseConfiguration.from(parameters(values)));
        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
        assertEquals(Optional.of(values.keySet().iterator().next()), error.key(), "the key at fault is a field");
        assertEquals(error.key().get() + ": " + error.problem(), error.getMessage());
    }

    private static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public <T> Optional<T> get(String key, Function<? super String, ? extends T> transformer) {
                return get(key).map(transformer);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}

package dev.suitcase.runner.cli;

import dev.suitcase.runner.engine.SuitcaseConfiguration;
import dev.suitcase.runner.engine.SuitcaseConfigurationException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** How the engine's configuration errors read on the command line. */
class EngineRunTest {
    /** The option of {@code suitcase run} that sets each key; the root is found, not given. */
    private static final Map<String, String> RUN_OPTIONS = Map.ofEntries(
            Map.entry(SuitcaseConfiguration.ADAPTERS, "--adapter"),
            Map.entry(SuitcaseConfiguration.CORPUS, "--corpus"),
            Map.entry(SuitcaseConfiguration.LAYER, "--layer"),
            Map.entry(SuitcaseConfiguration.ALGORITHM, "--alg"),
            Map.entry(SuitcaseConfiguration.FILTER, "--filter"),
            Map.entry(SuitcaseConfiguration.SHARD, "--shard"),
            Map.entry(SuitcaseConfiguration.PROFILES, "--profile"),
            Map.entry(SuitcaseConfiguration.ALLOW_UNIMPLEMENTED, "--allow-unimplemented"),
            Map.entry(SuitcaseConfiguration.FAIL_ON, "--fail-on"),
            Map.entry(SuitcaseConfiguration.BASELINE, "--baseline"),
            Map.entry(SuitcaseConfiguration.TIMEOUT, "--timeout"),
            Map.entry(SuitcaseConfiguration.BUILD_TIMEOUT, "--build-timeout"));

    private final CommandLine.Model.CommandSpec run = new CommandLine(new RunCommand()).getCommandSpec();

    @Test
    void anErrorOfEachConfigurationKeyNamesTheRunOptionForIt() {
        List<String> keys = configurationKeys();
        assertFalse(keys.isEmpty());
        for (String key : keys) {
            String message = EngineRun.usage(run, SuitcaseConfigurationException.of(key, "'x' is wrong")).getMessage();
            if (key.equals(SuitcaseConfiguration.ROOT)) {
                assertEquals("the repository root (suitcase.root): 'x' is wrong", message);
            } else if (key.equals(SuitcaseConfiguration.INTEROP)) {
                // set by the interop command itself, not by an option
                assertEquals("suitcase interop: 'x' is wrong", message);
            } else {
                String option = RUN_OPTIONS.get(key);
                assertNotNull(option, key + " is a configuration key this test does not know; add its option");
                assertNotNull(run.findOption(option), option + " is not an option of suitcase run");
                assertEquals(option + ": 'x' is wrong", message, key);
            }
        }
    }

    @Test
    void anErrorOfNoOneKeyIsShownAsItIs() {
        SuitcaseConfigurationException twoCorpora = new SuitcaseConfigurationException("a run has one corpus, but A selects B");

        assertEquals("a run has one corpus, but A selects B", EngineRun.usage(run, twoCorpora).getMessage());
    }

    @Test
    void theMessageStaysWhatItWasNotRewritten() {
        String problem = "names suitcase.timeout: a problem that mentions another key";

        String message = EngineRun.usage(run, SuitcaseConfigurationException.of(SuitcaseConfiguration.CORPUS, problem)).getMessage();

        assertEquals("--corpus: " + problem, message);
    }

    /** Every configuration key {@link SuitcaseConfiguration} declares. */
    private static List<String> configurationKeys() {
        List<String> keys = new ArrayList<>();
        for (Field field : SuitcaseConfiguration.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(field + " is public", e);
                }
            }
        }
        return keys;
    }
}

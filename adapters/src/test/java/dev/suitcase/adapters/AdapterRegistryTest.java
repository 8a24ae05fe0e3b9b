package dev.suitcase.adapters;

import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdapterRegistryTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("suitcase.root", "."));

    @Test
    void opensEachJvmAdapterByName() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(REPOSITORY), Map.of());
        for (String name : List.of("reference", "jdk", "cose-java", "tink")) {
            try (Adapter adapter = registry.open(name)) {
                assertTrue(adapter.describe().operations().contains(Operation.VERIFY), name);
            }
        }
    }

    @Test
    void refusesAnUnknownNameListingTheChoices() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(REPOSITORY), Map.of("mine", "process:./mine"));
        AdapterException error = assertThrows(AdapterException.class, () -> registry.open("pyhton"));
        assertEquals("unknown adapter 'pyhton'; choose one of: reference, jdk, cose-java, tink, mine, all, "
                + "process:<command line>, process-oneshot:<command>, java:<class name>", error.getMessage());
        assertEquals(error.getMessage(), assertThrows(AdapterException.class, () -> registry.check("pyhton")).getMessage());
    }

    @Test
    void readsTheRepositorysShortNames() {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(REPOSITORY));
        assertEquals("process:adapters/python/run", registry.resolve("python").orElseThrow());
        assertEquals(new AdapterEntry("process:adapters/rust/run --strict", Optional.of("adapters/rust/run --build-only"),
                List.of("cargo")), registry.entries().get("rust-strict"));
        assertEquals(registry.entries().get("rust").build(), registry.entries().get("rust-strict").build(),
                "one build for both statements");
        assertTrue(registry.resolve("example-batch").orElseThrow().startsWith("process:adapters/examples/"));
        assertTrue(registry.resolve("example-oneshot").orElseThrow().startsWith("process-oneshot:adapters/examples/"));
    }

    @Test
    void readsTheOneShotSkeletonsStatementPerLayer() {
        // test_examples.py checks that the batch skeleton answers hello with the same statement
        try (Adapter skeleton = AdapterRegistry.forRepository(ProcessSettings.defaults(REPOSITORY)).open("example-oneshot")) {
            Ics ics = skeleton.describe();
            assertEquals(EnumSet.of(Layer.SIGNATURE), ics.layers());
            assertEquals(Set.of(Algorithm.ED25519), ics.algorithmsFor(Layer.SIGNATURE));
            assertEquals(Set.of(Profile.ED25519_RFC8032), ics.profilesFor(Layer.SIGNATURE));
        }
    }

    @Test
    void opensAShortNameAsTheExternalAdapterItStandsFor(@TempDir Path repository) throws IOException {
        Path script = Files.writeString(repository.resolve("ics.sh"), "echo '{\"implementation\":\"tiny\",\"version\":\"0\","
                + "\"layers\":[\"signature\"],\"algorithms\":[\"ES256\"],\"operations\":[\"verify\"]}'\n");
        Files.createDirectories(repository.resolve("adapters"));
        Files.writeString(repository.resolve(AdapterRegistry.FILE), "{\"tiny\": \"process-oneshot:bash ics.sh\"}");
        try (Adapter adapter = AdapterRegistry.forRepository(ProcessSettings.defaults(repository)).open("tiny")) {
            assertEquals("tiny", adapter.describe().implementation());
        }
        assertTrue(Files.exists(script));
    }

    @Test
    void refusesAShortNameFileThatWouldMislead(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve("adapters"));
        assertFileRefused(repository, "{\"jdk\": \"process:./other\"}", "would hide a built-in adapter name");
        assertFileRefused(repository, "{\"mine\": \"python3 mine.py\"}", "must be process:<command line>");
        assertFileRefused(repository, "{\"mine\": [\"process:x\"]}", "must map to a string");
        assertFileRefused(repository, "[]", "must be a JSON object");
        assertFileRefused(repository, "{\"a\": \"process:x\", \"a\": \"process:y\"}", "is not valid JSON");
    }

    @Test
    void refusesAProcessSpecWithoutACommand() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(REPOSITORY), Map.of());
        AdapterException error = assertThrows(AdapterException.class, () -> registry.open("process:  "));
        assertTrue(error.getMessage().contains("gives no command"), error.getMessage());
    }

    @Test
    void opensAJavaAdapterClassByName() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(REPOSITORY), Map.of("mine", "java:" + ClassAdapter.class.getName()));
        registry.check("java:" + ClassAdapter.class.getName());
        try (Adapter adapter = registry.open("java:" + ClassAdapter.class.getName())) {
            assertEquals("class adapter", adapter.describe().implementation());
        }
        try (Adapter adapter = registry.open("mine")) {
            assertEquals("class adapter", adapter.describe().implementation());
        }
    }

    @Test
    void refusesAJavaSpecThatNamesNoUsableAdapterClass() {
        AdapterRegistry registry = AdapterRegistry.of(ProcessSettings.defaults(REPOSITORY), Map.of());
        assertRefused(registry, "java:", "gives no class name after 'java:'");
        assertRefused(registry, "java:com.example.Missing", "class com.example.Missing is not on the classpath");
        assertRefused(registry, "java:java.lang.String", "does not implement dev.suitcase.adapters.Adapter");
        assertRefused(registry, "java:" + WithoutDefaultConstructor.class.getName(), "has no public constructor without arguments");
        AdapterException thrown = assertThrows(AdapterException.class, () -> registry.open("java:" + ThrowingAdapter.class.getName()));
        assertTrue(thrown.getMessage().contains("its constructor threw java.lang.IllegalStateException: no licence"), thrown.getMessage());
    }

    private static void assertRefused(AdapterRegistry registry, String spec, String expected) {
        AdapterException checked = assertThrows(AdapterException.class, () -> registry.check(spec));
        assertTrue(checked.getMessage().contains(expected), checked.getMessage());
        AdapterException opened = assertThrows(AdapterException.class, () -> registry.open(spec));
        assertEquals(checked.getMessage(), opened.getMessage());
    }

    /** A minimal in-process adapter, opened by class name. */
    public static class ClassAdapter extends InProcessAdapter {
        private final Ics ics = new Ics("class adapter", "1", EnumSet.of(Layer.SIGNATURE), EnumSet.of(Algorithm.ES256),
                Set.of(), EnumSet.of(Operation.VERIFY), OptionalLong.empty());

        @Override
        public Ics describe() {
            return ics;
        }

        @Override
        protected AdapterOutcome answer(VerifyRequest request) {
            return AdapterOutcome.accept();
        }
    }

    public static class WithoutDefaultConstructor extends ClassAdapter {
        public WithoutDefaultConstructor(String name) {
            super();
        }
    }

    public static class ThrowingAdapter extends ClassAdapter {
        public ThrowingAdapter() {
            throw new IllegalStateException("no licence");
        }
    }

    private static void assertFileRefused(Path repository, String content, String expected) throws IOException {
        Files.writeString(repository.resolve(AdapterRegistry.FILE), content);
        AdapterException error = assertThrows(AdapterException.class,
                () -> AdapterRegistry.forRepository(ProcessSettings.defaults(repository)));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}

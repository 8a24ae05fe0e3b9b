package dev.suitcase.adapters.rust;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.process.ProcessSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Rust adapter ({@code adapters/rust}: suit_validator, coset, p256, ed25519-dalek, hbs-lms) over the
 * whole committed corpus through the real process adapter, as {@code --adapter rust} and
 * {@code --adapter rust-strict} run it. Tagged {@code interop}: it needs cargo and, for the first build,
 * crates.io, so it runs in the {@code interop} Maven profile that CI activates ({@code mvn -Pinterop test});
 * an adapter that cannot build or start fails it.
 */
@Tag("interop")
class RustAdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    @Test
    void answersEveryVectorItsStatementCoversAtEveryLayerAndTheTwoEd25519ProfilesDiffer() throws Exception {
        // the registry runs the entries' build (adapters/rust/run --build-only) once, under the build timeout
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT));
        SliceRun rust = SliceRun.ofCorpus(registry, "rust", 1000);
        SliceRun strict = SliceRun.ofCorpus(registry, "rust-strict", 1000);

        long suit = rust.outcomes().keySet().stream().filter(id -> id.startsWith("suit.")).count();
        assertTrue(suit > 500, "the rust adapter was sent " + suit + " SUIT vectors");
        assertTrue(strict.outcomes().keySet().stream().noneMatch(id -> id.startsWith("suit.")),
                "rust-strict states no suit layer");
        // suit_validator authenticates and processes the SUIT specification's own examples
        for (String example : List.of("suit.es256.spec-example.example-1", "suit.es256.spec-example.example-3")) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, rust.outcomes().get(example).kind(), example + ": " + rust.outcomes().get(example));
        }
        // ed25519-dalek's verify accepts a small-order key, verify_strict refuses it (RFC 8032 allows both)
        String smallOrder = "cose.ed25519.eddsa-small-order.order-8-key-forgery";
        assertEquals(AdapterOutcome.Kind.ACCEPT, rust.outcomes().get(smallOrder).kind(), rust.outcomes().get(smallOrder).toString());
        assertEquals(AdapterOutcome.Kind.REJECT, strict.outcomes().get(smallOrder).kind(), strict.outcomes().get(smallOrder).toString());
    }
}

package dev.suitcase.adapters.go;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.process.ProcessSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Go adapter ({@code adapters/go}: go-cose, crypto/ecdsa, crypto/ed25519) over the whole committed
 * corpus through the real process adapter, as {@code --adapter go} runs it. Tagged {@code interop}: it
 * needs Go and, for the first build, the Go module proxy, so it runs in the {@code interop} Maven profile
 * that CI activates ({@code mvn -Pinterop test}); an adapter that cannot build or start fails it.
 */
@Tag("interop")
class GoAdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    /** The first start may build the binary; CI builds it before (adapters/go/test, run --build-only), so this is a margin. */
    private static final Duration FIRST_BUILD = Duration.ofMinutes(10);

    @Test
    void answersEveryVectorItsStatementCoversAtBothLayersAndGoCoseVerifiesTheFullySpecifiedIds() throws Exception {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT).withStartTimeout(FIRST_BUILD));
        SliceRun run = SliceRun.ofCorpus(registry, "go", 1000);
        assertTrue(run.outcomes().keySet().stream().noneMatch(id -> id.startsWith("suit.") || id.contains(".hss-lms.")),
                "the go adapter states neither the suit layer nor HSS-LMS");
        // ESP256 and Ed25519 reach go-cose through its custom-verifier extension point (adapters/go/fully.go)
        for (String valid : List.of("cose.esp256.allowed.own-alg", "cose.ed25519.allowed.own-alg", "cose.es256.allowed.own-alg")) {
            assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcomes().get(valid).kind(), valid + ": " + run.outcomes().get(valid));
        }
        // crypto/ed25519 decodes a non-canonical public key (docs/deviations.md, the Go adapter's section)
        String nonCanonical = "signature.ed25519.non-canonical-a.identity-y-is-p-plus-1";
        assertEquals(AdapterOutcome.Kind.ACCEPT, run.outcomes().get(nonCanonical).kind(), run.outcomes().get(nonCanonical).toString());
    }
}

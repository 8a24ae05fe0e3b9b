package dev.suitcase.adapters.c;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.AdapterRegistry;
import dev.suitcase.adapters.SliceRun;
import dev.suitcase.adapters.process.ProcessSettings;
import dev.suitcase.verifier.Layer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The C adapter ({@code adapters/c}: Mbed TLS, libsodium and OpenSSL from Debian's packages) over the whole
 * committed corpus through the real process adapter, as {@code --adapter c-mbedtls}, {@code c-libsodium} and
 * {@code c-openssl} run it. Tagged {@code interop}: it needs gcc and the Debian packages of
 * {@code adapters/c/debian-packages.txt}, so it runs in the {@code interop} Maven profile that CI activates
 * ({@code mvn -Pinterop test}); an adapter that cannot build or start fails it.
 */
@Tag("interop")
class CAdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    /** The first start may compile the binary (seconds); CI builds it before (adapters/c/test), so this is a margin. */
    private static final Duration FIRST_BUILD = Duration.ofMinutes(5);

    private static final String RFC8032_TEST_1 = "signature.ed25519.rfc8032-kat.test-1";
    private static final String RFC6979_SAMPLE = "signature.es256.rfc6979.sha256-sample";
    private static final String NON_CANONICAL_A = "signature.ed25519.non-canonical-a.identity-y-is-p-plus-1";

    @Test
    void eachLibraryAnswersEveryVectorItsStatementCoversAndTheirEd25519DecodersDiffer() throws Exception {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT).withStartTimeout(FIRST_BUILD));
        SliceRun mbedtls = SliceRun.ofCorpus(registry, "c-mbedtls", 400);
        SliceRun libsodium = SliceRun.ofCorpus(registry, "c-libsodium", 400);
        SliceRun openssl = SliceRun.ofCorpus(registry, "c-openssl", 400);
        for (SliceRun library : List.of(mbedtls, libsodium, openssl)) {
            assertEquals(Set.of(Layer.SIGNATURE), library.ics().layers(), library.ics().implementation() + " states the signature layer only");
        }

        assertEquals(AdapterOutcome.Kind.ACCEPT, mbedtls.outcomes().get(RFC6979_SAMPLE).kind(), mbedtls.outcomes().get(RFC6979_SAMPLE).toString());
        assertEquals(AdapterOutcome.Kind.ACCEPT, openssl.outcomes().get(RFC6979_SAMPLE).kind(), openssl.outcomes().get(RFC6979_SAMPLE).toString());
        assertEquals(AdapterOutcome.Kind.ACCEPT, libsodium.outcomes().get(RFC8032_TEST_1).kind(), libsodium.outcomes().get(RFC8032_TEST_1).toString());
        assertEquals(AdapterOutcome.Kind.ACCEPT, openssl.outcomes().get(RFC8032_TEST_1).kind(), openssl.outcomes().get(RFC8032_TEST_1).toString());
        // OpenSSL decodes y >= p (docs/deviations.md); libsodium refuses the key, as RFC 8032 §5.1.3 requires
        assertEquals(AdapterOutcome.Kind.ACCEPT, openssl.outcomes().get(NON_CANONICAL_A).kind(), openssl.outcomes().get(NON_CANONICAL_A).toString());
        assertEquals(AdapterOutcome.Kind.REJECT, libsodium.outcomes().get(NON_CANONICAL_A).kind(), libsodium.outcomes().get(NON_CANONICAL_A).toString());
        // Mbed TLS 2.28 reads no compressed point, and says so rather than guess
        String compressed = "signature.es256.key.compressed-even-y";
        assertEquals(AdapterOutcome.Kind.UNSUPPORTED, mbedtls.outcomes().get(compressed).kind(), mbedtls.outcomes().get(compressed).toString());
        assertEquals(AdapterOutcome.Kind.ACCEPT, openssl.outcomes().get(compressed).kind(), openssl.outcomes().get(compressed).toString());
    }
}

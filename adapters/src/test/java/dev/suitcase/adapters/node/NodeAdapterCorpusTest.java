package dev.suitcase.adapters.node;

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
 * The Node adapter ({@code adapters/node}: cose-js, @noble/curves, node:crypto) over the whole committed
 * corpus through the real process adapter, as {@code --adapter node}, {@code --adapter node-rfc8032} and
 * {@code --adapter node-crypto} run it. Tagged {@code interop}: it needs Node.js 20.19 or newer and, for
 * the first install, the npm registry, so it runs in the {@code interop} Maven profile that CI activates
 * ({@code mvn -Pinterop test}); an adapter that cannot install or start fails it.
 */
@Tag("interop")
class NodeAdapterCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("suitcase.root", "..")).toAbsolutePath().normalize();

    /** The first start may run npm ci; CI runs it before (adapters/node/test), so this is a margin. */
    private static final Duration FIRST_INSTALL = Duration.ofMinutes(5);

    /** The identity key written with y = p + 1 and the forgery R = identity, S = 0 (RFC 8032 §5.1.3 refuses the key). */
    private static final String NON_CANONICAL_IDENTITY = "signature.ed25519.non-canonical-a.identity-y-is-p-plus-1";

    @Test
    void answersEveryVectorItsStatementCoversAndTheThreeEd25519VerifiersDiffer() throws Exception {
        AdapterRegistry registry = AdapterRegistry.forRepository(ProcessSettings.defaults(ROOT).withStartTimeout(FIRST_INSTALL));
        SliceRun node = SliceRun.ofCorpus(registry, "node", 1000);
        SliceRun rfc8032 = SliceRun.ofCorpus(registry, "node-rfc8032", 400);
        SliceRun nodeCrypto = SliceRun.ofCorpus(registry, "node-crypto", 800);

        long cose = node.outcomes().keySet().stream().filter(id -> id.startsWith("cose.")).count();
        assertTrue(cose > 100, "the node adapter was sent " + cose + " COSE vectors");
        assertTrue(node.outcomes().keySet().stream().filter(id -> id.startsWith("cose.")).allMatch(id -> id.startsWith("cose.es256.")),
                "cose-js verifies ES256 only, the one algorithm the node adapter states at layer cose");
        for (SliceRun signatureOnly : List.of(rfc8032, nodeCrypto)) {
            assertTrue(signatureOnly.outcomes().keySet().stream().allMatch(id -> id.startsWith("signature.")),
                    "node-rfc8032 and node-crypto state the signature layer only");
        }
        // cose-js verifies an untagged COSE_Sign1 (the glue passes defaultType 18) and ignores crit
        assertEquals(AdapterOutcome.Kind.ACCEPT, node.outcomes().get("cose.es256.tag.untagged").kind());
        assertEquals(AdapterOutcome.Kind.ACCEPT, node.outcomes().get("cose.es256.crit.unknown-label").kind());
        // ZIP 215 accepts the non-canonical key, noble's RFC 8032 mode refuses it, OpenSSL accepts it
        assertEquals(AdapterOutcome.Kind.ACCEPT, node.outcomes().get(NON_CANONICAL_IDENTITY).kind());
        assertEquals(AdapterOutcome.Kind.REJECT, rfc8032.outcomes().get(NON_CANONICAL_IDENTITY).kind());
        assertEquals(AdapterOutcome.Kind.ACCEPT, nodeCrypto.outcomes().get(NON_CANONICAL_IDENTITY).kind());
    }
}

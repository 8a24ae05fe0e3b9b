package dev.suitcase.runner.interop;

import dev.suitcase.vectors.model.Bytes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationBlockTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("suitcase.root", "..")).resolve("docs/examples");

    private static Bytes example(String name) throws IOException {
        return Bytes.fromHex(Files.readString(EXAMPLES.resolve(name)).strip());
    }

    @Test
    void cutsTheCoseSign1AndItsDetachedDigestOutOfSpecExample0AsTheDocsShowThem() throws IOException {
        AuthenticationBlock block = AuthenticationBlock.of(example("example0-signed.hex"));

        assertEquals(example("example0-cose-sign1.hex"), block.coseSign1());
        assertEquals(example("example0-detached-payload.hex"), block.payload());
    }

    @Test
    void saysWhatIsMissingFromAnEnvelopeWithoutABlock() {
        assertMessage("d86ba0", "the envelope has no authentication wrapper byte string at key 2");
        assertMessage("d86b80", "the envelope is not a map but: array");
        assertMessage("ff", "the envelope is not acceptable CBOR");
        // {2: << [h'00'] >>}: a digest and no block
        assertMessage("a10243814100", "the authentication wrapper is not [bstr digest, bstr block, ...]");
    }

    private static void assertMessage(String envelope, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthenticationBlock.of(Bytes.fromHex(envelope)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}

package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The builder signs what RFC 9052 §4.4 says: its ToBeSigned bytes are checked against Sig_structures
 * published elsewhere, and against the rules for the empty protected bucket, detached payloads and
 * external AAD.
 */
class CoseSign1BuilderTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Bytes CONTENT = Bytes.of("This is the content.".getBytes(StandardCharsets.UTF_8));
    /** Stands in for a key: its "signature" is the first byte of what it signs, enough to tell messages apart. */
    private static final CoseSigner SIGNER = new CoseSigner(CosePublicKey.okpEd25519(new byte[32]),
            toBeSigned -> Bytes.of(new byte[] {toBeSigned[0]}));

    private static CborValue alg(long id) {
        return CborValue.map().put(1, id).build();
    }

    @Test
    void signsTheSigStructureOfTheCoseWgHssLmsExample() {
        // cose-wg/Examples hashsig/hsssig-sig-01.json: protected {1: -46}, payload "This is the content."
        byte[] expected = HEX.parseHex("846a5369676e61747572653144a101382d4054546869732069732074686520636f6e74656e742e");

        assertArrayEquals(expected, new CoseSign1Builder(SIGNER, alg(-46), CONTENT).toBeSigned());
    }

    @Test
    void signsTheSigStructureOfSuitExampleZeroWithItsDetachedDigest() {
        // draft-ietf-suit-manifest-37 Appendix B.1: protected {1: -7}, external_aad h'', payload the SUIT_Digest
        Bytes digest = Bytes.fromHex("822f58206658ea560262696dd1f13b782239a064da7c6c5cbaf52fded428a6fc83c7e5af");
        byte[] expected = HEX.parseHex("846a5369676e61747572653143a10126405824822f58206658ea560262696dd1f13b782239a064da7c6c"
                + "5cbaf52fded428a6fc83c7e5af");

        CoseSign1Builder builder = new CoseSign1Builder(SIGNER, alg(-7), digest).detached();

        assertArrayEquals(expected, builder.toBeSigned());
        assertEquals(Bytes.fromHex("f6"), builder.build().elements().get(CoseSign1Parts.PAYLOAD));
    }

    @Test
    void signsAnEmptyMapProtectedBucketAsAZeroLengthBodyProtected() {
        CoseSign1Builder builder = new CoseSign1Builder(SIGNER, alg(-7), CONTENT).protectedHeader(CborValue.map().build());

        assertEquals("846a5369676e6174757265314040", HEX.formatHex(builder.toBeSigned()).substring(0, 28));
        assertEquals(Bytes.fromHex("41a0"), builder.build().elements().get(CoseSign1Parts.PROTECTED));
    }

    @Test
    void signsProtectedBytesExactlyAsSent() {
        Bytes unsorted = Bytes.fromHex("a204423131" + "0126");
        CoseSign1Builder builder = new CoseSign1Builder(SIGNER, alg(-7), CONTENT).protectedBytes(unsorted);

        assertEquals("846a5369676e617475726531" + "47a2044231310126", HEX.formatHex(builder.toBeSigned()).substring(0, 40));
    }

    @Test
    void bindsTheExternalAadItIsGiven() {
        CoseSign1Builder builder = new CoseSign1Builder(SIGNER, alg(-7), CONTENT).signedWithAad(Bytes.fromHex("0102"));

        assertEquals("846a5369676e61747572653143a10126420102", HEX.formatHex(builder.toBeSigned()).substring(0, 38));
    }

    @Test
    void buildsATaggedFourElementArrayWithTheSignerSignature() {
        CoseSign1Parts parts = new CoseSign1Builder(SIGNER, alg(-7), CONTENT).build();

        assertEquals("d28443a10126a054546869732069732074686520636f6e74656e742e4184", parts.encode().hex());
    }
}

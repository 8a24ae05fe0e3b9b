package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The published HSS-LMS vectors (RFC 8554 Appendix F, RFC 9858 Appendix A, the COSE-WG example)
 * verify, and one-bit changes to message, signature or key do not.
 */
class HssKnownAnswerTest {

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void acceptsPublishedVector(String resource) {
        HssVector vector = HssVector.load(resource);
        Outcome outcome = HssOutcomes.verify(vector.publicKey(), vector.message(), vector.signature());
        assertTrue(outcome.accepted(), outcome.toString());
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsPublishedVectorWithOneMessageBitFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] message = vector.message().clone();
        message[message.length / 2] ^= 0x10;
        assertInvalid(HssOutcomes.verify(vector.publicKey(), message, vector.signature()));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsPublishedVectorWithOneBitOfTheLastPathNodeFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] signature = vector.signature().clone();
        signature[signature.length - 1] ^= 0x01;
        assertInvalid(HssOutcomes.verify(vector.publicKey(), vector.message(), signature));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsPublishedVectorWithOneBitOfTopLevelCFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] signature = vector.signature().clone();
        // Nspk, q, LM-OTS type: C of the top-level LM-OTS signature starts at offset 12.
        signature[12] ^= (byte) 0x80;
        assertInvalid(HssOutcomes.verify(vector.publicKey(), vector.message(), signature));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsPublishedVectorUnderAKeyWithOneRootBitFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] key = vector.publicKey().clone();
        key[key.length - 1] ^= 0x04;
        assertInvalid(HssOutcomes.verify(key, vector.message(), vector.signature()));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsPublishedVectorUnderAKeyWithOneIdentifierBitFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] key = vector.publicKey().clone();
        // u32str(L) || u32str(type) || u32str(otstype) || I: I starts at offset 12.
        key[12] ^= 0x01;
        assertInvalid(HssOutcomes.verify(key, vector.message(), vector.signature()));
    }

    @Test
    void coseExampleSignsItsToBeSignedBytes() {
        HssVector vector = HssVector.load("cose-wg-hsssig-sig-01.txt");
        // ["Signature1", h'A101382D' ({1: -46}), h'', 'This is the content.'] from the example's intermediates
        assertEquals("846A5369676E61747572653144A101382D4054546869732069732074686520636F6E74656E742E",
                HexFormat.of().withUpperCase().formatHex(vector.message()));
        HssPublicKey key = vector.key();
        assertEquals(1, key.levels());
        assertEquals(LmsType.LMS_SHA256_M32_H10, key.lmsType());
        assertEquals(LmOtsType.LMOTS_SHA256_N32_W4, key.lmOtsType());
    }

    @Test
    void coseExampleRejectsToBeSignedWithOneBitChanged() {
        HssVector vector = HssVector.load("cose-wg-hsssig-sig-01.txt");
        byte[] toBeSigned = vector.message().clone();
        toBeSigned[toBeSigned.length - 1] ^= 0x01;
        assertInvalid(HssOutcomes.verify(vector.publicKey(), toBeSigned, vector.signature()));
    }

    @Test
    void coseExampleRejectsToBeSignedWithOneByteAppended() {
        HssVector vector = HssVector.load("cose-wg-hsssig-sig-01.txt");
        byte[] toBeSigned = Arrays.copyOf(vector.message(), vector.message().length + 1);
        assertInvalid(HssOutcomes.verify(vector.publicKey(), toBeSigned, vector.signature()));
    }

    @Test
    void testCase1HasTheLeafIndicesAndTreesOfRfc8554AppendixF() {
        HssVector vector = HssVector.load("rfc8554-test-case-1.txt");
        HssSignature signature = HssSignature.parse(vector.signature(), vector.key());
        assertEquals(2, signature.levelCount());
        assertEquals(5, signature.leafIndex(0));
        assertEquals(10, signature.leafIndex(1));
        LmsTreeParameters h5w8 = new LmsTreeParameters(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W8);
        assertEquals(h5w8, signature.tree(0));
        assertEquals(h5w8, signature.tree(1));
    }

    @Test
    void testCase2UsesADifferentParameterSetAtEachLevel() {
        HssVector vector = HssVector.load("rfc8554-test-case-2.txt");
        HssSignature signature = HssSignature.parse(vector.signature(), vector.key());
        assertEquals(new LmsTreeParameters(LmsType.LMS_SHA256_M32_H10, LmOtsType.LMOTS_SHA256_N32_W4),
                signature.tree(0));
        assertEquals(new LmsTreeParameters(LmsType.LMS_SHA256_M32_H5, LmOtsType.LMOTS_SHA256_N32_W8),
                signature.tree(1));
        // RFC 8554 Appendix F, Test Case 2 lists q = 00000003 (top) and q = 00000004 (bottom)
        assertEquals("q = 3, 4", signature.describeLeafIndices());
    }

    @Test
    void invalidDetailNamesTheLeafIndices() {
        HssVector vector = HssVector.load("rfc8554-test-case-1.txt");
        byte[] message = vector.message().clone();
        message[0] ^= 1;
        Outcome outcome = HssOutcomes.verify(vector.publicKey(), message, vector.signature());
        assertTrue(outcome.detail().startsWith("HSS signature is well formed (L = 2, q = 5, 10) but does not verify"),
                outcome.detail());
    }

    private static void assertInvalid(Outcome outcome) {
        assertEquals(Reason.SIGNATURE_INVALID, outcome.reason().orElse(null), outcome.toString());
    }
}

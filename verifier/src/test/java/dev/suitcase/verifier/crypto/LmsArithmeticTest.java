package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;

/**
 * The verifier's own HSS arithmetic, which verifies only what BouncyCastle refuses (a leaf index a
 * knocked-out range check let through), computes what BouncyCastle computes: the published vectors
 * (RFC 8554, RFC 9858 with its SHA-256/192 and SHAKE256 sets, the COSE-WG example) verify, and one
 * changed bit of message, path or root does not.
 */
class LmsArithmeticTest {

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void verifiesThePublishedVectors(String resource) {
        HssVector vector = HssVector.load(resource);
        assertTrue(verifies(vector.publicKey(), vector.message(), vector.signature()));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsThePublishedVectorsWithOneMessageBitFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] message = vector.message().clone();
        message[message.length / 2] ^= 0x10;
        assertFalse(verifies(vector.publicKey(), message, vector.signature()));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsThePublishedVectorsWithOneBitOfTheLastPathNodeFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] signature = vector.signature().clone();
        signature[signature.length - 1] ^= 0x01;
        assertFalse(verifies(vector.publicKey(), vector.message(), signature));
    }

    @ParameterizedTest
    @MethodSource("dev.suitcase.verifier.crypto.HssVector#published")
    void rejectsThePublishedVectorsUnderAKeyWithOneRootBitFlipped(String resource) {
        HssVector vector = HssVector.load(resource);
        byte[] key = vector.publicKey().clone();
        key[key.length - 1] ^= 0x04;
        assertFalse(verifies(key, vector.message(), vector.signature()));
    }

    private static boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
        HssPublicKey key = HssPublicKey.fromEncoded(publicKey);
        HssSignature structure = HssSignature.parse(signature, key);
        byte[] topTree = Arrays.copyOfRange(publicKey, 4, 4 + key.lmsType().publicKeyLength());
        return LmsArithmetic.hssVerifies(topTree, structure, structure.forLibrary(), message, 0, message.length);
    }
}

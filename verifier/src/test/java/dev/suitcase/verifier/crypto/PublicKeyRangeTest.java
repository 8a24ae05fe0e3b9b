package dev.suitcase.verifier.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reference verifier hands each primitive the Sig_structure as a range of a reused, larger array
 * ({@link PublicKey#verify(byte[], int, int, byte[], VerifierOptions)}). For every key family, a valid
 * signature verifies over exactly its range, whatever lies around it, and over no range one byte off.
 */
class PublicKeyRangeTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final VerifierOptions DEFAULT = VerifierOptions.DEFAULT;

    /** A key, a message and its valid signature. */
    private record Signed(String family, PublicKey key, byte[] message, byte[] signature) {
    }

    private static List<Signed> signed() {
        HssVector hss = HssVector.load("rfc8554-test-case-2.txt");
        return List.of(
                // RFC 6979 A.2.5, P-256 with SHA-256, message "sample"
                new Signed("P-256", P256PublicKey.fromCoordinates(
                        HEX.parseHex("60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"),
                        HEX.parseHex("7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299")),
                        "sample".getBytes(StandardCharsets.US_ASCII), HEX.parseHex(
                        "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
                                + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8")),
                // RFC 8032 §7.1 TEST 2
                new Signed("Ed25519", Ed25519PublicKey.fromEncoded(
                        HEX.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")),
                        HEX.parseHex("72"), HEX.parseHex(
                        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")),
                new Signed("HSS-LMS", HssPublicKey.fromEncoded(hss.publicKey()), hss.message(), hss.signature()));
    }

    @Test
    void verifiesTheGivenRangeWhateverSurroundsIt() {
        for (Signed signed : signed()) {
            byte[] surrounded = surrounded(signed.message(), 7, 13);
            assertDoesNotThrow(() -> signed.key().verify(surrounded, 7, signed.message().length, signed.signature(),
                    DEFAULT), signed.family());
        }
    }

    @Test
    void verifiesNoRangeOneByteOff() {
        for (Signed signed : signed()) {
            byte[] surrounded = surrounded(signed.message(), 7, 13);
            int length = signed.message().length;
            for (int[] range : new int[][] {{6, length}, {8, length}, {7, length - 1}, {7, length + 1}}) {
                Rejection rejection = assertThrows(Rejection.class, () -> signed.key().verify(surrounded, range[0],
                        range[1], signed.signature(), DEFAULT), signed.family() + " " + Arrays.toString(range));
                assertEquals(Reason.SIGNATURE_INVALID, rejection.reason(), signed.family() + " " + rejection.detail());
            }
        }
    }

    @Test
    void refusesARangeOutsideTheArray() {
        for (Signed signed : signed()) {
            byte[] message = signed.message();
            assertThrows(IndexOutOfBoundsException.class, () -> signed.key().verify(message, 1, message.length,
                    signed.signature(), DEFAULT), signed.family());
        }
    }

    /** {@code message} with {@code before} and {@code after} bytes of 0xa5 around it. */
    private static byte[] surrounded(byte[] message, int before, int after) {
        byte[] out = new byte[before + message.length + after];
        Arrays.fill(out, (byte) 0xa5);
        System.arraycopy(message, 0, out, before, message.length);
        return out;
    }
}

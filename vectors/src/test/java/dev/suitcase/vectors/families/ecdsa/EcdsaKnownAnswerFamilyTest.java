package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The transcribed RFC 6979 A.2.5 answers are what RFC 6979 signing with the RFC's key produces. */
class EcdsaKnownAnswerFamilyTest {
    private static Digest digest(String hash) {
        return switch (hash) {
            case "SHA-1" -> new SHA1Digest();
            case "SHA-224" -> new SHA224Digest();
            case "SHA-256" -> new SHA256Digest();
            case "SHA-384" -> new SHA384Digest();
            case "SHA-512" -> new SHA512Digest();
            default -> throw new IllegalArgumentException(hash);
        };
    }

    @Test
    void theTranscribedPublicKeyIsTheRfcKeysPublicKey() {
        EcdsaP256TestKey key = EcdsaP256TestKey.RFC6979_A_2_5;

        assertArrayEquals(key.x(), EcdsaKnownAnswerFamily.UX);
        assertArrayEquals(key.y(), EcdsaKnownAnswerFamily.UY);
    }

    @Test
    void everyTranscribedSignatureIsTheDeterministicSignatureOfItsMessage() {
        assertEquals(10, EcdsaKnownAnswerFamily.ANSWERS.size());
        for (EcdsaKnownAnswerFamily.KnownAnswer answer : EcdsaKnownAnswerFamily.ANSWERS) {
            byte[] digest = EcdsaP256.digest(answer.hash(), answer.message().getBytes(StandardCharsets.US_ASCII));
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(digest(answer.hash())));
            signer.init(true, EcdsaP256TestKey.RFC6979_A_2_5.privateKey());
            BigInteger[] rs = signer.generateSignature(digest);

            assertEquals(new EcdsaRs(rs[0], rs[1]), EcdsaRs.decode(answer.signature()), answer.token());
        }
    }
}

package dev.suitcase.vectors.suit;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestSignerTest {
    private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("P-256").getN();
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);

    private static Bytes message(int i) {
        return Bytes.of(("manifest " + i).getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean verifies(ManifestSigner signer, Bytes message, Bytes signature) {
        return VERIFIER.verifySignature(signer.algorithm(), signer.coseKey().toByteArray(), message.toByteArray(),
                signature.toByteArray()).accepted();
    }

    @Test
    void ecdsaSignaturesAreLowSAndVerify() {
        ManifestSigner signer = ManifestSigner.ecdsa(Algorithm.ESP256, EcdsaP256TestKey.derive("manifest signer test"));
        for (int i = 0; i < 16; i++) {
            Bytes signature = signer.sign(message(i));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature.toByteArray(), 32, 64));

            assertTrue(s.compareTo(P256_ORDER.shiftRight(1)) <= 0, "s above n/2 for message " + i);
            assertTrue(verifies(signer, message(i), signature), "message " + i);
        }
    }

    @Test
    void signingTheSameMessageAgainSpendsNoOneTimeKey() {
        LMSParameters fastTree = new LMSParameters(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w1);
        ManifestSigner signer = ManifestSigner.hssLms(HssLmsTestKey.generate("manifest signer test", List.of(fastTree)));

        Bytes first = signer.sign(message(1));
        Bytes again = signer.sign(message(1));
        Bytes second = signer.sign(message(2));

        assertEquals(first, again);
        // the leaf index q follows Nspk (4 bytes): 0 for the first message, 1 for the second
        assertEquals(0, Arrays.copyOfRange(first.toByteArray(), 4, 8)[3]);
        assertEquals(1, Arrays.copyOfRange(second.toByteArray(), 4, 8)[3]);
        assertTrue(verifies(signer, message(2), second));
    }

    @Test
    void aCorruptedSignatureStaysWellFormedButFails() {
        List<ManifestSigner> signers = List.of(
                ManifestSigner.ecdsa(Algorithm.ES256, EcdsaP256TestKey.derive("manifest signer test")),
                ManifestSigner.ed25519(Ed25519TestKey.derive("manifest signer test")));
        for (ManifestSigner signer : signers) {
            Bytes signature = signer.sign(message(1));
            Bytes corrupted = signer.corrupt(signature);

            assertNotEquals(signature, corrupted);
            assertEquals(signature.length(), corrupted.length());
            Outcome outcome = VERIFIER.verifySignature(signer.algorithm(), signer.coseKey().toByteArray(),
                    message(1).toByteArray(), corrupted.toByteArray());
            assertEquals(Optional.of(Reason.SIGNATURE_INVALID), outcome.reason(), signer.algorithm().toString());
        }
    }
}

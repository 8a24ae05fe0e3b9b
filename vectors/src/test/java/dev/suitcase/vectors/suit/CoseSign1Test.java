package dev.suitcase.vectors.suit;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.VerifierOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseSign1Test {
    private static final ReferenceVerifier VERIFIER = new ReferenceVerifier(VerifierOptions.DEFAULT);
    private static final Bytes DIGEST = SuitDigest.sha256(Bytes.fromHex("a10101")).encode();

    @Test
    void aLabelledBlockNamesTheGivenAlgorithmAndCarriesTheSignersOwnSignature() {
        ManifestSigner signer = ManifestSigner.ed25519(Ed25519TestKey.derive("cose sign1 test"));
        CoseSign1 block = CoseSign1.labelled(Algorithm.ESP256.coseId(), signer, DIGEST);

        assertEquals(Bytes.fromHex("a10128"), block.protectedHeader()); // {1: -9}
        Outcome underItsOwnAlgorithm = VERIFIER.verifySignature(Algorithm.ED25519, signer.coseKey().toByteArray(),
                CoseSign1.toBeSigned(block.protectedHeader(), DIGEST).toByteArray(), block.signature().toByteArray());
        assertTrue(underItsOwnAlgorithm.accepted(), underItsOwnAlgorithm::toString);
    }

    @Test
    void aStrictVerifierRefusesALabelledBlockForTheKeyType() {
        ManifestSigner signer = ManifestSigner.ed25519(Ed25519TestKey.derive("cose sign1 test"));
        CoseSign1 block = CoseSign1.labelled(Algorithm.ESP256.coseId(), signer, DIGEST);

        Outcome outcome = VERIFIER.verifyCose(block.encode().toByteArray(), Optional.of(DIGEST.toByteArray()), new byte[0],
                List.of(signer.coseKey().toByteArray()), Optional.empty());
        assertEquals(Optional.of(Reason.ALGORITHM_KEY_MISMATCH), outcome.reason(), outcome::toString);
    }
}

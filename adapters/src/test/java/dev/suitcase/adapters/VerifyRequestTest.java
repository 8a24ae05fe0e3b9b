package dev.suitcase.adapters;

import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.CoseInput;
import dev.suitcase.vectors.model.KeyEntry;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.ByteRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyRequestTest {
    private static final SignatureInput SIGNATURE = new SignatureInput(-7, Bytes.fromHex("0102"), Bytes.fromHex("03"),
            Bytes.fromHex("a0"));

    @Test
    void sendsOnlyTheTrustedKeys() {
        CoseInput input = new CoseInput(Bytes.fromHex("d2"), Optional.of(Bytes.fromHex("0102")), Optional.empty(),
                List.of(new KeyEntry(Bytes.fromHex("a1"), false), KeyEntry.trusted(Bytes.fromHex("a2"))));
        VerifyRequest request = new VerifyRequest("cose.es256.keys.mixed", input, Optional.empty());
        assertEquals(List.of(Bytes.fromHex("a2")), request.trustedKeys());
        assertEquals(3, VerifyRequest.messageBytes(input), "the COSE_Sign1 and its detached payload");
    }

    @Test
    void givesTheSignatureLayerItsOneKey() {
        VerifyRequest request = new VerifyRequest("signature.es256.x.y", SIGNATURE, Optional.empty());
        assertEquals(List.of(Bytes.fromHex("a0")), request.trustedKeys());
        assertEquals(2, VerifyRequest.messageBytes(SIGNATURE));
    }

    @Test
    void allowsAnAlgorithmRestrictionOnlyOnCoseRequests() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new VerifyRequest("signature.es256.x.y", SIGNATURE, Optional.of(Algorithm.ES256)));
        assertTrue(error.getMessage().contains("only a COSE request"), error.getMessage());
    }

    @Test
    void carriesTheAlgorithmTheCoseInputAllows() {
        CoseInput input = new CoseInput(Bytes.fromHex("d2"), Optional.empty(), Optional.empty(), List.of())
                .allowingOnly(Algorithm.ED25519);
        assertEquals(Optional.of(Algorithm.ED25519),
                new VerifyRequest("cose.eddsa.allowed.sibling-only", input, Optional.empty()).allowedAlgorithm());
        assertEquals(Optional.of(Algorithm.ED25519),
                new VerifyRequest("cose.eddsa.allowed.sibling-only", input, Optional.of(Algorithm.ED25519)).allowedAlgorithm());
    }

    @Test
    void refusesACallerRestrictionThatContradictsTheInputs() {
        CoseInput input = new CoseInput(Bytes.fromHex("d2"), Optional.empty(), Optional.empty(), List.of())
                .allowingOnly(Algorithm.ED25519);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new VerifyRequest("cose.eddsa.allowed.sibling-only", input, Optional.of(Algorithm.EDDSA)));
        assertTrue(error.getMessage().contains("allows only EdDSA") && error.getMessage().contains("allows only Ed25519"),
                error.getMessage());
    }

    @Test
    void refusesAnIdThatWouldBreakALine() {
        assertThrows(IllegalArgumentException.class, () -> new VerifyRequest("a\nb", SIGNATURE, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new VerifyRequest(" ", SIGNATURE, Optional.empty()));
    }

    @Test
    void givesAReasonAndAByteRangeOnlyToARejection() {
        assertThrows(IllegalArgumentException.class, () -> new AdapterOutcome(AdapterOutcome.Kind.CRASH,
                Optional.of(dev.suitcase.verifier.Reason.BAD_KEY), "", Optional.empty(), "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new AdapterOutcome(AdapterOutcome.Kind.ACCEPT,
                Optional.empty(), "", Optional.of(new ByteRange(0, 1)), "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SignOutcome(SignOutcome.Kind.CRASH,
                Optional.of(Bytes.fromHex("00")), "", "", Optional.empty()));
    }
}

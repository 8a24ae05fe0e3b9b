package dev.suitcase.adapters.primitive;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.adapters.TestKeys;
import dev.suitcase.adapters.TestVectors;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.ReferenceVerifier;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.SigStructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CoseSign1Parts repeats the envelope checks the verifier's CoseSign1Verifier keeps private; these
 * tests hold the two to the same reasons, so the primitive adapters differ from the reference only
 * in the primitive.
 */
class CoseSign1PartsTest {
    private static final byte[] PROTECTED = CBORObject.NewOrderedMap().Add(1, -7).EncodeToBytes();

    @Test
    void buildsTheByteExactToBeSignedOfADetachedMessage() {
        byte[] aad = {9};
        Bytes message = TestKeys.coseSign1(Algorithm.ES256, TestVectors.MESSAGE, true, aad);
        CoseSign1Parts parts = CoseSign1Parts.parse(message.toByteArray(), Optional.of(TestVectors.MESSAGE), aad, Optional.empty());
        assertEquals(Algorithm.ES256, parts.algorithm());
        assertArrayEquals(SigStructure.signature1(Span.of(PROTECTED), Span.of(aad), Span.of(TestVectors.MESSAGE)), parts.toBeSigned());
    }

    @Test
    void rejectsWhatTheReferenceRejectsBeforeTheSignatureWithTheSameReason() {
        byte[] attached = TestKeys.coseSign1(PROTECTED, new byte[] {1}, new byte[64]).toByteArray();
        byte[] detached = TestKeys.coseSign1(PROTECTED, null, new byte[64]).toByteArray();
        List<Case> cases = List.of(
                new Case(CBORObject.FromObjectAndTag(CBORObject.NewArray().Add(PROTECTED).Add(CBORObject.NewMap())
                        .Add(CBORObject.Null).Add(new byte[0]), 19).EncodeToBytes(), Optional.empty(), Optional.empty()),
                new Case(CBORObject.NewArray().Add(PROTECTED).Add(CBORObject.NewMap()).Add(new byte[0]).EncodeToBytes(),
                        Optional.empty(), Optional.empty()),
                new Case(detached, Optional.empty(), Optional.empty()),
                new Case(attached, Optional.of(new byte[] {1}), Optional.empty()),
                new Case(attached, Optional.empty(), Optional.of(Algorithm.ESP256)),
                new Case(TestKeys.coseSign1(CBORObject.NewOrderedMap().Add(1, -50).EncodeToBytes(), new byte[] {1},
                        new byte[64]).toByteArray(), Optional.empty(), Optional.empty()),
                new Case(new byte[] {(byte) 0xd2, (byte) 0x84}, Optional.empty(), Optional.empty()));
        ReferenceVerifier reference = new ReferenceVerifier(VerifierOptions.DEFAULT);
        for (Case c : cases) {
            Outcome expected = reference.verifyCose(c.message(), c.detached(), new byte[0],
                    List.of(TestKeys.coseKeyP256().toByteArray()), c.allowed());
            Rejection actual = assertThrows(Rejection.class,
                    () -> CoseSign1Parts.parse(c.message(), c.detached(), new byte[0], c.allowed()));
            assertEquals(expected.reason().orElseThrow(), actual.reason(), expected.detail());
            assertEquals(expected.detail(), actual.detail());
        }
    }

    @Test
    void leavesKeyMaterialUncheckedForTheLibrary() {
        RawCoseKey identity = RawCoseKey.parse(TestKeys.okp(new byte[31]).toByteArray());
        assertEquals(31, ((RawCoseKey.Ed25519) identity).x().length);
        Rejection noCurve = assertThrows(Rejection.class, () -> RawCoseKey.parse(
                CBORObject.NewOrderedMap().Add(1, 2).Add(-2, new byte[32]).EncodeToBytes()));
        assertEquals(Reason.BAD_KEY, noCurve.reason());
        Rejection p384 = assertThrows(Rejection.class, () -> RawCoseKey.parse(
                CBORObject.NewOrderedMap().Add(1, 2).Add(-1, 2).EncodeToBytes()));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, p384.reason());
    }

    private record Case(byte[] message, Optional<byte[]> detached, Optional<Algorithm> allowed) {
    }
}

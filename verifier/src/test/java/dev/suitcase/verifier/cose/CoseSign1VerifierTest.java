package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.suitcase.verifier.cose.CoseFixtures.ED25519_SEED;
import static dev.suitcase.verifier.cose.CoseFixtures.P256_D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoseSign1VerifierTest {
    private static final byte[] PAYLOAD = "firmware manifest digest".getBytes(StandardCharsets.US_ASCII);
    private static final CoseKey EC2 = CoseKey.parse(CoseFixtures.ec2Key(P256_D, null));
    private static final CoseKey OKP = CoseKey.parse(CoseFixtures.okpKey(ED25519_SEED, null));

    /** Builds a COSE_Sign1, signing it unless a signature is forced. Every field can be made wrong. */
    private static final class Message {
        CBORObject protectedMap = CBORObject.NewOrderedMap().Add(1, -7);
        byte[] protectedRaw;
        CBORObject unprotected = CBORObject.NewOrderedMap();
        byte[] payload = PAYLOAD;
        boolean detached;
        byte[] aad = new byte[0];
        Integer tag = 18;
        UnaryOperator<byte[]> signer = tbs -> CoseFixtures.signEs256(P256_D, tbs);
        byte[] signature;

        static Message es256() {
            return new Message();
        }

        static Message withAlg(int alg) {
            Message message = new Message();
            message.protectedMap = CBORObject.NewOrderedMap().Add(1, alg);
            if (alg == -8 || alg == -19) {
                message.signer = tbs -> CoseFixtures.signEd25519(ED25519_SEED, tbs);
            }
            return message;
        }

        byte[] protectedBytes() {
            return protectedRaw != null ? protectedRaw : protectedMap.EncodeToBytes();
        }

        byte[] toBeSigned() {
            byte[] body = protectedBytes();
            boolean emptyMap = body.length == 1 && body[0] == (byte) 0xa0;
            return CoseFixtures.toBeSigned(emptyMap ? new byte[0] : body, aad, payload);
        }

        CBORObject array() {
            byte[] sig = signature != null ? signature : signer.apply(toBeSigned());
            return CBORObject.NewArray()
                    .Add(CBORObject.FromObject(protectedBytes()))
                    .Add(unprotected)
                    .Add(detached ? CBORObject.Null : CBORObject.FromObject(payload))
                    .Add(CBORObject.FromObject(sig));
        }

        byte[] encode() {
            CBORObject array = array();
            return (tag == null ? array : CBORObject.FromObjectAndTag(array, tag)).EncodeToBytes();
        }
    }

    private static Algorithm verify(Message message, List<CoseKey> keys) {
        return new CoseSign1Verifier(VerifierOptions.DEFAULT).verify(CborDecoder.decode(message.encode()), false,
                message.detached ? Optional.of(Span.of(message.payload)) : Optional.empty(), Span.of(message.aad), keys);
    }

    private static Algorithm verify(Message message) {
        return verify(message, List.of(EC2, OKP));
    }

    private static Rejection rejected(Message message) {
        return assertThrows(Rejection.class, () -> verify(message));
    }

    private static void assertRejected(Reason expected, Message message) {
        Rejection rejection = rejected(message);
        assertEquals(expected, rejection.reason(), rejection.detail());
    }

    @Test
    void acceptsTaggedEs256WithAttachedPayload() {
        assertEquals(Algorithm.ES256, verify(Message.es256()));
    }

    @Test
    void acceptsEachSupportedAlgorithmWithAFittingKey() {
        assertEquals(Algorithm.ESP256, verify(Message.withAlg(-9)));
        assertEquals(Algorithm.EDDSA, verify(Message.withAlg(-8)));
        assertEquals(Algorithm.ED25519, verify(Message.withAlg(-19)));
    }

    @Test
    void acceptsUntaggedMessageWhereTheTagIsOptional() {
        Message message = Message.es256();
        message.tag = null;
        assertEquals(Algorithm.ES256, verify(message));
    }

    @Test
    void rejectsUntaggedMessageWhereTheTagIsRequired() {
        Message message = Message.es256();
        message.tag = null;
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(message.encode()), true, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 97, 98, 998})
    void rejectsOtherTags(int tag) {
        Message message = Message.es256();
        message.tag = tag;
        assertRejected(Reason.BAD_STRUCTURE, message);
    }

    @Test
    void rejectsADoubleTag() {
        byte[] doubled = CBORObject.FromObjectAndTag(CBORObject.FromObjectAndTag(Message.es256().array(), 18), 18)
                .EncodeToBytes();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(doubled), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5})
    void rejectsWrongArity(int arity) {
        CBORObject array = Message.es256().array();
        CBORObject changed = CBORObject.NewArray();
        for (int i = 0; i < arity; i++) {
            changed.Add(i < 4 ? array.get(i) : CBORObject.Null);
        }
        byte[] encoded = CBORObject.FromObjectAndTag(changed, 18).EncodeToBytes();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(encoded), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @Test
    void rejectsAProtectedBucketThatIsAMapInsteadOfAByteString() {
        CBORObject array = Message.es256().array();
        array.set(0, CBORObject.NewMap().Add(1, -7));
        byte[] encoded = array.EncodeToBytes();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(encoded), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @Test
    void rejectsAProtectedBucketWrappingSomethingOtherThanAMap() {
        Message message = Message.es256();
        message.protectedRaw = CBORObject.NewArray().Add(1).Add(-7).EncodeToBytes();
        assertRejected(Reason.BAD_STRUCTURE, message);
    }

    @Test
    void rejectsTrailingBytesInsideTheProtectedBucket() {
        Message message = Message.es256();
        message.protectedRaw = new byte[] {(byte) 0xa1, 0x01, 0x26, 0x00};
        assertRejected(Reason.MALFORMED_CBOR, message);
    }

    @Test
    void rejectsADuplicateLabelInsideTheProtectedBucket() {
        Message message = Message.es256();
        message.protectedRaw = new byte[] {(byte) 0xa2, 0x01, 0x26, 0x01, 0x26};
        assertRejected(Reason.DUPLICATE_KEY, message);
    }

    @Test
    void rejectsAnUnprotectedBucketThatIsNotAMap() {
        CBORObject array = Message.es256().array();
        array.set(1, CBORObject.FromObject(new byte[0]));
        byte[] encoded = array.EncodeToBytes();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(encoded), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @Test
    void rejectsAMissingAlg() {
        Message message = Message.es256();
        message.protectedMap = CBORObject.NewOrderedMap().Add(4, new byte[] {1});
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsAnAlgThatIsOnlyUnprotected() {
        Message message = Message.es256();
        message.protectedRaw = new byte[0];
        message.unprotected = CBORObject.NewOrderedMap().Add(1, -7);
        Rejection rejection = rejected(message);
        assertEquals(Reason.HEADER_INVALID, rejection.reason());
        assertTrue(rejection.detail().contains("unprotected"), rejection.detail());
    }

    @Test
    void rejectsAnAlgThatIsOnlyUnprotectedBehindAnEmptyProtectedMap() {
        Message message = Message.es256();
        message.protectedRaw = new byte[] {(byte) 0xa0};
        message.unprotected = CBORObject.NewOrderedMap().Add(1, -7);
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void treatsAnEmptyProtectedMapAsNoProtectedAttributes() {
        // RFC 9052 §4.4: h'a0' and h'' are both "no protected attributes"; body_protected is then h''.
        CoseHeaders emptyMap = CoseHeaders.parse(CborDecoder.decode(new byte[] {0x41, (byte) 0xa0}),
                CborDecoder.decode(new byte[] {(byte) 0xa1, 0x01, 0x26}));
        assertEquals(0, emptyMap.bodyProtected().length());
        CoseHeaders emptyBytes = CoseHeaders.parse(CborDecoder.decode(new byte[] {0x40}),
                CborDecoder.decode(new byte[] {(byte) 0xa0}));
        assertEquals(0, emptyBytes.bodyProtected().length());
    }

    @Test
    void rejectsALabelInBothBuckets() {
        Message message = Message.es256();
        message.unprotected = CBORObject.NewOrderedMap().Add(1, -7);
        assertRejected(Reason.HEADER_INVALID, message);
        Message kid = Message.es256();
        kid.protectedMap.Add(4, new byte[] {1});
        kid.unprotected = CBORObject.NewOrderedMap().Add(4, new byte[] {2});
        assertRejected(Reason.HEADER_INVALID, kid);
    }

    @Test
    void rejectsAnAlgGivenAsText() {
        Message message = Message.es256();
        message.protectedMap = CBORObject.NewOrderedMap().Add(1, "ES256");
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, message);
    }

    @Test
    void rejectsMinus50AsMlDsa87NotEd25519() {
        Message message = Message.withAlg(-50);
        message.signer = tbs -> CoseFixtures.signEd25519(ED25519_SEED, tbs);
        Rejection rejection = rejected(message);
        assertEquals(Reason.UNSUPPORTED_ALGORITHM, rejection.reason());
        assertTrue(rejection.detail().contains("ML-DSA-87"), rejection.detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {-35, -36, -37, -47, -48, -49, -51, 5, 0})
    void rejectsUnsupportedAlgorithmIds(int alg) {
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, Message.withAlg(alg));
    }

    @Test
    void rejectsAnAlgOfTheWrongType() {
        Message message = Message.es256();
        message.protectedMap = CBORObject.NewOrderedMap().Add(1, new byte[] {(byte) 0xf9});
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsCritInTheUnprotectedBucket() {
        Message message = Message.es256();
        message.unprotected = CBORObject.NewOrderedMap().Add(2, CBORObject.NewArray().Add(1));
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsAnEmptyCrit() {
        Message message = Message.es256();
        message.protectedMap.Add(2, CBORObject.NewArray());
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsCritListingALabelThatIsNotProtected() {
        Message message = Message.es256();
        message.protectedMap.Add(2, CBORObject.NewArray().Add(3));
        message.unprotected = CBORObject.NewOrderedMap().Add(3, 0);
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsCritListingAnUnderstoodLabelTwice() {
        Message message = Message.es256();
        message.protectedMap.Add(3, 0).Add(2, CBORObject.NewArray().Add(3).Add(3));
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsCritListingAPresentLabelThatIsNotUnderstood() {
        Message message = Message.es256();
        message.protectedMap.Add(-70000, 1).Add(2, CBORObject.NewArray().Add(-70000));
        Rejection rejection = rejected(message);
        assertEquals(Reason.HEADER_INVALID, rejection.reason());
        assertTrue(rejection.detail().contains("-70000"), rejection.detail());
    }

    @Test
    void acceptsCritListingAnUnderstoodPresentLabel() {
        Message message = Message.es256();
        message.protectedMap.Add(3, 0).Add(2, CBORObject.NewArray().Add(3));
        assertEquals(Algorithm.ES256, verify(message));
    }

    @Test
    void acceptsAnUnknownNonCriticalHeaderParameter() {
        Message message = Message.es256();
        message.protectedMap.Add(-70000, 1);
        message.unprotected = CBORObject.NewOrderedMap().Add("note", "ignored");
        assertEquals(Algorithm.ES256, verify(message));
    }

    @Test
    void rejectsBothIvAndPartialIv() {
        Message message = Message.es256();
        message.unprotected = CBORObject.NewOrderedMap().Add(5, new byte[16]).Add(6, new byte[] {1});
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsIvAndPartialIvSplitAcrossTheBuckets() {
        Message message = Message.es256();
        message.protectedMap.Add(5, new byte[16]);
        message.unprotected = CBORObject.NewOrderedMap().Add(6, new byte[] {1});
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void rejectsAKidThatIsNotAByteString() {
        Message message = Message.es256();
        message.unprotected = CBORObject.NewOrderedMap().Add(4, "key-1");
        assertRejected(Reason.HEADER_INVALID, message);
    }

    @Test
    void acceptsADetachedPayloadSuppliedByTheCaller() {
        Message message = Message.es256();
        message.detached = true;
        assertEquals(Algorithm.ES256, verify(message));
    }

    @Test
    void rejectsANilPayloadWithoutADetachedPayload() {
        Message message = Message.es256();
        message.detached = true;
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(message.encode()), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @Test
    void rejectsAnAttachedPayloadTogetherWithADetachedOne() {
        Message message = Message.es256();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(message.encode()), false, Optional.of(Span.of(PAYLOAD)),
                        Span.of(new byte[0]), List.of(EC2)));
        assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
    }

    @Test
    void rejectsAPayloadOrSignatureOfTheWrongType() {
        CBORObject payloadInt = Message.es256().array();
        payloadInt.set(2, CBORObject.FromObject(7));
        CBORObject signatureText = Message.es256().array();
        signatureText.set(3, CBORObject.FromObject("sig"));
        for (CBORObject array : List.of(payloadInt, signatureText)) {
            byte[] encoded = array.EncodeToBytes();
            Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                    .verify(CborDecoder.decode(encoded), false, Optional.empty(), Span.of(new byte[0]), List.of(EC2)));
            assertEquals(Reason.BAD_STRUCTURE, rejection.reason());
        }
    }

    @Test
    void bindsTheExternalAad() {
        Message message = Message.es256();
        message.aad = new byte[] {1, 2, 3};
        assertEquals(Algorithm.ES256, verify(message));
        byte[] encoded = message.encode();
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(encoded), false, Optional.empty(), Span.of(new byte[] {1, 2, 4}), List.of(EC2)));
        assertEquals(Reason.SIGNATURE_INVALID, rejection.reason());
    }

    @Test
    void signsOverTheProtectedBytesAsReceivedNotAReencoding() {
        // Keys out of canonical order: a verifier that re-encoded the header would sort them and fail.
        Message message = Message.es256();
        message.protectedMap = CBORObject.NewOrderedMap().Add(4, new byte[] {7}).Add(1, -7);
        assertEquals(Algorithm.ES256, verify(message));
    }

    @Test
    void rejectsAKeyTypeThatDoesNotFitTheAlgorithm() {
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH,
                assertThrows(Rejection.class, () -> verify(Message.es256(), List.of(OKP))).reason());
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH,
                assertThrows(Rejection.class, () -> verify(Message.withAlg(-19), List.of(EC2))).reason());
    }

    @Test
    void rejectsAKeyWhoseOwnAlgIsAnotherAlgorithm() {
        CoseKey es256Only = CoseKey.parse(CoseFixtures.ec2Key(P256_D, -7));
        assertEquals(Algorithm.ES256, verify(Message.es256(), List.of(es256Only)));
        Rejection rejection = assertThrows(Rejection.class, () -> verify(Message.withAlg(-9), List.of(es256Only)));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH, rejection.reason());
        CoseKey eddsaOnly = CoseKey.parse(CoseFixtures.okpKey(ED25519_SEED, -8));
        assertEquals(Reason.ALGORITHM_KEY_MISMATCH,
                assertThrows(Rejection.class, () -> verify(Message.withAlg(-19), List.of(eddsaOnly))).reason());
    }

    @Test
    void rejectsASignatureMadeUnderThePolymorphicIdPresentedUnderTheFullySpecifiedOne() {
        Message signedAsEs256 = Message.es256();
        byte[] signature = CoseFixtures.signEs256(P256_D, signedAsEs256.toBeSigned());
        Message presentedAsEsp256 = Message.withAlg(-9);
        presentedAsEsp256.signature = signature;
        assertRejected(Reason.SIGNATURE_INVALID, presentedAsEsp256);

        Message signedAsEdDsa = Message.withAlg(-8);
        byte[] edSignature = CoseFixtures.signEd25519(ED25519_SEED, signedAsEdDsa.toBeSigned());
        Message presentedAsEd25519 = Message.withAlg(-19);
        presentedAsEd25519.signature = edSignature;
        assertRejected(Reason.SIGNATURE_INVALID, presentedAsEd25519);
    }

    @Test
    void rejectsADerEncodedEcdsaSignature() {
        Message message = Message.es256();
        byte[] raw = CoseFixtures.signEs256(P256_D, message.toBeSigned());
        message.signature = der(raw);
        assertRejected(Reason.SIGNATURE_MALFORMED, message);
    }

    @Test
    void rejectsAFlippedSignatureBit() {
        Message message = Message.es256();
        byte[] signature = CoseFixtures.signEs256(P256_D, message.toBeSigned());
        signature[63] ^= 1;
        message.signature = signature;
        assertRejected(Reason.SIGNATURE_INVALID, message);
    }

    @Test
    void pointsASignatureRejectionAtTheSignature() {
        Message message = Message.es256();
        byte[] signature = CoseFixtures.signEs256(P256_D, message.toBeSigned());
        signature[0] ^= 1;
        message.signature = signature;
        byte[] encoded = message.encode();
        Rejection rejection = rejected(message);
        dev.suitcase.verifier.ByteRange at = rejection.location().orElseThrow();
        assertEquals(2 + 64, at.length(), "the signature bstr, head included");
        assertEquals(encoded.length - at.length(), at.offset(), "the last element of the message");
    }

    @Test
    void pointsAHeaderRejectionAtTheHeaderParameter() {
        Message message = Message.es256();
        message.protectedMap = CBORObject.NewOrderedMap().Add(1, -50);
        message.signer = tbs -> CoseFixtures.signEd25519(ED25519_SEED, tbs);
        byte[] encoded = message.encode();
        dev.suitcase.verifier.ByteRange at = rejected(message).location().orElseThrow();
        assertEquals("3831", java.util.HexFormat.of().formatHex(encoded, at.offset(), at.offset() + at.length()),
                "the alg value -50 inside the protected bucket");
    }

    @Test
    void triesEveryFittingTrustedKey() {
        CoseKey other = CoseKey.parse(CoseFixtures.ec2Key(BigInteger.valueOf(12345), null));
        assertEquals(Algorithm.ES256, verify(Message.es256(), List.of(other, EC2)));
        Rejection rejection = assertThrows(Rejection.class,
                () -> verify(Message.es256(), List.of(other, CoseKey.parse(CoseFixtures.ec2Key(BigInteger.TEN, null)))));
        assertEquals(Reason.SIGNATURE_INVALID, rejection.reason());
    }

    @Test
    void rejectsWhenNoTrustedKeyIsSupplied() {
        assertEquals(Reason.SIGNATURE_INVALID,
                assertThrows(Rejection.class, () -> verify(Message.es256(), List.of())).reason());
    }

    @Test
    void rejectsAnAlgorithmOtherThanTheAllowedOne() {
        Message message = Message.withAlg(-9);
        Rejection rejection = assertThrows(Rejection.class, () -> new CoseSign1Verifier(VerifierOptions.DEFAULT)
                .verify(CborDecoder.decode(message.encode()), false, Optional.empty(), Span.of(new byte[0]),
                        List.of(EC2), Optional.of(Algorithm.ES256)));
        assertEquals(Reason.UNSUPPORTED_ALGORITHM, rejection.reason());
    }

    @Test
    void verifiesAShortMessageAfterALongOneInTheSameThreadsBuffer() {
        // The Sig_structure is built in a reused array: what a longer message left behind the end of a
        // shorter one's must not count, for any algorithm.
        for (int alg : new int[] {-7, -19}) {
            Message longMessage = Message.withAlg(alg);
            longMessage.payload = new byte[70_000];
            Arrays.fill(longMessage.payload, (byte) 0x3c);
            Message shortMessage = Message.withAlg(alg);
            Message tampered = Message.withAlg(alg);
            tampered.signature = shortMessage.signer.apply(CoseFixtures.toBeSigned(shortMessage.protectedBytes(),
                    new byte[0], Arrays.copyOf(PAYLOAD, PAYLOAD.length + 1)));
            assertEquals(Algorithm.fromCoseId(alg).orElseThrow(), verify(longMessage));
            assertEquals(Algorithm.fromCoseId(alg).orElseThrow(), verify(shortMessage));
            assertEquals(Reason.SIGNATURE_INVALID, rejected(tampered).reason(), "alg " + alg);
            assertEquals(Algorithm.fromCoseId(alg).orElseThrow(), verify(longMessage));
        }
    }

    @Test
    void handsOutTheSameBufferWhileItIsLargeEnough() {
        byte[] first = SigStructureBuffer.atLeast(100);
        assertSame(first, SigStructureBuffer.atLeast(10));
        byte[] larger = SigStructureBuffer.atLeast(first.length + 1);
        assertNotSame(first, larger);
        assertSame(larger, SigStructureBuffer.atLeast(first.length + 1));
    }

    @Test
    void keepsNoBufferLargerThanTheCborInputLimit() {
        byte[] kept = SigStructureBuffer.atLeast(64);
        byte[] huge = SigStructureBuffer.atLeast(SigStructureBuffer.MAX_KEPT_BYTES + 1);
        assertEquals(SigStructureBuffer.MAX_KEPT_BYTES + 1, huge.length);
        assertSame(kept, SigStructureBuffer.atLeast(64));
    }

    @Test
    void buildsSigStructureByteExactlyForEveryHeadWidth() {
        for (int length : new int[] {0, 1, 23, 24, 255, 256, 65535, 65536}) {
            byte[] payload = new byte[length];
            Arrays.fill(payload, (byte) 0x5a);
            byte[] body = {(byte) 0xa1, 0x01, 0x26};
            byte[] aad = new byte[length % 300];
            assertEquals(Span.of(CoseFixtures.toBeSigned(body, aad, payload)),
                    Span.of(SigStructure.signature1(Span.of(body), Span.of(aad), Span.of(payload))), "length " + length);
        }
    }

    /** A DER SEQUENCE of two INTEGERs from raw r‖s. */
    private static byte[] der(byte[] raw) {
        List<Byte> out = new ArrayList<>();
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64)).toByteArray();
        out.add((byte) 0x30);
        out.add((byte) (4 + r.length + s.length));
        for (byte[] integer : List.of(r, s)) {
            out.add((byte) 0x02);
            out.add((byte) integer.length);
            for (byte b : integer) {
                out.add(b);
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }
}

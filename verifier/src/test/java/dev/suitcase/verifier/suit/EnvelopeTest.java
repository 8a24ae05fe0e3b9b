package dev.suitcase.verifier.suit;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.verifier.Outcome;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cose.CoseKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.suitcase.verifier.suit.SuitBuilders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The envelope and its authentication wrapper (draft-ietf-suit-manifest-37 §8.2, §8.3). */
class EnvelopeTest {
    private static final CoseKey ES256_KEY = CoseKey.parse(EXAMPLE_COSE_KEY);
    private static final CoseKey ED25519_KEY = CoseKey.parse(ED25519_COSE_KEY);
    private static final SuitProcessor PROCESSOR = new SuitProcessor(VerifierOptions.DEFAULT);

    private static EnvelopeBuilder envelope() {
        return new EnvelopeBuilder(compatibleManifest().build());
    }

    private static Outcome process(byte[] envelope) {
        return PROCESSOR.process(envelope, List.of(ES256_KEY), exampleDevice(), Scope.APPLICABILITY);
    }

    private static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.accepted(), outcome::toString);
    }

    private static void assertRejected(Reason reason, Outcome outcome) {
        assertEquals(Optional.of(reason), outcome.reason(), outcome.toString());
    }

    /** A COSE_Mac0_Tagged with HMAC 256/256 (alg 5): a valid SUIT block this verifier does not support. */
    private static CBORObject mac0() {
        return array(map(1, 5).EncodeToBytes(), CBORObject.NewMap(), CBORObject.Null, new byte[32]).WithTag(17);
    }

    // ------------------------------------------------------------ envelope structure

    @Test
    void acceptsATaggedEnvelope() {
        assertAccepted(process(envelope().sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void acceptsAnUntaggedEnvelope() {
        assertAccepted(process(envelope().sign(Signer.ES256_EXAMPLE_KEY).untagged().build()));
    }

    @Test
    void rejectsAnEnvelopeUnderAnotherTag() {
        byte[] untagged = envelope().sign(Signer.ES256_EXAMPLE_KEY).untagged().build();
        assertRejected(Reason.BAD_STRUCTURE, process(CBORObject.DecodeFromBytes(untagged).WithTag(106).EncodeToBytes()));
    }

    @Test
    void rejectsABareTaggedManifestAsUnauthenticated() {
        CBORObject manifest = CBORObject.DecodeFromBytes(compatibleManifest().build()).WithTag(1070);
        assertRejected(Reason.AUTHENTICATION_MISSING, process(manifest.EncodeToBytes()));
    }

    @Test
    void rejectsAnEnvelopeThatIsNotAMap() {
        assertRejected(Reason.BAD_STRUCTURE, process(array(1, 2).WithTag(107).EncodeToBytes()));
    }

    @Test
    void rejectsBytesThatAreNotCbor() {
        assertRejected(Reason.MALFORMED_CBOR, process(new byte[0]));
        assertRejected(Reason.MALFORMED_CBOR, process(HEX.parseHex("d86ba2")));
    }

    @Test
    void rejectsAnEnvelopeDeclaringAHugeByteStringWithoutAllocatingIt() {
        assertRejected(Reason.MALFORMED_CBOR, process(HEX.parseHex("d86ba1025bffffffffffffffff00")));
    }

    @Test
    void rejectsAnEnvelopeNestedDeeperThanTheDecoderAllows() {
        CBORObject deep = CBORObject.FromObject(1);
        for (int i = 0; i < 100; i++) {
            deep = array(deep);
        }
        assertRejected(Reason.RESOURCE_LIMIT, process(map(2, deep).WithTag(107).EncodeToBytes()));
    }

    @Test
    void rejectsTheManifestBeforeTheAuthenticationWrapper() {
        byte[] canonical = envelope().sign(Signer.ES256_EXAMPLE_KEY).untagged().build();
        CBORObject decoded = CBORObject.DecodeFromBytes(canonical);
        byte[] reordered = map(3, decoded.get(3), 2, decoded.get(2)).EncodeToBytes();
        assertRejected(Reason.NON_DETERMINISTIC_CBOR, process(reordered));
        SuitProcessor lenient = new SuitProcessor(VerifierOptions.DEFAULT.with(Profile.CBOR_LENIENT));
        assertRejected(Reason.BAD_STRUCTURE, lenient.process(reordered, List.of(ES256_KEY), exampleDevice(), Scope.APPLICABILITY));
    }

    @Test
    void rejectsAnEnvelopeElementItReadsThatIsNotAByteString() {
        assertRejected(Reason.BAD_STRUCTURE, process(envelope().sign(Signer.ES256_EXAMPLE_KEY).member(20, cbor(1)).build()));
    }

    @Test
    void ignoresAnUnknownEnvelopeElementOfAnyType() {
        // §8.1 asks producers to wrap every element; a recipient reads none of an extension it lacks
        assertAccepted(process(envelope().sign(Signer.ES256_EXAMPLE_KEY).member(7, cbor(1)).build()));
    }

    @Test
    void ignoresAnUnknownEnvelopeElementWhichNoSignatureCovers() {
        assertAccepted(process(envelope().sign(Signer.ES256_EXAMPLE_KEY).member(17, cbor(new byte[] {1, 2})).build()));
    }

    @Test
    void rejectsAnEnvelopeKeyThatIsNeitherIntegerNorText() {
        assertRejected(Reason.BAD_STRUCTURE,
                process(envelope().sign(Signer.ES256_EXAMPLE_KEY).member(new byte[] {1}, cbor(new byte[] {1})).build()));
    }

    @Test
    void rejectsAnEnvelopeWithoutManifest() {
        CBORObject wrapper = CBORObject.DecodeFromBytes(envelope().sign(Signer.ES256_EXAMPLE_KEY).untagged().build()).get(2);
        assertRejected(Reason.BAD_STRUCTURE, process(map(2, wrapper).EncodeToBytes()));
    }

    @Test
    void rejectsAnEnvelopeWithoutAuthenticationWrapperAsUnauthenticated() {
        assertRejected(Reason.AUTHENTICATION_MISSING, process(envelope().withoutWrapper().build()));
    }

    // ------------------------------------------------------------ authentication wrapper

    @Test
    void rejectsAWrapperWithTheDigestOnly() {
        assertRejected(Reason.AUTHENTICATION_MISSING, process(envelope().build()));
    }

    @Test
    void rejectsAnEmptyWrapper() {
        byte[] manifest = compatibleManifest().build();
        byte[] envelope = map(2, wrap(array()), 3, manifest).WithTag(107).EncodeToBytes();
        assertRejected(Reason.BAD_STRUCTURE, process(envelope));
    }

    @Test
    void rejectsAWrapperWhoseDigestIsNotWrapped() {
        EnvelopeBuilder builder = envelope().sign(Signer.ES256_EXAMPLE_KEY);
        CBORObject wrapper = array(builder.digest(), wrap(sign1(Signer.ES256_EXAMPLE_KEY, wrap(builder.digest()).GetByteString(), -7)));
        byte[] envelope = map(2, wrap(wrapper), 3, compatibleManifest().build()).EncodeToBytes();
        assertRejected(Reason.BAD_STRUCTURE, process(envelope));
    }

    @Test
    void acceptsSha384AndSha512ManifestDigests() {
        byte[] manifest = compatibleManifest().build();
        byte[] wrappedManifest = CBORObject.FromObject(manifest).EncodeToBytes();
        for (DigestAlgorithm algorithm : List.of(DigestAlgorithm.SHA_384, DigestAlgorithm.SHA_512)) {
            CBORObject digest = array(algorithm.coseId(), algorithm.newDigest().digest(wrappedManifest));
            assertAccepted(process(new EnvelopeBuilder(manifest).digest(digest).sign(Signer.ES256_EXAMPLE_KEY).build()));
        }
    }

    @Test
    void rejectsAShake128ManifestDigestAsUnsupported() {
        byte[] manifest = compatibleManifest().build();
        CBORObject digest = array(-18, new byte[32]);
        assertRejected(Reason.UNSUPPORTED_DIGEST,
                process(new EnvelopeBuilder(manifest).digest(digest).sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void rejectsADigestWithExtensionParameters() {
        EnvelopeBuilder builder = envelope();
        CBORObject digest = builder.digest();
        CBORObject extended = array(digest.get(0), digest.get(1), 1);
        assertRejected(Reason.UNSUPPORTED_DIGEST, process(builder.digest(extended).sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void rejectsADigestOfTheWrongLength() {
        CBORObject shortDigest = array(-16, new byte[31]);
        assertRejected(Reason.BAD_STRUCTURE, process(envelope().digest(shortDigest).sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void rejectsASignedDigestThatIsNotTheManifests() {
        CBORObject other = digestOf(new byte[] {1, 2, 3});
        assertRejected(Reason.DIGEST_MISMATCH, process(envelope().digest(other).sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void acceptsAnEd25519SignatureUnderAnEd25519Key() {
        byte[] envelope = envelope().sign(Signer.ED25519_FIXED_SEED).build();
        assertAccepted(PROCESSOR.process(envelope, List.of(ED25519_KEY), exampleDevice(), Scope.APPLICABILITY));
    }

    @Test
    void rejectsWhenNoKeyIsTrusted() {
        byte[] envelope = envelope().sign(Signer.ES256_EXAMPLE_KEY).build();
        Outcome outcome = PROCESSOR.process(envelope, List.of(), exampleDevice(), Scope.AUTHENTICATE);
        assertTrue(!outcome.accepted() && outcome.reason().isPresent(), outcome::toString);
    }

    @Test
    void rejectsAnUntaggedCoseSign1Block() {
        EnvelopeBuilder builder = envelope();
        CBORObject tagged = sign1(Signer.ES256_EXAMPLE_KEY, wrap(builder.digest()).GetByteString(), -7);
        assertRejected(Reason.BAD_STRUCTURE, process(builder.block(tagged.UntagOne()).build()));
    }

    @Test
    void rejectsACoseSign1CarryingItsPayload() {
        EnvelopeBuilder builder = envelope();
        byte[] payload = wrap(builder.digest()).GetByteString();
        CBORObject detached = sign1(Signer.ES256_EXAMPLE_KEY, payload, -7);
        CBORObject attached = array(detached.get(0), detached.get(1), payload, detached.get(3)).WithTag(18);
        assertRejected(Reason.BAD_STRUCTURE, process(builder.block(attached).build()));
    }

    @Test
    void rejectsACoseMac0BlockAsUnsupported() {
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, process(envelope().block(mac0()).build()));
    }

    @Test
    void acceptsACoseMac0BlockBesideAValidSignature() {
        assertAccepted(process(envelope().block(mac0()).sign(Signer.ES256_EXAMPLE_KEY).build()));
    }

    @Test
    void rejectsCoseSignAndCoseMacBlocksAsUnsupported() {
        CBORObject sign = array(new byte[0], CBORObject.NewMap(), CBORObject.Null, array()).WithTag(98);
        CBORObject mac = array(new byte[0], CBORObject.NewMap(), CBORObject.Null, new byte[32], array()).WithTag(97);
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, process(envelope().block(sign).build()));
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, process(envelope().block(mac).build()));
    }

    @Test
    void acceptsWhenOneOfTwoBlocksVerifiesUnderATrustedKey() {
        byte[] envelope = envelope().sign(Signer.ED25519_FIXED_SEED).sign(Signer.ES256_EXAMPLE_KEY).build();
        assertAccepted(process(envelope));
    }

    @Test
    void acceptsWhenAnotherAuthoritysBlockFailsUnderTheTrustedKeys() {
        // An Ed25519 block whose signature does not verify under the one trusted Ed25519 key: a block from another
        // authority looks exactly like this to the recipient, so it is skipped (§8.3).
        EnvelopeBuilder builder = envelope();
        CBORObject good = sign1(Signer.ED25519_FIXED_SEED, wrap(builder.digest()).GetByteString(), -19);
        byte[] signature = good.get(3).GetByteString();
        signature[0] ^= 1;
        CBORObject bad = array(good.get(0), good.get(1), CBORObject.Null, signature).WithTag(18);
        byte[] envelope = builder.block(bad).sign(Signer.ES256_EXAMPLE_KEY).build();
        assertAccepted(PROCESSOR.process(envelope, List.of(ED25519_KEY, ES256_KEY), exampleDevice(), Scope.APPLICABILITY));
    }

    @Test
    void rejectsWithTheFirstBlocksReasonWhenNoBlockVerifies() {
        byte[] envelope = envelope().block(mac0()).sign(Signer.ED25519_FIXED_SEED).build();
        Outcome outcome = process(envelope);
        assertRejected(Reason.UNSUPPORTED_ALGORITHM, outcome);
        assertTrue(outcome.detail().contains("block 2: ALGORITHM_KEY_MISMATCH"), outcome.detail());
    }

    @Test
    void rejectsAMalformedBlockEvenBesideAValidOne() {
        byte[] envelope = envelope().sign(Signer.ES256_EXAMPLE_KEY).block(cbor("not COSE")).build();
        assertRejected(Reason.BAD_STRUCTURE, process(envelope));
    }

    @Test
    void rejectsMoreBlocksThanTheLimit() {
        EnvelopeBuilder builder = envelope();
        for (int i = 0; i <= ProcessingLimits.DEFAULT.maxAuthenticationBlocks(); i++) {
            builder.sign(Signer.ES256_EXAMPLE_KEY);
        }
        assertRejected(Reason.RESOURCE_LIMIT, process(builder.build()));
    }
}

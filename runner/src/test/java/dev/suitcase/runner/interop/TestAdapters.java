package dev.suitcase.runner.interop;

import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.SignOutcome;
import dev.suitcase.adapters.SignRequest;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.adapters.reference.ReferenceAdapter;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/** Adapters for the producer matrix tests: producers that go wrong, verifiers that answer their own way. */
final class TestAdapters {
    private TestAdapters() {
    }

    /**
     * A producer that signs as the reference producer does, then flips the last bit of the envelope,
     * which lies in the manifest: the authenticated digest no longer matches it.
     */
    static InProcessAdapter bitFlippingProducer() {
        ReferenceAdapter reference = new ReferenceAdapter();
        return producer("bit-flipping producer", request -> {
            SignOutcome signed = reference.sign(request);
            byte[] envelope = signed.envelope().orElseThrow().toByteArray();
            envelope[envelope.length - 1] ^= 1;
            return SignOutcome.signed(Bytes.of(envelope));
        });
    }

    /** A producer that signs P-256 requests with a key of its own instead of the one in the request. */
    static InProcessAdapter wrongKeyProducer() {
        ReferenceAdapter reference = new ReferenceAdapter();
        Bytes otherKey = CborValue.map().put(1, 2).put(-1, 1).put(-4, new byte[] {
            0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
            0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11}).build().toBytes();
        return producer("wrong-key producer", request -> reference.sign(
                new SignRequest(request.id(), request.algorithm(), request.manifest(), otherKey)));
    }

    /** A producer whose glue throws on every request. */
    static InProcessAdapter throwingProducer() {
        return producer("throwing producer", request -> {
            throw new IllegalStateException("no signer configured");
        });
    }

    /** A producer that signs as the reference producer does with ES256 only, and answers unsupported otherwise. */
    static InProcessAdapter es256OnlyProducer() {
        ReferenceAdapter reference = new ReferenceAdapter();
        return producer("ES256-only producer", request -> request.algorithm() == Algorithm.ES256 ? reference.sign(request)
                : SignOutcome.unsupported("this producer signs ES256 only"));
    }

    /** A SUIT-layer verifier that accepts every envelope it is sent, authentic or not. */
    static InProcessAdapter acceptingVerifier() {
        return verifier("accept-all verifier", EnumSet.of(Layer.SUIT), request -> AdapterOutcome.accept());
    }

    /** A COSE-layer verifier that rejects every message it is sent with SIGNATURE_INVALID. */
    static InProcessAdapter rejectingCoseVerifier() {
        return verifier("reject-all verifier", EnumSet.of(Layer.COSE),
                request -> AdapterOutcome.reject(Reason.SIGNATURE_INVALID, "signature check failed\nsecond line"));
    }

    private static InProcessAdapter producer(String implementation, Function<SignRequest, SignOutcome> sign) {
        Ics ics = new Ics(implementation, "1.0", EnumSet.of(Layer.SUIT), EnumSet.allOf(Algorithm.class), Set.of(),
                EnumSet.of(Operation.SIGN), OptionalLong.empty());
        return new InProcessAdapter() {
            @Override
            public Ics describe() {
                return ics;
            }

            @Override
            protected AdapterOutcome answer(VerifyRequest request) {
                throw new AssertionError("a producer without the verify operation is never sent a verify request");
            }

            @Override
            protected SignOutcome produce(SignRequest request) {
                return sign.apply(request);
            }
        };
    }

    private static InProcessAdapter verifier(String implementation, Set<Layer> layers,
                                             Function<VerifyRequest, AdapterOutcome> verify) {
        Ics ics = new Ics(implementation, "1.0", layers, EnumSet.allOf(Algorithm.class), Set.of(),
                EnumSet.of(Operation.VERIFY), OptionalLong.empty());
        return new InProcessAdapter() {
            @Override
            public Ics describe() {
                return ics;
            }

            @Override
            protected AdapterOutcome answer(VerifyRequest request) {
                return verify.apply(request);
            }
        };
    }
}

package dev.suitcase.adapters.primitive;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.CoseHeaders;
import dev.suitcase.verifier.cose.SigStructure;

import java.util.Optional;

/**
 * A COSE_Sign1 taken apart by the reference verifier's own parsing, up to the point where the
 * signature primitive takes over: the algorithm, the byte-exact ToBeSigned and the signature. An
 * adapter that puts another library's primitive behind it therefore differs from the reference
 * verifier only in the primitive.
 *
 * <p>The headers ({@link CoseHeaders}: buckets, alg placement, crit), the Sig_structure
 * ({@link SigStructure}) and the CBOR decoder are the verifier's classes. The envelope checks
 * here (tag 18, four elements, payload and detached payload) repeat those of the verifier's
 * {@code CoseSign1Verifier}, which keeps them private; the reasons and the order are the same.
 *
 * @param algorithm  the protected alg
 * @param toBeSigned the Sig_structure bytes (RFC 9052 §4.4)
 * @param signature  the signature as received
 */
public record CoseSign1Parts(Algorithm algorithm, byte[] toBeSigned, byte[] signature) {
    private static final long TAG_COSE_SIGN1 = 18;

    public CoseSign1Parts {
        toBeSigned = toBeSigned.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] toBeSigned() {
        return toBeSigned.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * Parses a COSE_Sign1 (tagged or not); throws a {@link Rejection} for anything the reference
     * verifier rejects before the signature check.
     *
     * @param allowed when present, the only algorithm accepted ({@link Reason#UNSUPPORTED_ALGORITHM} otherwise)
     */
    public static CoseSign1Parts parse(byte[] message, Optional<byte[]> detachedPayload, byte[] externalAad,
                                       Optional<Algorithm> allowed) {
        CborItem item = CborDecoder.decode(message);
        if (item instanceof CborTag tag) {
            if (tag.tag() != TAG_COSE_SIGN1) {
                throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 carries tag " + Long.toUnsignedString(tag.tag())
                        + "; COSE_Sign1_Tagged is tag 18 (RFC 9052 §4.2)");
            }
            if (tag.content() instanceof CborTag) {
                throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 is tagged more than once");
            }
            item = tag.content();
        }
        CborArray array = item.asArray("COSE_Sign1");
        if (array.size() != 4) {
            throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 must be an array of 4 elements "
                    + "[protected, unprotected, payload, signature], found " + array.size());
        }
        CoseHeaders headers = CoseHeaders.parse(array.get(0), array.get(1));
        Span payload = payload(array.get(2), detachedPayload.map(Span::of));
        byte[] signature = array.get(3).asBytes("the COSE_Sign1 signature").content().toByteArray();
        Algorithm algorithm = headers.algorithm();
        if (allowed.isPresent() && allowed.get() != algorithm) {
            throw new Rejection(Reason.UNSUPPORTED_ALGORITHM, "the message is signed with " + algorithm + " ("
                    + algorithm.coseId() + ") but only " + allowed.get() + " (" + allowed.get().coseId()
                    + ") is allowed here");
        }
        byte[] toBeSigned = SigStructure.signature1(headers.bodyProtected(), Span.of(externalAad), payload);
        return new CoseSign1Parts(algorithm, toBeSigned, signature);
    }

    private static Span payload(CborItem item, Optional<Span> detachedPayload) {
        if (item.isNull()) {
            return detachedPayload.orElseThrow(() -> new Rejection(Reason.BAD_STRUCTURE,
                    "the payload is detached (nil) but no detached payload was supplied"));
        }
        if (item instanceof CborBytes attached) {
            if (detachedPayload.isPresent()) {
                throw new Rejection(Reason.BAD_STRUCTURE,
                        "the message carries its payload, yet a detached payload was supplied too; expected a nil payload");
            }
            return attached.content();
        }
        throw new Rejection(Reason.BAD_STRUCTURE, "the COSE_Sign1 payload must be a byte string or nil, found "
                + item.typeName());
    }
}

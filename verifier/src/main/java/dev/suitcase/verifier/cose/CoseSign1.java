package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.ByteRange;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Span;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A COSE_Sign1 taken apart up to the point where the signature primitive takes over: the
 * algorithm, the byte-exact ToBeSigned and the signature. {@link CoseSign1Verifier} goes on with
 * the trusted keys; an adapter that puts another library's primitive behind this step differs from
 * the reference verifier in the primitive only.
 *
 * <p>Checks, in order, each a {@link CoseCheck} with the reason in brackets: tag absent or 18, one
 * tag only, and present when required [BAD_STRUCTURE]; an array of four [BAD_STRUCTURE]; the headers
 * ({@link CoseHeaders}); the algorithm, and when the caller restricts it, the allowed one
 * [UNSUPPORTED_ALGORITHM]; payload a bstr or nil with a detached payload exactly when nil
 * [BAD_STRUCTURE]; the signature a bstr [BAD_STRUCTURE].
 *
 * <p>It keeps the Sig_structure's fields as views of the received bytes, which must not change while
 * it is in use. {@link #toBeSigned()} builds the Sig_structure afresh for a caller; the reference
 * verifier builds it once per message in a reused array ({@link SigStructureBuffer}), so a large
 * payload is copied once and no array of its size is allocated per message.
 */
public final class CoseSign1 {
    static final long TAG_COSE_SIGN1 = 18;

    private final Optional<Algorithm> algorithm;
    private final Span bodyProtected;
    private final Span externalAad;
    private final Span payload;
    private final byte[] signature;
    private final ByteRange signatureRange;

    private CoseSign1(Optional<Algorithm> algorithm, Span bodyProtected, Span externalAad, Span payload, byte[] signature,
                      ByteRange signatureRange) {
        this.algorithm = algorithm;
        this.bodyProtected = bodyProtected;
        this.externalAad = externalAad;
        this.payload = payload;
        this.signature = signature;
        this.signatureRange = signatureRange;
    }

    /** The protected alg. */
    public Algorithm algorithm() {
        return algorithm.orElseThrow(() -> new IllegalStateException(
                "the message names no algorithm, which only a knocked-out rule lets through"));
    }

    /**
     * The algorithm the message names, or the one the caller allows; empty only when a test knocks out the rule
     * that refuses a message naming no algorithm the verifier knows, and the caller allows any: each key's own
     * algorithm decides then ({@link CoseSign1Verifier}).
     */
    Optional<Algorithm> namedAlgorithm() {
        return algorithm;
    }

    /** The Sig_structure (RFC 9052 §4.4), in a new array. */
    public byte[] toBeSigned() {
        return SigStructure.signature1(bodyProtected, externalAad, payload);
    }

    /** A copy of the signature as received. */
    public byte[] signature() {
        return signature.clone();
    }

    /** Where the signature element is in the input, for pointing rejections at it. */
    public ByteRange signatureRange() {
        return signatureRange;
    }

    /** The length of the Sig_structure. */
    int toBeSignedLength() {
        return SigStructure.length(bodyProtected, externalAad, payload);
    }

    /** Writes the Sig_structure to the start of {@code out}, which holds at least {@link #toBeSignedLength()} bytes. */
    void writeToBeSigned(byte[] out) {
        SigStructure.write(bodyProtected, externalAad, payload, out);
    }

    /**
     * Verifies the signature under {@code key}, read for {@code algorithm}, over the first
     * {@link #toBeSignedLength()} bytes of {@code toBeSigned}, as {@link #writeToBeSigned} left them; returns
     * only if it is valid.
     */
    void verifyUnder(CoseKey key, Algorithm algorithm, byte[] toBeSigned, VerifierOptions options) {
        key.verify(algorithm, toBeSigned, 0, toBeSignedLength(), signature, options);
    }

    /**
     * @param message         the decoded message, tagged or untagged
     * @param requireTag      whether tag 18 is mandatory
     * @param detachedPayload the payload when the message carries nil; empty otherwise
     * @param externalAad     the external AAD (an empty span for none)
     * @param allowed         when present, the only algorithm accepted
     */
    public static CoseSign1 parse(CborItem message, boolean requireTag, Optional<Span> detachedPayload,
                                  Span externalAad, Optional<Algorithm> allowed) {
        CborArray array = untag(message, requireTag).asArray("COSE_Sign1");
        if (array.size() != 4) {
            String detail = "COSE_Sign1 must be an array of 4 elements "
                    + "[protected, unprotected, payload, signature], found " + array.size();
            if (array.size() < 4) {
                throw CoseCheck.SIGN1_MISSING_ELEMENTS.rejection(detail).at(array.encoded().range());
            }
            CoseCheck.SIGN1_EXTRA_ELEMENTS.failAt(detail, array.encoded().range());
            // Knocked out: read the first four elements and ignore the rest, as a library that indexes the array does.
        }
        CoseHeaders headers = CoseHeaders.parse(array.get(0), array.get(1));
        Optional<Algorithm> algorithm = headers.algorithm();
        if (algorithm.isPresent() && allowed.isPresent() && allowed.get() != algorithm.get()) {
            CoseCheck.ALG_NOT_ALLOWED.fail("the message is signed with " + algorithm.get() + " ("
                    + algorithm.get().coseId() + ") but only " + allowed.get() + " (" + allowed.get().coseId()
                    + ") is allowed here");
            // Knocked out: verify under the header's algorithm, as a library with no allow-list does.
        }
        // Empty only with a rule on alg knocked out: the algorithm the caller allows is the context that names it.
        algorithm = algorithm.or(() -> allowed);
        Span payload = payload(array.get(2), detachedPayload);
        CborBytes signature = array.get(3).asBytes("the COSE_Sign1 signature");
        return new CoseSign1(algorithm, headers.bodyProtected(), externalAad, payload, signature.content().toByteArray(),
                signature.encoded().range());
    }

    private static CborItem untag(CborItem message, boolean requireTag) {
        if (message instanceof CborTag tag) {
            if (tag.tag() != TAG_COSE_SIGN1) {
                CoseCheck.SIGN1_WRONG_TAG.failAt("COSE_Sign1 carries tag " + Long.toUnsignedString(tag.tag())
                        + "; COSE_Sign1_Tagged is tag 18 (RFC 9052 §4.2)", tag.encoded().range());
                // Knocked out: read what the tag encloses, as a library that ignores tag numbers does.
            }
            if (tag.content() instanceof CborTag) {
                CoseCheck.SIGN1_NESTED_TAG.failAt("COSE_Sign1 is tagged more than once",
                        tag.content().encoded().range());
                // Knocked out: take the inner tag off as well, as a library that strips every tag does.
                return untag(tag.content(), false);
            }
            return tag.content();
        }
        if (requireTag) {
            CoseCheck.SIGN1_TAG_REQUIRED.failAt("the COSE_Sign1 is untagged; here it must be COSE_Sign1_Tagged"
                    + " (tag 18)", message.encoded().range());
            // Knocked out: read the untagged array, as a library that takes either form does.
        }
        return message;
    }

    private static Span payload(CborItem item, Optional<Span> detachedPayload) {
        if (item.isNull()) {
            if (detachedPayload.isEmpty()) {
                CoseCheck.SIGN1_DETACHED_PAYLOAD_MISSING.failAt(
                        "the payload is detached (nil) but no detached payload was supplied", item.encoded().range());
                // Knocked out: sign over no bytes, as a library that reads nil as an empty payload does.
                return item.encoded().slice(0, 0);
            }
            return detachedPayload.get();
        }
        if (item instanceof CborBytes attached) {
            if (detachedPayload.isPresent()) {
                CoseCheck.SIGN1_PAYLOAD_ATTACHED_AND_DETACHED.failAt("the message carries its payload, yet a detached"
                        + " payload was supplied too; expected a nil payload", item.encoded().range());
                // Knocked out: verify the attached payload, as a library that uses the detached one only for nil does.
            }
            return attached.content();
        }
        String detail = "the COSE_Sign1 payload must be a byte string or nil, found " + item.typeName();
        if (item instanceof CborText text) {
            CoseCheck.SIGN1_PAYLOAD_TYPE.failAt(detail, item.encoded().range());
            // Knocked out: the text's UTF-8 bytes are the payload, as for a library that takes the bytes of any string.
            return Span.of(text.value().getBytes(StandardCharsets.UTF_8));
        }
        // Not even a knocked-out rule goes on from here: an integer, a map or an array holds no payload bytes.
        throw CoseCheck.SIGN1_PAYLOAD_TYPE.rejection(detail).at(item.encoded().range());
    }
}

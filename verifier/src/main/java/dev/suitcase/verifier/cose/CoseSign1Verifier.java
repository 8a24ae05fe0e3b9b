package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborTag;
import dev.suitcase.verifier.cbor.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a COSE_Sign1 message (RFC 9052 §4.2, §4.4) under a set of trusted keys.
 *
 * <p>Order of checks, each a {@link Rejection} with the reason in brackets:
 * <ol>
 *   <li>tag: untagged, or tag 18 (COSE_Sign1_Tagged); another tag [BAD_STRUCTURE]; when the caller
 *       requires the tag (SUIT), an untagged message [BAD_STRUCTURE];</li>
 *   <li>an array of exactly four elements [BAD_STRUCTURE];</li>
 *   <li>the headers, see {@link CoseHeaders} [HEADER_INVALID, UNSUPPORTED_ALGORITHM, CBOR reasons];</li>
 *   <li>payload a bstr or nil, signature a bstr [BAD_STRUCTURE]; a nil payload needs a detached
 *       payload from the caller and an attached one must not come with one [BAD_STRUCTURE];</li>
 *   <li>the keys: those whose type fits the algorithm and whose own alg, if any, is the message's
 *       [ALGORITHM_KEY_MISMATCH when none does];</li>
 *   <li>the signature over the byte-exact Sig_structure under each fitting key in turn; the first
 *       key that verifies wins. The kid, if any, is only a hint and does not restrict the search.
 *       When none verifies: the one key's reason, or, with several keys, SIGNATURE_MALFORMED if every
 *       key found the signature malformed and SIGNATURE_INVALID otherwise.</li>
 * </ol>
 */
public final class CoseSign1Verifier {
    static final long TAG_COSE_SIGN1 = 18;

    private final VerifierOptions options;

    public CoseSign1Verifier(VerifierOptions options) {
        this.options = options;
    }

    /**
     * Verifies one COSE_Sign1 and returns the algorithm it verified under.
     *
     * @param message         the decoded message, tagged or untagged
     * @param requireTag      whether tag 18 is mandatory
     * @param detachedPayload the payload when the message carries nil; empty otherwise
     * @param externalAad     the external AAD (an empty span for none)
     * @param trustedKeys     the trust anchors
     */
    public Algorithm verify(CborItem message, boolean requireTag, Optional<Span> detachedPayload, Span externalAad,
                            List<CoseKey> trustedKeys) {
        return verify(message, requireTag, detachedPayload, externalAad, trustedKeys, Optional.empty());
    }

    /**
     * As {@link #verify(CborItem, boolean, Optional, Span, List)}, accepting only {@code allowed} when
     * present: another algorithm in the header is {@link Reason#UNSUPPORTED_ALGORITHM}, checked before
     * any key is tried.
     */
    public Algorithm verify(CborItem message, boolean requireTag, Optional<Span> detachedPayload, Span externalAad,
                            List<CoseKey> trustedKeys, Optional<Algorithm> allowed) {
        CborArray array = untag(message, requireTag).asArray("COSE_Sign1");
        if (array.size() != 4) {
            throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 must be an array of 4 elements "
                    + "[protected, unprotected, payload, signature], found " + array.size()).at(array.encoded().range());
        }
        CoseHeaders headers = CoseHeaders.parse(array.get(0), array.get(1));
        Span payload = payload(array.get(2), detachedPayload);
        byte[] signature = array.get(3).asBytes("the COSE_Sign1 signature").content().toByteArray();
        Algorithm algorithm = headers.algorithm();
        if (allowed.isPresent() && allowed.get() != algorithm) {
            throw new Rejection(Reason.UNSUPPORTED_ALGORITHM, "the message is signed with " + algorithm + " ("
                    + algorithm.coseId() + ") but only " + allowed.get() + " (" + allowed.get().coseId()
                    + ") is allowed here");
        }

        List<CoseKey> fitting = new ArrayList<>();
        for (CoseKey key : trustedKeys) {
            if (key.usableWith(algorithm)) {
                fitting.add(key);
            }
        }
        if (fitting.isEmpty()) {
            if (trustedKeys.isEmpty()) {
                throw new Rejection(Reason.SIGNATURE_INVALID, "no trusted key was supplied, so no signature can verify");
            }
            // Report why the first key does not fit, which names the mismatch precisely.
            trustedKeys.get(0).checkUsableWith(algorithm);
            throw new IllegalStateException("a key that does not fit passed checkUsableWith");
        }

        byte[] toBeSigned = SigStructure.signature1(headers.bodyProtected(), externalAad, payload);
        List<Rejection> failures = new ArrayList<>();
        for (CoseKey key : fitting) {
            try {
                key.publicKey().verify(toBeSigned, signature, options);
                return algorithm;
            } catch (Rejection failure) {
                failures.add(failure.at(array.get(3).encoded().range()));
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        boolean allMalformed = failures.stream().allMatch(f -> f.reason() == Reason.SIGNATURE_MALFORMED);
        throw new Rejection(allMalformed ? Reason.SIGNATURE_MALFORMED : Reason.SIGNATURE_INVALID,
                "the " + algorithm + " signature verifies under none of the " + fitting.size()
                        + " trusted keys that fit; first key: " + failures.get(0).detail())
                .at(array.get(3).encoded().range());
    }

    private static CborItem untag(CborItem message, boolean requireTag) {
        if (message instanceof CborTag tag) {
            if (tag.tag() != TAG_COSE_SIGN1) {
                throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 carries tag " + Long.toUnsignedString(tag.tag())
                        + "; COSE_Sign1_Tagged is tag 18 (RFC 9052 §4.2)").at(tag.encoded().range());
            }
            if (tag.content() instanceof CborTag) {
                throw new Rejection(Reason.BAD_STRUCTURE, "COSE_Sign1 is tagged more than once")
                        .at(tag.content().encoded().range());
            }
            return tag.content();
        }
        if (requireTag) {
            throw new Rejection(Reason.BAD_STRUCTURE,
                    "the COSE_Sign1 is untagged; here it must be COSE_Sign1_Tagged (tag 18)").at(message.encoded().range());
        }
        return message;
    }

    private static Span payload(CborItem item, Optional<Span> detachedPayload) {
        if (item.isNull()) {
            return detachedPayload.orElseThrow(() -> new Rejection(Reason.BAD_STRUCTURE,
                    "the payload is detached (nil) but no detached payload was supplied").at(item.encoded().range()));
        }
        if (item instanceof CborBytes attached) {
            if (detachedPayload.isPresent()) {
                throw new Rejection(Reason.BAD_STRUCTURE,
                        "the message carries its payload, yet a detached payload was supplied too; expected a nil payload")
                        .at(item.encoded().range());
            }
            return attached.content();
        }
        throw new Rejection(Reason.BAD_STRUCTURE, "the COSE_Sign1 payload must be a byte string or nil, found "
                + item.typeName()).at(item.encoded().range());
    }
}

package dev.suitcase.vectors.families.hss;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

/**
 * COSE_Sign1 messages with HSS-LMS signatures, built from canonical CBOR values (RFC 9052 §4.2,
 * §4.4): what the HSS-LMS COSE families sign and send. Malformed CBOR is not this class's business.
 */
final class HssCoseSign1 {
    /** COSE_Sign1_Tagged. */
    static final long TAG = 18;
    /** The alg header parameter's label. */
    static final int ALG = 1;
    /** HSS-LMS (RFC 8778 §3). */
    static final int HSS_LMS = -46;
    /** The kid header parameter's label. */
    static final int KID = 4;

    private HssCoseSign1() {
    }

    /** The protected bucket {1: alg}, as its serialized map. */
    static byte[] protectedAlg(long alg) {
        return CborValue.map().put(ALG, alg).build().encode();
    }

    /** {1: -46}. */
    static byte[] protectedHssLms() {
        return protectedAlg(HSS_LMS);
    }

    /** The ToBeSigned bytes: Sig_structure ["Signature1", protected, external_aad, payload] (RFC 9052 §4.4). */
    static byte[] toBeSigned(byte[] protectedBucket, byte[] externalAad, byte[] payload) {
        return sigStructure("Signature1", protectedBucket, externalAad, payload);
    }

    /** A Sig_structure under any context string, for signatures made under the wrong one. */
    static byte[] sigStructure(String context, byte[] protectedBucket, byte[] externalAad, byte[] payload) {
        return CborValue.array(CborValue.text(context), CborValue.bytes(protectedBucket), CborValue.bytes(externalAad),
                CborValue.bytes(payload)).encode();
    }

    /** A tagged COSE_Sign1 with an empty unprotected bucket and the payload attached. */
    static Bytes attached(byte[] protectedBucket, byte[] payload, byte[] signature) {
        return tagged(protectedBucket, CborValue.map().build(), CborValue.bytes(payload), signature);
    }

    /** A tagged COSE_Sign1 whose payload is detached (nil). */
    static Bytes detached(byte[] protectedBucket, byte[] signature) {
        return tagged(protectedBucket, CborValue.map().build(), CborValue.nil(), signature);
    }

    /** A tagged COSE_Sign1 [protected, unprotected, payload, signature]. */
    static Bytes tagged(byte[] protectedBucket, CborValue unprotected, CborValue payload, byte[] signature) {
        return CborValue.tag(TAG, CborValue.array(CborValue.bytes(protectedBucket), unprotected, payload,
                CborValue.bytes(signature))).toBytes();
    }
}

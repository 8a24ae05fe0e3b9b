package dev.suitcase.vectors.suit;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

/**
 * A COSE_Sign authentication block (RFC 9052 §4.1, tag 98) with one signer, payload detached: the
 * multi-signer structure SUIT allows besides COSE_Sign1 (§8.3). The body's protected header is
 * empty; the signer's protected header is {@code {1: alg}}.
 */
public final class CoseSign {
    private static final long ALG = 1;

    private CoseSign() {
    }

    /** A tagged COSE_Sign with one signature by {@code signer} over the detached {@code payload}. */
    public static Bytes detached(ManifestSigner signer, Bytes payload) {
        Bytes bodyProtected = Bytes.empty();
        Bytes signProtected = CborValue.map().put(ALG, signer.algorithm().coseId()).build().toBytes();
        // Sig_structure ["Signature", body_protected, sign_protected, external_aad, payload] (RFC 9052 §4.4)
        Bytes toBeSigned = CborValue.array(CborValue.text("Signature"), CborValue.bytes(bodyProtected),
                CborValue.bytes(signProtected), CborValue.bytes(Bytes.empty()), CborValue.bytes(payload)).toBytes();
        CborValue signature = CborValue.array(CborValue.bytes(signProtected), CborValue.map().build(),
                CborValue.bytes(signer.sign(toBeSigned)));
        return CborValue.tag(SuitLabels.Tag.COSE_SIGN, CborValue.array(CborValue.bytes(bodyProtected),
                CborValue.map().build(), CborValue.nil(), CborValue.array(signature))).toBytes();
    }
}

package dev.suitcase.vectors.families.cose;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A public key as the COSE families offer it: the key-type parameters of its COSE_Key (RFC 9052
 * §7, RFC 9053 §7.1-7.2, RFC 8778 §5.2), to which a vector may add key parameters such as alg (3)
 * or key_ops (4).
 *
 * @param family     the algorithm family the key belongs to
 * @param parameters the COSE_Key entries that make the key: kty, crv, and the public material
 */
record CosePublicKey(Algorithm.Family family, List<Map.Entry<Long, CborValue>> parameters) {
    /** COSE_Key common parameters, RFC 9052 §7.1. */
    static final long KTY = 1;
    static final long ALG = 3;
    static final long KEY_OPS = 4;
    /** key_ops values, RFC 9052 Table 5. */
    static final long KEY_OP_SIGN = 1;

    private static final long KTY_OKP = 1;
    private static final long KTY_EC2 = 2;
    /** RFC 8778 §5.1. */
    private static final long KTY_HSS_LMS = 5;
    private static final long CRV = -1;
    private static final long CRV_P256 = 1;
    private static final long CRV_ED25519 = 6;
    private static final long X = -2;
    private static final long Y = -3;
    /** RFC 8778 §5.2: the HSS public key at label -1. */
    private static final long HSS_LMS_PUB = -1;

    CosePublicKey {
        Objects.requireNonNull(family, "family");
        parameters = List.copyOf(parameters);
    }

    static CosePublicKey ec2P256(byte[] x, byte[] y) {
        return new CosePublicKey(Algorithm.Family.ECDSA_P256, List.of(
                Map.entry(KTY, CborValue.integer(KTY_EC2)), Map.entry(CRV, CborValue.integer(CRV_P256)),
                Map.entry(X, CborValue.bytes(x)), Map.entry(Y, CborValue.bytes(y))));
    }

    static CosePublicKey okpEd25519(byte[] x) {
        return new CosePublicKey(Algorithm.Family.ED25519, List.of(
                Map.entry(KTY, CborValue.integer(KTY_OKP)), Map.entry(CRV, CborValue.integer(CRV_ED25519)),
                Map.entry(X, CborValue.bytes(x))));
    }

    static CosePublicKey hssLms(byte[] publicKey) {
        return new CosePublicKey(Algorithm.Family.HSS_LMS, List.of(
                Map.entry(KTY, CborValue.integer(KTY_HSS_LMS)), Map.entry(HSS_LMS_PUB, CborValue.bytes(publicKey))));
    }

    /** The COSE_Key, canonically encoded. */
    Bytes coseKey() {
        return map(List.of()).toBytes();
    }

    /** The COSE_Key with one more key parameter, e.g. alg (3) or key_ops (4). */
    Bytes coseKeyWith(long label, CborValue value) {
        return map(List.of(Map.entry(label, value))).toBytes();
    }

    private CborValue map(List<Map.Entry<Long, CborValue>> extra) {
        List<Map.Entry<Long, CborValue>> all = new ArrayList<>(parameters);
        all.addAll(extra);
        CborValue.MapBuilder builder = CborValue.map();
        all.forEach(entry -> builder.put(entry.getKey(), entry.getValue()));
        return builder.build();
    }
}

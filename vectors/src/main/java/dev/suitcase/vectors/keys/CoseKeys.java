package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

/**
 * The COSE_Key encodings (canonical CBOR) of the public keys the corpus uses, and of the private
 * keys producers are given to sign with. The labels are those of RFC 9052 §7.1 (kty 1), RFC 9053
 * §7.1.1/§7.2 (crv -1, x -2, y -3, d -4) and RFC 8778 §5.2 (HSS-LMS pub -1). RFC 8778 defines no
 * private HSS-LMS form; this suite's is label -2, the BouncyCastle encoding of the HSS private key
 * (adapters/PROTOCOL.md, "Sign (producers)").
 */
public final class CoseKeys {
    private static final int KTY = 1;
    private static final int KTY_OKP = 1;
    private static final int KTY_EC2 = 2;
    private static final int KTY_HSS_LMS = 5;
    private static final int CRV = -1;
    private static final int CRV_P256 = 1;
    private static final int CRV_ED25519 = 6;
    private static final int X = -2;
    private static final int Y = -3;
    private static final int D = -4;
    private static final int HSS_LMS_PUB = -1;
    private static final int HSS_LMS_PRIVATE = -2;

    private CoseKeys() {
    }

    /** {@code {1: 2, -1: 1, -2: x, -3: y}}; the coordinates are written as given, whatever their length. */
    public static Bytes ec2P256(byte[] x, byte[] y) {
        return ec2P256Map(x, y).build().toBytes();
    }

    /** {@code {1: 2, -1: 1, -2: x, -3: y, -4: d}}: a P-256 private key with its public key. */
    public static Bytes ec2P256Private(byte[] x, byte[] y, byte[] d) {
        return ec2P256Map(x, y).put(D, d).build().toBytes();
    }

    /** {@code {1: 1, -1: 6, -2: x}}. */
    public static Bytes okpEd25519(byte[] x) {
        return okpEd25519Map(x).build().toBytes();
    }

    /** {@code {1: 1, -1: 6, -2: x, -4: d}}: an Ed25519 private key (the RFC 8032 §5.1.5 seed) with its public key. */
    public static Bytes okpEd25519Private(byte[] x, byte[] d) {
        return okpEd25519Map(x).put(D, d).build().toBytes();
    }

    /** {@code {1: 5, -1: pub}}, pub being the RFC 8554 HSS public key. */
    public static Bytes hssLms(byte[] publicKey) {
        return hssLmsMap(publicKey).build().toBytes();
    }

    /**
     * {@code {1: 5, -1: pub, -2: private}}: this suite's HSS-LMS private key, {@code privateKey} the
     * BouncyCastle encoding of the HSS private key, which carries its signing state.
     */
    public static Bytes hssLmsPrivate(byte[] publicKey, byte[] privateKey) {
        return hssLmsMap(publicKey).put(HSS_LMS_PRIVATE, privateKey).build().toBytes();
    }

    private static CborValue.MapBuilder ec2P256Map(byte[] x, byte[] y) {
        return CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_P256).put(X, x).put(Y, y);
    }

    private static CborValue.MapBuilder okpEd25519Map(byte[] x) {
        return CborValue.map().put(KTY, KTY_OKP).put(CRV, CRV_ED25519).put(X, x);
    }

    private static CborValue.MapBuilder hssLmsMap(byte[] publicKey) {
        return CborValue.map().put(KTY, KTY_HSS_LMS).put(HSS_LMS_PUB, publicKey);
    }
}

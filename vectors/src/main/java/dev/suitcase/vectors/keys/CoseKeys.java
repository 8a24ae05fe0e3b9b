package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

/**
 * The COSE_Key encodings (canonical CBOR) of the public keys the corpus uses. The labels are
 * those of RFC 9052 §7.1 (kty 1), RFC 9053 §7.1.1/§7.2 (crv -1, x -2, y -3) and RFC 8778 §5.2
 * (HSS-LMS pub -1).
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
    private static final int HSS_LMS_PUB = -1;

    private CoseKeys() {
    }

    /** {@code {1: 2, -1: 1, -2: x, -3: y}}; the coordinates are written as given, whatever their length. */
    public static Bytes ec2P256(byte[] x, byte[] y) {
        return CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_P256).put(X, x).put(Y, y).build().toBytes();
    }

    /** {@code {1: 1, -1: 6, -2: x}}. */
    public static Bytes okpEd25519(byte[] x) {
        return CborValue.map().put(KTY, KTY_OKP).put(CRV, CRV_ED25519).put(X, x).build().toBytes();
    }

    /** {@code {1: 5, -1: pub}}, pub being the RFC 8554 HSS public key. */
    public static Bytes hssLms(byte[] publicKey) {
        return CborValue.map().put(KTY, KTY_HSS_LMS).put(HSS_LMS_PUB, publicKey).build().toBytes();
    }
}

package dev.suitcase.vectors.keys;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.model.Bytes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The COSE_Key encodings (canonical CBOR) of the public keys the corpus uses, and of the private
 * keys producers are given to sign with. The labels are those of RFC 9052 §7.1 (kty 1), RFC 9053
 * §7.1.1/§7.2 (crv -1, x -2, y -3, d -4) and RFC 8778 §5.2 (HSS-LMS pub -1). RFC 8778 defines no
 * private HSS-LMS form; this suite's is label -2, the BouncyCastle encoding of the HSS private key
 * (adapters/PROTOCOL.md, "Sign (producers)").
 *
 * <p>The suite's test keys ({@code dev.suitcase.testkeys}) carry raw bytes only; {@link #of} and
 * {@link #privateOf} give their COSE_Keys.
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

    /** The public key of {@code key} as an EC2 COSE_Key. */
    public static Bytes of(EcdsaP256TestKey key) {
        return ec2P256(key.x(), key.y());
    }

    /** The public key of {@code key} as an OKP COSE_Key. */
    public static Bytes of(Ed25519TestKey key) {
        return okpEd25519(key.publicKey());
    }

    /** The public key of {@code key} as an HSS-LMS COSE_Key (RFC 8778). */
    public static Bytes of(HssLmsTestKey key) {
        return hssLms(key.publicKey());
    }

    /** {@code key} as an EC2 private COSE_Key, d 32 bytes. */
    public static Bytes privateOf(EcdsaP256TestKey key) {
        return ec2P256Private(key.x(), key.y(), key.privateScalar());
    }

    /** {@code key} as an OKP private COSE_Key, d its seed. */
    public static Bytes privateOf(Ed25519TestKey key) {
        return okpEd25519Private(key.publicKey(), key.seed());
    }

    /** {@code key} in its current signing state as this suite's HSS-LMS private COSE_Key. */
    public static Bytes privateOf(HssLmsTestKey key) {
        try {
            return hssLmsPrivate(key.publicKey(), key.privateKey().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("BouncyCastle could not encode an HSS private key it generated", e);
        }
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

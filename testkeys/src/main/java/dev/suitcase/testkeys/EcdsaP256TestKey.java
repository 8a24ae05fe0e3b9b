package dev.suitcase.testkeys;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A P-256 test key that signs deterministically (RFC 6979 with SHA-256, as RFC 9053 §2.1
 * recommends), so that every ECDSA signature made with it is the same on every run. A key is
 * derived from a label (the private scalar is SHA-256("suitcase ecdsa-p256 test key: " + label)
 * reduced into [1, n-1]), given by its scalar, or one of the published keys below.
 */
public final class EcdsaP256TestKey {
    /** P-256 (SEC 2 secp256r1), in BouncyCastle's optimised implementation. */
    public static final ECDomainParameters DOMAIN = domain();

    /** RFC 6979 Appendix A.2.5: the P-256 key of the deterministic ECDSA examples. */
    public static final EcdsaP256TestKey RFC6979_A_2_5 =
            fromScalar(new BigInteger("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", 16));

    /**
     * draft-ietf-suit-manifest-37 Appendix B: the example key (a PEM there) that signs the
     * specification's example envelopes.
     */
    public static final EcdsaP256TestKey SUIT_MANIFEST_APPENDIX_B =
            fromScalar(new BigInteger("0296588d909418b339d150420a3612b57fb4f631a69f224fae90cb4f3fe18973", 16));

    private static final int COORDINATE_BYTES = 32;

    private final ECPrivateKeyParameters privateKey;
    private final ECPoint q;

    private EcdsaP256TestKey(BigInteger d) {
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        this.q = DOMAIN.getG().multiply(d).normalize();
    }

    /** A key with a given private scalar in [1, n-1]. */
    public static EcdsaP256TestKey fromScalar(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(DOMAIN.getN()) >= 0) {
            throw new IllegalArgumentException("a P-256 private scalar is in [1, n-1]");
        }
        return new EcdsaP256TestKey(d);
    }

    /** The key of {@code label}: the same label gives the same key on every run. */
    public static EcdsaP256TestKey derive(String label) {
        byte[] digest = SeededRandom.sha256(("suitcase ecdsa-p256 test key: " + label).getBytes(StandardCharsets.UTF_8));
        BigInteger n = DOMAIN.getN();
        return new EcdsaP256TestKey(new BigInteger(1, digest).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE));
    }

    /** The private scalar d. */
    public BigInteger d() {
        return privateKey.getD();
    }

    /** d as 32 big-endian bytes, the form of a COSE_Key's d (RFC 9053 §7.1.1). */
    public byte[] privateScalar() {
        return BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, privateKey.getD());
    }

    /** The public key's x coordinate, 32 big-endian bytes. */
    public byte[] x() {
        return BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, q.getAffineXCoord().toBigInteger());
    }

    /** The public key's y coordinate, 32 big-endian bytes. */
    public byte[] y() {
        return BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, q.getAffineYCoord().toBigInteger());
    }

    /** The public point Q = [d]G, normalised. */
    public ECPoint publicPoint() {
        return q;
    }

    public ECPrivateKeyParameters privateKey() {
        return privateKey;
    }

    public ECPublicKeyParameters publicKey() {
        return new ECPublicKeyParameters(q, DOMAIN);
    }

    /**
     * ECDSA over SHA-256(message) with the RFC 6979 nonce, in the COSE form: r then s, 32 bytes
     * each (RFC 9053 §2.1). s is as the signer computes it, high or low.
     */
    public byte[] sign(byte[] message) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(message, 0, message.length);
        byte[] hash = new byte[sha256.getDigestSize()];
        sha256.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, privateKey);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] signature = new byte[2 * COORDINATE_BYTES];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, COORDINATE_BYTES);
        BigIntegers.asUnsignedByteArray(rs[1], signature, COORDINATE_BYTES, COORDINATE_BYTES);
        return signature;
    }

    private static ECDomainParameters domain() {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }
}

package dev.suitcase.vectors.keys;

import dev.suitcase.vectors.model.Bytes;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A P-256 test key derived from a label, signing deterministically (RFC 6979 with SHA-256, as
 * RFC 9053 §2.1 recommends), so that every generated ECDSA signature is the same on every run.
 * The private scalar is SHA-256("suitcase ecdsa-p256 test key: " + label) reduced into [1, n-1].
 */
public final class EcdsaP256TestKey {
    private static final X9ECParameters CURVE = ECNamedCurveTable.getByName("P-256");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE);
    private static final int COORDINATE_BYTES = 32;

    private final ECPrivateKeyParameters privateKey;
    private final byte[] x;
    private final byte[] y;

    private EcdsaP256TestKey(BigInteger d) {
        this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
        ECPoint q = DOMAIN.getG().multiply(d).normalize();
        this.x = BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, q.getAffineXCoord().toBigInteger());
        this.y = BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, q.getAffineYCoord().toBigInteger());
    }

    /** A key with a given private scalar in [1, n-1], e.g. the key of an RFC 6979 example. */
    public static EcdsaP256TestKey fromScalar(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(DOMAIN.getN()) >= 0) {
            throw new IllegalArgumentException("a P-256 private scalar is in [1, n-1]");
        }
        return new EcdsaP256TestKey(d);
    }

    public static EcdsaP256TestKey derive(String label) {
        byte[] digest = SeededRandom.sha256(("suitcase ecdsa-p256 test key: " + label).getBytes(StandardCharsets.UTF_8));
        BigInteger n = DOMAIN.getN();
        BigInteger d = new BigInteger(1, digest).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        return new EcdsaP256TestKey(d);
    }

    /** The public key as an EC2 COSE_Key. */
    public Bytes coseKey() {
        return CoseKeys.ec2P256(x, y);
    }

    public byte[] x() {
        return x.clone();
    }

    public byte[] y() {
        return y.clone();
    }

    /** A signature over SHA-256(message) in the COSE form: r and s, 32 bytes each (RFC 9053 §2.1). */
    public Bytes sign(byte[] message) {
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(message, 0, message.length);
        byte[] hash = new byte[sha256.getDigestSize()];
        sha256.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, privateKey);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] signature = new byte[2 * COORDINATE_BYTES];
        System.arraycopy(BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, rs[0]), 0, signature, 0, COORDINATE_BYTES);
        System.arraycopy(BigIntegers.asUnsignedByteArray(COORDINATE_BYTES, rs[1]), 0, signature, COORDINATE_BYTES, COORDINATE_BYTES);
        return Bytes.of(signature);
    }
}

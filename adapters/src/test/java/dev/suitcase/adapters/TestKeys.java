package dev.suitcase.adapters;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.SigStructure;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.HSSKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.HSSKeyGenerationParameters;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.HSSSigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Fixed test keys of the three families, their COSE_Key encodings, and signatures made with them
 * by BouncyCastle, for the adapter tests. P-256: the RFC 6979 A.2.5 key; Ed25519: the RFC 8032
 * §7.1 TEST 1 key; HSS: a one-level SHA-256 H5/W8 key from a seeded generator.
 */
public final class TestKeys {
    private static final HexFormat HEX = HexFormat.of();
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    /** RFC 6979 A.2.5 private key x. */
    public static final BigInteger P256_D =
            new BigInteger("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", 16);
    /** RFC 8032 §7.1 TEST 1 secret key. */
    public static final byte[] ED25519_SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    private static final HSSPrivateKeyParameters HSS_TEMPLATE = hssKey();

    private TestKeys() {
    }

    public static byte[] ed25519Public() {
        byte[] a = new byte[32];
        Ed25519.generatePublicKey(ED25519_SEED, 0, a, 0);
        return a;
    }

    public static ECPoint p256Public() {
        return P256.getG().multiply(P256_D).normalize();
    }

    /** The HSS public key, {@code u32str(L) || LMS public key}. */
    public static byte[] hssPublic() {
        try {
            return HSS_TEMPLATE.getPublicKey().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BouncyCastle's encoding of the HSS private key, in its initial state. */
    public static byte[] hssPrivateEncoded() {
        try {
            return HSS_TEMPLATE.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bytes coseKeyEd25519() {
        return okp(ed25519Public());
    }

    /** An OKP Ed25519 COSE_Key with any x, valid or not. */
    public static Bytes okp(byte[] x) {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 1).Add(-1, 6).Add(-2, x);
        return Bytes.of(key.EncodeToBytes());
    }

    public static Bytes coseKeyP256() {
        ECPoint q = p256Public();
        return ec2(unsigned32(q.getAffineXCoord().toBigInteger()), unsigned32(q.getAffineYCoord().toBigInteger()));
    }

    /** An EC2 P-256 COSE_Key with any coordinates. */
    public static Bytes ec2(byte[] x, byte[] y) {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 2).Add(-1, 1).Add(-2, x).Add(-3, y);
        return Bytes.of(key.EncodeToBytes());
    }

    public static Bytes coseKeyHss() {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 5).Add(-1, hssPublic());
        return Bytes.of(key.EncodeToBytes());
    }

    public static Bytes privateKeyP256() {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 2).Add(-1, 1).Add(-4, unsigned32(P256_D));
        return Bytes.of(key.EncodeToBytes());
    }

    public static Bytes privateKeyEd25519() {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 1).Add(-1, 6).Add(-2, ed25519Public()).Add(-4, ED25519_SEED);
        return Bytes.of(key.EncodeToBytes());
    }

    /** This suite's private HSS COSE_Key: kty 5, pub (-1), BouncyCastle-encoded private key at -2. */
    public static Bytes privateKeyHss() {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 5).Add(-1, hssPublic()).Add(-2, hssPrivateEncoded());
        return Bytes.of(key.EncodeToBytes());
    }

    /** The test key of the family's public COSE_Key. */
    public static Bytes coseKey(Algorithm algorithm) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> coseKeyP256();
            case ED25519 -> coseKeyEd25519();
            case HSS_LMS -> coseKeyHss();
        };
    }

    /** A valid signature over {@code message} by the family's test key (ECDSA: RFC 6979, low s). */
    public static byte[] sign(Algorithm algorithm, byte[] message) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> signP256(message);
            case ED25519 -> {
                byte[] signature = new byte[64];
                Ed25519.sign(ED25519_SEED, 0, message, 0, message.length, signature, 0);
                yield signature;
            }
            case HSS_LMS -> {
                try {
                    HSSPrivateKeyParameters key = HSSPrivateKeyParameters.getInstance(hssPrivateEncoded());
                    HSSSigner signer = new HSSSigner();
                    signer.init(true, key);
                    yield signer.generateSignature(message);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** A COSE_Sign1_Tagged with {1: alg} protected, the payload attached (or nil when detached), signed by the test key. */
    public static Bytes coseSign1(Algorithm algorithm, byte[] payload, boolean detached, byte[] externalAad) {
        byte[] protectedHeader = CBORObject.NewOrderedMap().Add(1, algorithm.coseId()).EncodeToBytes();
        byte[] toBeSigned = SigStructure.signature1(Span.of(protectedHeader), Span.of(externalAad), Span.of(payload));
        return coseSign1(protectedHeader, detached ? null : payload, sign(algorithm, toBeSigned));
    }

    /** A COSE_Sign1_Tagged from its parts; {@code payload} null for nil. */
    public static Bytes coseSign1(byte[] protectedHeader, byte[] payload, byte[] signature) {
        CBORObject message = CBORObject.NewArray()
                .Add(protectedHeader)
                .Add(CBORObject.NewOrderedMap())
                .Add(payload == null ? CBORObject.Null : CBORObject.FromObject(payload))
                .Add(signature);
        return Bytes.of(CBORObject.FromObjectAndTag(message, 18).EncodeToBytes());
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static byte[] signP256(byte[] message) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(P256_D,
                new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH())));
        BigInteger[] rs = signer.generateSignature(sha256(message));
        BigInteger s = rs[1].compareTo(P256.getN().shiftRight(1)) > 0 ? P256.getN().subtract(rs[1]) : rs[1];
        byte[] signature = new byte[64];
        System.arraycopy(unsigned32(rs[0]), 0, signature, 0, 32);
        System.arraycopy(unsigned32(s), 0, signature, 32, 32);
        return signature;
    }

    private static HSSPrivateKeyParameters hssKey() {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(HEX.parseHex("5375697463617365204853532074657374206b6579"));
            HSSKeyPairGenerator generator = new HSSKeyPairGenerator();
            generator.init(new HSSKeyGenerationParameters(new LMSParameters[] {
                    LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8)}, seeded));
            AsymmetricCipherKeyPair pair = generator.generateKeyPair();
            return (HSSPrivateKeyParameters) pair.getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.suitcase.adapters;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.cbor.Span;
import dev.suitcase.verifier.cose.SigStructure;
import org.bouncycastle.crypto.params.HSSPrivateKeyParameters;
import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.bouncycastle.crypto.signers.HSSSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The adapter tests' key of each family, from the suite's test keys, with their COSE_Key
 * encodings and signatures made with them. P-256: the RFC 6979 A.2.5 key; Ed25519: the RFC 8032
 * §7.1 TEST 1 key; HSS: a one-level SHA-256 H5/W8 key generated from a seeded source, every
 * signature made from its initial state.
 */
public final class TestKeys {
    /** RFC 6979 A.2.5. */
    public static final EcdsaP256TestKey P256 = EcdsaP256TestKey.RFC6979_A_2_5;
    /** RFC 8032 §7.1 TEST 1. */
    public static final Ed25519TestKey ED25519 = Ed25519TestKey.RFC8032_TEST_1;

    private static final BigInteger P256_N = EcdsaP256TestKey.DOMAIN.getN();
    private static final HssLmsTestKey HSS = HssLmsTestKey.generate("adapter tests",
            List.of(LMSParameters.create(LMSigParameters.lms_sha256_n32_h5, LMOtsParameters.sha256_n32_w8)));
    /** BouncyCastle's encoding of the HSS private key in its initial state, which every signature starts from. */
    private static final byte[] HSS_INITIAL_STATE = encoded(HSS.privateKey());

    private TestKeys() {
    }

    /** The HSS public key, {@code u32str(L) || LMS public key}. */
    public static byte[] hssPublic() {
        return HSS.publicKey();
    }

    public static Bytes coseKeyEd25519() {
        return CoseKeys.of(ED25519);
    }

    /** An OKP Ed25519 COSE_Key with any x, valid or not. */
    public static Bytes okp(byte[] x) {
        return CoseKeys.okpEd25519(x);
    }

    public static Bytes coseKeyP256() {
        return CoseKeys.of(P256);
    }

    /** An EC2 P-256 COSE_Key with any coordinates. */
    public static Bytes ec2(byte[] x, byte[] y) {
        return CoseKeys.ec2P256(x, y);
    }

    public static Bytes coseKeyHss() {
        return CoseKeys.hssLms(HSS.publicKey());
    }

    /** The P-256 private COSE_Key with d only, no public coordinates: {1: 2, -1: 1, -4: d}. */
    public static Bytes privateKeyP256() {
        CBORObject key = CBORObject.NewOrderedMap();
        key.Add(1, 2).Add(-1, 1).Add(-4, P256.privateScalar());
        return Bytes.of(key.EncodeToBytes());
    }

    public static Bytes privateKeyEd25519() {
        return CoseKeys.privateOf(ED25519);
    }

    /** This suite's private HSS COSE_Key, in the initial state: kty 5, pub (-1), BouncyCastle-encoded private key at -2. */
    public static Bytes privateKeyHss() {
        return CoseKeys.hssLmsPrivate(HSS.publicKey(), HSS_INITIAL_STATE);
    }

    /** The test key of the family's public COSE_Key. */
    public static Bytes coseKey(Algorithm algorithm) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> coseKeyP256();
            case ED25519 -> coseKeyEd25519();
            case HSS_LMS -> coseKeyHss();
        };
    }

    /**
     * A valid signature over {@code message} by the family's test key. ECDSA: RFC 6979, normalised
     * to low s, so that {@link TestVectors#es256HighS} is the high form; HSS: from the initial state.
     */
    public static byte[] sign(Algorithm algorithm, byte[] message) {
        return switch (algorithm.family()) {
            case ECDSA_P256 -> lowS(P256.sign(message));
            case ED25519 -> ED25519.sign(message);
            case HSS_LMS -> {
                try {
                    HSSSigner signer = new HSSSigner();
                    signer.init(true, HSSPrivateKeyParameters.getInstance(HSS_INITIAL_STATE));
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

    public static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    /** r ‖ s with s replaced by n - s when s > n/2. */
    private static byte[] lowS(byte[] signature) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (s.compareTo(P256_N.shiftRight(1)) > 0) {
            System.arraycopy(unsigned32(P256_N.subtract(s)), 0, signature, 32, 32);
        }
        return signature;
    }

    private static byte[] encoded(HSSPrivateKeyParameters key) {
        try {
            return key.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("BouncyCastle could not encode an HSS private key it generated", e);
        }
    }
}

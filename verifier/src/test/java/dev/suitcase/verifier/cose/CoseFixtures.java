package dev.suitcase.verifier.cose;

import com.upokecenter.cbor.CBORObject;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed448;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;

/** The suite's test keys by value, and signers for building COSE messages; deterministic, no randomness. */
final class CoseFixtures {
    /** The P-256 signing key of draft-ietf-suit-manifest-37 Appendix B. */
    static final BigInteger P256_D = EcdsaP256TestKey.SUIT_MANIFEST_APPENDIX_B.d();
    /** The RFC 8032 §7.1 TEST 1 secret key. */
    static final byte[] ED25519_SEED = Ed25519TestKey.RFC8032_TEST_1.seed();

    private CoseFixtures() {
    }

    static ECPoint p256Public(BigInteger d) {
        return EcdsaP256TestKey.fromScalar(d).publicPoint();
    }

    /** An EC2 P-256 COSE_Key {1:2, -1:1, -2:x, -3:y}, with an alg parameter when {@code alg} is not null. */
    static byte[] ec2Key(BigInteger d, Integer alg) {
        ECPoint q = p256Public(d);
        CBORObject key = CBORObject.NewOrderedMap()
                .Add(1, 2)
                .Add(-1, 1)
                .Add(-2, q.getAffineXCoord().getEncoded())
                .Add(-3, q.getAffineYCoord().getEncoded());
        if (alg != null) {
            key.Add(3, alg);
        }
        return key.EncodeToBytes();
    }

    /** An OKP Ed25519 COSE_Key {1:1, -1:6, -2:x}. */
    static byte[] okpKey(byte[] seed, Integer alg) {
        CBORObject key = CBORObject.NewOrderedMap().Add(1, 1).Add(-1, 6).Add(-2, ed25519Public(seed));
        if (alg != null) {
            key.Add(3, alg);
        }
        return key.EncodeToBytes();
    }

    static byte[] ed25519Public(byte[] seed) {
        return Ed25519TestKey.fromSeed(seed).publicKey();
    }

    /** ECDSA P-256 with SHA-256, deterministic (RFC 6979), as raw r‖s. */
    static byte[] signEs256(BigInteger d, byte[] message) {
        return EcdsaP256TestKey.fromScalar(d).sign(message);
    }

    static byte[] signEd25519(byte[] seed, byte[] message) {
        return Ed25519TestKey.fromSeed(seed).sign(message);
    }

    /** An Ed448 public key of {@code seed} (57 bytes, RFC 8032 §5.2.5). */
    static byte[] ed448Public(byte[] seed) {
        byte[] publicKey = new byte[Ed448.PUBLIC_KEY_SIZE];
        Ed448.generatePublicKey(seed, 0, publicKey, 0);
        return publicKey;
    }

    /** Pure Ed448 with an empty context (RFC 8032 §5.2.6). */
    static byte[] signEd448(byte[] seed, byte[] message) {
        byte[] signature = new byte[Ed448.SIGNATURE_SIZE];
        Ed448.sign(seed, 0, new byte[0], message, 0, message.length, signature, 0);
        return signature;
    }

    /** The public point of {@code d} on the named curve, e.g. {@code secp384r1}. */
    static ECPoint publicOn(String curve, BigInteger d) {
        return CustomNamedCurves.getByName(curve).getG().multiply(d).normalize();
    }

    /**
     * ECDSA with SHA-256 on the named curve, deterministic (RFC 6979), as raw r‖s with each half as long as
     * the curve's order: what ES256 makes with a key on another curve.
     */
    static byte[] signSha256On(String curve, BigInteger d, byte[] message) {
        X9ECParameters parameters = CustomNamedCurves.getByName(curve);
        ECDomainParameters domain = new ECDomainParameters(parameters.getCurve(), parameters.getG(),
                parameters.getN(), parameters.getH());
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, domain));
        BigInteger[] rs = signer.generateSignature(Sha256.digest(message));
        int half = (domain.getN().bitLength() + 7) / 8;
        byte[] signature = new byte[2 * half];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, half);
        BigIntegers.asUnsignedByteArray(rs[1], signature, half, half);
        return signature;
    }

    /** ["Signature1", protected, aad, payload] with minimal heads, built independently of SigStructure. */
    static byte[] toBeSigned(byte[] protectedBytes, byte[] aad, byte[] payload) {
        return CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(aad).Add(payload).EncodeToBytes();
    }
}

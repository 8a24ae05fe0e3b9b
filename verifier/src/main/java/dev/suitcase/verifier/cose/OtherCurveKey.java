package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.crypto.KeyCheck;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed448;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * A key on a signature curve none of the suite's algorithms uses, verifying as a library that takes the
 * curve from the key does: ECDSA with SHA-256 (what ES256 and ESP256 hash with) on P-384, P-521 or
 * secp256k1, r ‖ s each as long as the curve's order (RFC 9053 §2.1); pure Ed448 with an empty context
 * (RFC 8032 §5.2). It exists for one knockout only, {@link CoseCheck#KEY_CRV_OF_OTHER_ALGORITHM}: the
 * reference verifier itself never verifies on these curves. BouncyCastle does the arithmetic; the
 * checks it makes are enough here, since what this key accepts never decides a default outcome.
 */
final class OtherCurveKey {
    private static final int CRV_P384 = 2;
    private static final int CRV_P521 = 3;
    private static final int CRV_ED448 = 7;
    private static final int CRV_SECP256K1 = 8;

    private final CoseKeyMaterial.OtherCurve material;

    private OtherCurveKey(CoseKeyMaterial.OtherCurve material) {
        this.material = material;
    }

    /** The key of {@code material}, which {@link CoseKeyReader} read as a valid key of its curve. */
    static OtherCurveKey of(CoseKeyMaterial.OtherCurve material) {
        return new OtherCurveKey(material);
    }

    /** Whether {@code x} (and for EC2 {@code y}) is a valid public key on {@code crv}. */
    static boolean isKey(long kty, long crv, byte[] x, byte[] y) {
        if (kty == CoseKeyMaterial.KTY_OKP) {
            return crv == CRV_ED448 && x.length == Ed448.PUBLIC_KEY_SIZE && Ed448.validatePublicKeyFull(x, 0);
        }
        return domain(crv).map(domain -> point(domain, x, y).isPresent()).orElse(false);
    }

    /**
     * Verifies {@code signature} over the {@code length} bytes of {@code message} from {@code offset}. A signature
     * that does not verify is rejected by the verification equation of its family, {@link KeyCheck#ECDSA_EQUATION}
     * or {@link KeyCheck#ED25519_EQUATION} (Ed448's equation is Ed25519's on another curve, RFC 8032 §5.2.7), the
     * checks a signature that fails under a supported key is rejected by; the detail names the curve.
     */
    void verify(byte[] message, int offset, int length, byte[] signature) {
        byte[] signed = Arrays.copyOfRange(message, offset, offset + length);
        boolean edwards = material.kty() == CoseKeyMaterial.KTY_OKP;
        boolean valid = edwards
                ? signature.length == Ed448.SIGNATURE_SIZE
                        && Ed448.verify(signature, 0, material.x(), 0, new byte[0], signed, 0, signed.length)
                : ecdsaVerifies(signed, signature);
        if (!valid) {
            throw (edwards ? KeyCheck.ED25519_EQUATION : KeyCheck.ECDSA_EQUATION).rejection("the signature does"
                    + " not verify under the " + material.describe() + ", read on its own curve");
        }
    }

    private boolean ecdsaVerifies(byte[] signed, byte[] signature) {
        ECDomainParameters domain = domain(material.crv()).orElseThrow();
        int half = (domain.getN().bitLength() + 7) / 8;
        if (signature.length != 2 * half) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, half, 2 * half));
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(point(domain, material.x(), material.y()).orElseThrow(),
                domain));
        return verifier.verifySignature(Sha256.digest(signed), r, s);
    }

    private static Optional<ECDomainParameters> domain(long crv) {
        String name = crv == CRV_P384 ? "secp384r1" : crv == CRV_P521 ? "secp521r1"
                : crv == CRV_SECP256K1 ? "secp256k1" : null;
        if (name == null) {
            return Optional.empty();
        }
        X9ECParameters curve = CustomNamedCurves.getByName(name);
        return Optional.of(new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()));
    }

    /** The point (x, y) of the curve, if both are field elements of the curve's length and it lies on it. */
    private static Optional<ECPoint> point(ECDomainParameters domain, byte[] x, byte[] y) {
        int length = (domain.getCurve().getFieldSize() + 7) / 8;
        if (x.length != length || y.length != length) {
            return Optional.empty();
        }
        try {
            return Optional.of(domain.getCurve().validatePoint(new BigInteger(1, x), new BigInteger(1, y)));
        } catch (IllegalArgumentException notOnTheCurve) {
            return Optional.empty();
        }
    }
}

package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.SIGNER;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;

/**
 * P-256 key and ECDSA signature rules that no other family's vector isolates (a processor without
 * exactly that rule accepts the vector) or, for a rule no processor can go on past, fires: each case
 * breaks its rule alone, with a signature that is valid for the key as a processor without the rule
 * reads it.
 *
 * <ul>
 *   <li>a point off the curve: (x, 0), of order 2 on the curve with the same a through it, where a
 *       signature made without any secret verifies;</li>
 *   <li>a signature of the wrong length that no reading turns into r and s: an ES384 one.</li>
 * </ul>
 */
public final class EcdsaIsolationFamily extends EcdsaFamily {
    private static final String EC2_POINT = "RFC9053-7.1.1-ec2-point";

    @Override
    public String name() {
        return "ecdsa-isolation";
    }

    @Case(id = "signature.*.key.off-curve-order-2-forgery", title = "EC2 key (x, 0) off P-256, of order 2 on the curve "
            + "through it, with a forged signature, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidPoint", "Forgery"},
            sweep = Sweep.ECDSA,
            description = """
                    The trusted key is (x, 0) for an x at which x^3 - 3x + b is not 0: not a point of P-256. On the
                    curve y^2 = x^3 - 3x + b' through it, which has the same a, it is a point of order 2, and the
                    addition formulas never use b, so a verifier without the on-curve check computes on that curve. The
                    signature was made without any secret: R = [e/s]G for the digest e of the message, r = x(R) mod n,
                    and s chosen so that u2 = r/s mod n is even, which makes [u2]Q the point at infinity and u1 G + u2 Q
                    = R.

                    A verifier must refuse the key (RFC 9053 §7.1.1, SEC 1 v2 §3.2.2.1: the point is on the curve). One
                    that does not accepts such a forgery for every message: a trust anchor corrupted into a point like
                    this one lets anyone sign firmware.""")
    BuiltCase offCurveOrder2Forgery(CaseContext<Void> context) {
        return offCurveForgery(context.algorithm().coseId());
    }

    @Case(id = "signature.*.length.96-bytes-p384",
            title = "ES384-sized signature (96 bytes: P-384 r and s) under {name}",
            severity = Severity.HIGH, requirements = {"RFC9053-2.1-dss-verify"}, flags = {"SignatureSize"},
            sweep = Sweep.ECDSA,
            robustness = """
                    The 96 bytes are r and s of a P-384 signature over SHA-384: no reading of them gives a P-256 r and s
                    that verify under the key, so no processor can accept it.""",
            description = """
                    A valid ES384 signature of the message, r and s of 48 bytes each made by a P-384 key over SHA-384,
                    presented under {alg} with the signer's P-256 key. A P-256 signature is r and s of 32 bytes each
                    (RFC 9053 §2.1).

                    A verifier must reject it as malformed. No reading of the 96 bytes gives r and s that verify under
                    the P-256 key: the halves are 48-byte integers above n, and a signature made on another curve over
                    another hash would not verify if they were not. Accepting it means the verifier skipped the
                    signature.""")
    BuiltCase length96BytesP384(CaseContext<Void> context) {
        return reject(Reason.SIGNATURE_MALFORMED, input(context.algorithm().coseId(), MESSAGE, p384Signature(),
                CoseKeys.of(SIGNER)));
    }

    /**
     * The forgery under Q = (x, 0): for s = 1, 2, ... the first for which r = x([e/s]G) mod n is not
     * 0 and u2 = r/s mod n is even, so that [u2]Q, Q being of order 2, is the point at infinity.
     */
    private static BuiltCase offCurveForgery(int algorithmId) {
        BigInteger x = EcdsaP256.scalar("off-curve key of order 2: x").mod(EcdsaP256.P);
        BigInteger b = EcdsaP256.CURVE.getCurve().getB().toBigInteger();
        if (x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(b).mod(EcdsaP256.P).signum() == 0) {
            throw new IllegalStateException("(x, 0) is a point of P-256; the key must be off the curve");
        }
        BigInteger e = EcdsaFixtures.messageDigest();
        for (BigInteger s = BigInteger.ONE; s.bitLength() < 16; s = s.add(BigInteger.ONE)) {
            BigInteger w = s.modInverse(EcdsaP256.N);
            BigInteger r = EcdsaP256.multiplyBase(e.multiply(w)).getAffineXCoord().toBigInteger().mod(EcdsaP256.N);
            BigInteger u2 = r.multiply(w).mod(EcdsaP256.N);
            if (r.signum() != 0 && !u2.testBit(0)) {
                return reject(Reason.BAD_KEY, input(algorithmId, MESSAGE, new EcdsaRs(r, s).padded(EcdsaP256.LENGTH),
                        CoseKeys.ec2P256(EcdsaP256.fixed(x), EcdsaP256.fixed(BigInteger.ZERO))));
            }
        }
        throw new IllegalStateException("no s below 2^16 makes u2 even");
    }

    /** An ES384 signature of MESSAGE: ECDSA on P-384 with SHA-384, r and s of 48 bytes each. */
    private static Bytes p384Signature() {
        X9ECParameters curve = CustomNamedCurves.getByName("secp384r1");
        ECDomainParameters domain = new ECDomainParameters(curve);
        BigInteger d = new BigInteger(1, Sha256.digest("ecdsa-isolation: P-384 signer".getBytes(StandardCharsets.UTF_8)))
                .mod(domain.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA384Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, domain));
        BigInteger[] rs = signer.generateSignature(EcdsaP256.digest("SHA-384", MESSAGE.toByteArray()));
        return new EcdsaRs(rs[0], rs[1]).padded(BigIntegers.getUnsignedByteLength(domain.getN()));
    }
}

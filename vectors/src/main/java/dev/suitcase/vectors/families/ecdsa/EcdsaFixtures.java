package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Advisory;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.ExpectedResult;
import dev.suitcase.vectors.model.SignatureInput;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Profile;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * What the ECDSA families share: the signing key and message of the signature-layer vectors, and
 * valid signatures with a leading zero byte in r or in s, made under keys chosen for them.
 */
final class EcdsaFixtures {
    /** The key that signs the signature-layer vectors. */
    static final EcdsaP256TestKey SIGNER = EcdsaP256TestKey.derive("ecdsa families: signer");
    /** A second key, for signatures made by someone else. */
    static final EcdsaP256TestKey OTHER_SIGNER = EcdsaP256TestKey.derive("ecdsa families: other signer");
    /** The message of the signature-layer vectors: 64 bytes, longer than a SHA-256 digest. */
    static final Bytes MESSAGE = utf8("suitcase ECDSA vectors: the bytes a COSE_Sign1 would sign, 64 B.");

    /** RFC 9053 §2.1 on the encoding of r and s: a rule for the signer, with no check for the verifier. */
    static final String RAW_RS_RULE = "RFC 9053 §2.1: \"The signature is encoded by converting the integers into"
            + " byte strings of the same length as the key size\" and concatenating them, Signature = I2OSP(R, n) |"
            + " I2OSP(S, n): a rule for the signer. Unlike JOSE (RFC 7518 §3.4), COSE sets the verifier no length"
            + " check, and these bytes hold the signer's own r and s.";
    /** RFC 9053 §7.1.1 on the encoding of EC2 coordinates: a rule for the key's encoder. */
    static final String LEADING_ZEROS_RULE = "RFC 9053 §7.1.1: each coordinate \"is converted to a byte string as"
            + " defined in [SEC1]. Leading zero octets MUST be preserved.\": a rule for whoever encodes the key. The"
            + " integer the string holds, and so the point, is unambiguous.";

    private EcdsaFixtures() {
    }

    static Bytes utf8(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * MESSAGE signed by SIGNER, in the low-s form, so that the vectors built on it are valid or
     * invalid under the ecdsa-low-s profile for the reason they are about, never for their s.
     */
    static EcdsaRs signature() {
        return EcdsaRs.decode(Bytes.of(SIGNER.sign(MESSAGE.toByteArray()))).withLowS();
    }

    /**
     * A valid low-s signature for the digest integer {@code e} whose r has exactly one leading
     * zero byte (one signature in 256 has one), under a key chosen for it.
     */
    static EcdsaChosenSignature withShortR(BigInteger e) {
        BigInteger k = EcdsaP256.scalarWhere(EcdsaP256.scalar("signature with a short r"),
                point -> oneLeadingZeroByte(point.getAffineXCoord().toBigInteger().mod(EcdsaP256.N)));
        EcdsaChosenSignature chosen = EcdsaChosenSignature.of(EcdsaP256.multiplyBase(k),
                EcdsaP256.lowScalar("signature with a short r: s"), e);
        if (!noLeadingZeroByte(chosen.signature().s())) {
            throw new IllegalStateException("the s of the short-r signature must have no leading zero byte");
        }
        return chosen;
    }

    /** A valid low-s signature for {@code e} whose s has exactly one leading zero byte, under a key chosen for it. */
    static EcdsaChosenSignature withShortS(BigInteger e) {
        BigInteger top = BigInteger.ONE.shiftLeft(247);
        BigInteger s = top.add(EcdsaP256.scalar("signature with a short s: s").mod(top));
        EcdsaChosenSignature chosen = EcdsaChosenSignature.of(
                EcdsaP256.multiplyBase(EcdsaP256.scalar("signature with a short s: R")), s, e);
        if (!noLeadingZeroByte(chosen.signature().r())) {
            throw new IllegalStateException("the r of the short-s signature must have no leading zero byte");
        }
        return chosen;
    }

    /** The digest integer of MESSAGE under SHA-256. */
    static BigInteger messageDigest() {
        return EcdsaP256.digestInteger(Sha256.digest(MESSAGE.toByteArray()));
    }

    /** Whether the 32-byte encoding of {@code value} starts with exactly one zero byte. */
    static boolean oneLeadingZeroByte(BigInteger value) {
        return value.bitLength() <= 248 && value.bitLength() > 240;
    }

    /** Whether the 32-byte encoding of {@code value} starts with a non-zero byte. */
    static boolean noLeadingZeroByte(BigInteger value) {
        return value.bitLength() > 248;
    }

    /** The signature-layer input of a case: the algorithm id presented, message, signature and COSE_Key. */
    static SignatureInput input(int algorithmId, Bytes message, Bytes signature, Bytes coseKey) {
        return new SignatureInput(algorithmId, message, signature, coseKey);
    }

    /** SIGNER's key and MESSAGE with {@code signature}, presented under {@code algorithm}. */
    static SignatureInput signerInput(Algorithm algorithm, Bytes signature) {
        return input(algorithm.coseId(), MESSAGE, signature, CoseKeys.of(SIGNER));
    }

    static BuiltCase reject(Reason reason, SignatureInput input) {
        return BuiltCase.of(Expectation.reject(reason), input);
    }

    /**
     * A rejection for an encoding rule RFC 9053 §2.1 sets the signer ({@link #RAW_RS_RULE}), of bytes that
     * still hold the signer's own r and s: advisory.
     */
    static BuiltCase producerRule(Reason reason, SignatureInput input) {
        return BuiltCase.of(Expectation.reject(reason).advisory(Advisory.Basis.PRODUCER_RULE, RAW_RS_RULE), input);
    }

    /** A rejection of a key encoded against RFC 9053 §7.1.1 ({@link #LEADING_ZEROS_RULE}) whose point is unambiguous: advisory. */
    static BuiltCase keyEncodingRule(Reason reason, SignatureInput input) {
        return BuiltCase.of(Expectation.reject(reason).advisory(Advisory.Basis.PRODUCER_RULE, LEADING_ZEROS_RULE), input);
    }

    static BuiltCase accept(SignatureInput input) {
        return BuiltCase.of(Expectation.accept(), input);
    }

    /** Valid by default, refused under ecdsa-low-s: the expectation for a valid signature with s above n/2. */
    static Expectation highSExpectation() {
        return Expectation.accept().withProfile(Profile.ECDSA_LOW_S, ExpectedResult.REJECT);
    }
}

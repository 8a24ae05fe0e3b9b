package dev.suitcase.vectors.families.ecdsa;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.crypto.Sha256;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.MESSAGE;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.SIGNER;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.input;
import static dev.suitcase.vectors.families.ecdsa.EcdsaFixtures.reject;

/**
 * The EC2 public key: kty EC2 (2), crv P-256 (1), x and y
 * each exactly 32 bytes with their leading zeros, below p, on the curve, and not the point at
 * infinity (RFC 9053 §2.1 and §7.1.1, SEC 1 v2 §3.2.2.1). Each vector offers a valid signature (or
 * one forged for the broken key) with a key that breaks one rule; a correct implementation refuses
 * the key before it looks at the signature.
 *
 * <p>The length of a coordinate is a rule for the key's encoder (RFC 9053 §7.1.1, leading zeros kept):
 * a 31- or 33-byte coordinate still holds the signer's integer, so those rejections are advisory. A
 * coordinate not below p, a point off the curve, the point at infinity, a missing coordinate or curve
 * leave no valid key to verify with, a MUST for the verifier.
 */
public final class EcdsaPublicKeyFamily extends EcdsaFamily {
    private static final String EC2_POINT = "RFC9053-7.1.1-ec2-point";
    private static final String EC2_KEY = "RFC9053-2.1-ec2-key";
    private static final String LEADING_ZEROS = "RFC9053-7.1.1-leading-zeros";
    private static final String COMPRESSED_POINT = "RFC9053-7.1.1-compressed-point";
    private static final int KTY = 1;
    private static final int KTY_OKP = 1;
    private static final int KTY_EC2 = 2;
    private static final int CRV = -1;
    private static final int CRV_P256 = 1;
    private static final int CRV_P384 = 2;
    private static final int CRV_ED25519 = 6;
    private static final int X = -2;
    private static final int Y = -3;

    @Override
    public String name() {
        return "ecdsa-public-key";
    }

    @Case(id = "signature.*.key.x-31-bytes", title = "EC2 key whose x lost its leading zero byte, under {name}",
            severity = Severity.LOW, requirements = {LEADING_ZEROS}, flags = {"NonCanonicalKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message by a key whose x coordinate is below 2^248, offered with x written
                    in its 31 significant bytes. RFC 9053 §7.1.1 has the encoder keep the leading zero bytes, 32 bytes
                    each for P-256, so the key is encoded wrongly.

                    The rule binds the encoder, and the 31 bytes hold the same integer: a verifier that reads x as an
                    integer gets the signer's point and verifies a genuine signature. The suite rejects the key
                    (BAD_KEY, advisory: a producer rule); a verifier that reads a fixed 32 bytes reads past the end. One
                    key in 256 has such an x: the fix belongs in the key encoder.""")
    BuiltCase x31Bytes(CaseContext<Void> context) {
        EcdsaP256TestKey key = keyWithLeadingZero("x");
        return keyEncodingCase(context.algorithm(), key, CoseKeys.ec2P256(Arrays.copyOfRange(key.x(), 1, 32), key.y()));
    }

    @Case(id = "signature.*.key.y-31-bytes", title = "EC2 key whose y lost its leading zero byte, under {name}",
            severity = Severity.LOW, requirements = {LEADING_ZEROS}, flags = {"NonCanonicalKey"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message by a key whose y coordinate is below 2^248, offered with y written
                    in its 31 significant bytes. RFC 9053 §7.1.1 has the encoder write 32-byte coordinates for P-256,
                    leading zeros kept.

                    The point is unambiguous and the signature genuine, so a verifier that pads y is not failing a rule
                    of its own. The suite rejects the key (BAD_KEY, advisory: a producer rule): padding silently hides
                    an encoder bug that other implementations turn into a refused update.""")
    BuiltCase y31Bytes(CaseContext<Void> context) {
        EcdsaP256TestKey key = keyWithLeadingZero("y");
        return keyEncodingCase(context.algorithm(), key, CoseKeys.ec2P256(key.x(), Arrays.copyOfRange(key.y(), 1, 32)));
    }

    @Case(id = "signature.*.key.x-33-bytes", title = "EC2 key with a 33-byte x (zero byte prepended), under {name}",
            severity = Severity.LOW, requirements = {LEADING_ZEROS}, flags = {"NonCanonicalKey"}, sweep = Sweep.ECDSA,
            description = """
                    The signer's key with a zero byte put before its x coordinate, 33 bytes, as an encoder that copies a
                    signed big-integer representation writes it. RFC 9053 §7.1.1 has the encoder write a P-256
                    coordinate in exactly 32 bytes (SEC 1's conversion).

                    A verifier that strips leading zeros verifies a genuine signature under the signer's point, but
                    gives one key several encodings, which breaks key pinning by bytes. The rule binds the encoder, so
                    the suite's rejection (BAD_KEY) is advisory: a producer rule.""")
    BuiltCase x33Bytes(CaseContext<Void> context) {
        return keyEncodingCase(context.algorithm(), SIGNER,
                CoseKeys.ec2P256(EcdsaRs.concat(new byte[1], SIGNER.x()), SIGNER.y()));
    }

    @Case(id = "signature.*.key.y-33-bytes", title = "EC2 key with a 33-byte y (zero byte prepended), under {name}",
            severity = Severity.LOW, requirements = {LEADING_ZEROS}, flags = {"NonCanonicalKey"}, sweep = Sweep.ECDSA,
            description = """
                    The signer's key with a zero byte put before its y coordinate, 33 bytes. RFC 9053 §7.1.1 has the
                    encoder write a P-256 coordinate in exactly 32 bytes.

                    The point is unambiguous and the signature genuine; accepting the key gives it several encodings.
                    The suite's rejection (BAD_KEY) is advisory: a producer rule.""")
    BuiltCase y33Bytes(CaseContext<Void> context) {
        return keyEncodingCase(context.algorithm(), SIGNER,
                CoseKeys.ec2P256(SIGNER.x(), EcdsaRs.concat(new byte[1], SIGNER.y())));
    }

    @Case(id = "signature.*.key.x-empty", title = "EC2 key with an empty x coordinate, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT, LEADING_ZEROS}, flags = {"InvalidKey"},
            sweep = Sweep.ECDSA,
            robustness = """
                    Read as an integer the empty x is 0, and (0, y) with the signer's y is off the curve: a processor
                    that skips the length check finds the point off the curve, one that skips the curve check still has
                    the length; key.x-31-bytes isolates the length rule.""",
            description = """
                    The signer's key with x replaced by the empty byte string. Coordinates of a P-256 key are exactly 32
                    bytes (RFC 9053 §7.1.1), and read as an integer the empty string is 0: (0, y) is not a point of
                    P-256, so no reading gives a valid key.

                    A verifier that reads missing bytes as zeros works with x = 0, a key nobody gave it, and must refuse
                    it as off the curve; one that reads 32 bytes regardless reads memory it does not own. Reject the
                    key.""")
    BuiltCase xEmpty(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CoseKeys.ec2P256(new byte[0], SIGNER.y()));
    }

    @Case(id = "signature.*.key.x-equals-p", title = "EC2 key with x = p, which is 0 modulo p, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            robustness = """
                    Reduced modulo p, x = p is 0, and no one holds the private key of the point (0, y), so no signature
                    verifies under it and a processor that skips the range check fails the equation; key.y-plus-p
                    isolates the range rule.""",
            description = """
                    A key (p, y) where (0, y) is a point of P-256: x is the field prime itself, which is 0 modulo p, so
                    the curve equation holds modulo p. A coordinate must be a field element, below p (RFC 9053 §7.1.1,
                    SEC 1 v2 §3.2.2.1), so the key is invalid.

                    A verifier that checks the equation modulo p but not the range accepts the key as (0, y): the same
                    point has two encodings, and code that compares keys by bytes is fooled. Reject the key.""")
    BuiltCase xEqualsP(CaseContext<Void> context) {
        ECPoint zero = EcdsaP256.firstPointFrom(BigInteger.ZERO);
        return keyCase(context.algorithm(), SIGNER, CoseKeys.ec2P256(EcdsaP256.fixed(EcdsaP256.P), EcdsaP256.y(zero)));
    }

    @Case(id = "signature.*.key.y-equals-p", title = "EC2 key with y = p, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            robustness = """
                    Reduced modulo p, y = p is 0, and no point of P-256 has y = 0 (its group has odd order, so no point
                    of order 2): a processor that skips the range check finds the key off the curve; key.y-plus-p
                    isolates the range rule.""",
            description = """
                    The signer's key with y replaced by the field prime p. A coordinate must be below p (RFC 9053
                    §7.1.1, SEC 1 v2 §3.2.2.1), and (x, p) is not on the curve, so the key is invalid.

                    Reject the key before any arithmetic: field routines that assume reduced input give undefined
                    results on p.""")
    BuiltCase yEqualsP(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CoseKeys.ec2P256(SIGNER.x(), EcdsaP256.fixed(EcdsaP256.P)));
    }

    @Case(id = "signature.*.key.x-max", title = "EC2 key with x = 2^256 - 1, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            robustness = """
                    Reduced modulo p, x = 2^256 - 1 is 2^224 - 2^192 - 2^96, which with the signer's y is off the curve:
                    a processor that skips the range check finds the key off the curve; key.y-plus-p isolates the range
                    rule.""",
            description = """
                    The signer's key with x replaced by 2^256 - 1, all 32 bytes ff: above the field prime, so not a
                    field element (RFC 9053 §7.1.1, SEC 1 v2 §3.2.2.1).

                    A verifier that only checks the length of the coordinate accepts a value no point can have. Reject
                    the key.""")
    BuiltCase xMax(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CoseKeys.ec2P256(EcdsaP256.fixed(BigInteger.ONE.shiftLeft(256)
                .subtract(BigInteger.ONE)), SIGNER.y()));
    }

    /**
     * SIGNER's x with y = 0, and a signature that verifies on the curve through that point, where it has
     * order 2: R = kG, r = x(R) mod n, s = e/k, for the first k from a label whose u2 = r/s is even.
     */
    @Case(id = "signature.*.key.off-curve",
            title = "EC2 key (x, 0), off the curve, with a signature forged on the curve through it, under {name}",
            severity = Severity.CRITICAL, requirements = {EC2_POINT}, flags = {"InvalidCurve"}, sweep = Sweep.ECDSA,
            description = """
                    The signer's key with y replaced by 0. No point of P-256 has y = 0 (its group has odd order n, so no
                    point of order 2): (x, 0) is off the curve, and RFC 9053 §7.1.1 (and SEC 1 v2 §3.2.2.1) requires the
                    point to be on it, so the key is invalid. The signature is forged without any private key: point
                    formulas never use b, so they compute on the curve y^2 = x^3 - 3x + b' through (x, 0), where that
                    point has order 2 and u2 Q is the point at infinity for every even u2. With R = kG, r = x(R) and s =
                    e/k, u1 G + u2 Q = kG whenever u2 = r/s is even, and the first such k is taken.

                    This is the invalid-curve attack in its smallest form: a verifier that skips the on-curve check
                    accepts a signature nobody made, and where a key can reach it from outside, anyone signs. Reject the
                    key.""")
    BuiltCase offCurve(CaseContext<Void> context) {
        BigInteger n = EcdsaP256.N;
        BigInteger e = EcdsaFixtures.messageDigest();
        for (BigInteger k = EcdsaP256.scalar("key " + context.caseName() + " order 2 k"); ; k = k.add(BigInteger.ONE)) {
            BigInteger r = EcdsaP256.multiplyBase(k).getAffineXCoord().toBigInteger().mod(n);
            BigInteger s = e.multiply(k.modInverse(n)).mod(n);
            if (!r.multiply(s.modInverse(n)).mod(n).testBit(0)) {
                return reject(Reason.BAD_KEY, input(context.algorithm().coseId(), MESSAGE, new EcdsaRs(r, s).raw(),
                        CoseKeys.ec2P256(SIGNER.x(), new byte[EcdsaP256.LENGTH])));
            }
        }
    }

    /**
     * Wycheproof's key with a small y (below 2^224, so y + p fits in 32 bytes), written with y + p, and
     * its valid signature of "Message" (ecdsa_secp256r1_sha256_p1363_test.json, tcId 247).
     */
    @Case(id = "signature.*.key.y-plus-p", title = "EC2 key with y + p for a small y, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            description = """
                    The public key of Wycheproof's test group "y-coordinate of the public key is small"
                    (ecdsa_secp256r1_sha256_p1363_test.json, tcId 247), whose y is below 2^224, with y written as y + p,
                    which still fits in 32 bytes, and that test's valid signature of the message "Message". A coordinate
                    must be a field element, below p (RFC 9053 §7.1.1, SEC 1 v2 §3.2.2.1), so the key is invalid.

                    A verifier that reduces coordinates modulo p instead of checking them reads the genuine key and
                    verifies the signature: one point then has two encodings, and code that compares or pins keys by
                    their bytes is fooled. Reject the key.""")
    BuiltCase yPlusP(CaseContext<Void> context) {
        HexFormat hex = HexFormat.of();
        BigInteger y = new BigInteger("1352bb4a0fa2ea4cceb9ab63dd684ade5a1127bcf300a698a7193bc2", 16);
        byte[] x = hex.parseHex("bcbb2914c79f045eaa6ecbbc612816b3be5d2d6796707d8125e9f851c18af015");
        Bytes signature = Bytes.of(hex.parseHex("31230428405560dcb88fb5a646836aea9b23a23dd973dcbe8014c87b8b20eb07"
                + "0f9344d6e812ce166646747694a41b0aaf97374e19f3c5fb8bd7ae3d9bd0beff"));
        return reject(Reason.BAD_KEY, input(context.algorithm().coseId(), EcdsaFixtures.utf8("Message"), signature,
                CoseKeys.ec2P256(x, EcdsaP256.fixed(y.add(EcdsaP256.P)))));
    }

    @Case(id = "signature.*.key.coordinates-swapped", title = "EC2 key with x and y swapped, under {name}",
            severity = Severity.HIGH, requirements = {EC2_POINT}, flags = {"InvalidCurve"}, sweep = Sweep.ECDSA,
            robustness = """
                    Swapped, the coordinates name a point off P-256, on a curve where the signer's signature, made on
                    P-256, does not verify: a processor that skips the curve check fails the equation; key.off-curve
                    isolates the curve rule.""",
            description = """
                    The signer's key with its coordinates swapped: x holds y and y holds x. The result is not on P-256
                    (RFC 9053 §7.1.1 requires a curve point), so the key is invalid.

                    An encoder that swaps the labels -2 and -3 produces this; a verifier that does not check the curve
                    equation computes with a point of another curve. Reject the key.""")
    BuiltCase coordinatesSwapped(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CoseKeys.ec2P256(SIGNER.y(), SIGNER.x()));
    }

    /** A signature that verifies under the point at infinity: r = x((e/s) G). */
    @Case(id = "signature.*.key.infinity-zero-zero",
            title = "EC2 key (0, 0) with a signature forged for the point at infinity, under {name}",
            severity = Severity.CRITICAL, requirements = {EC2_POINT}, flags = {"PointAtInfinity"}, sweep = Sweep.ECDSA,
            description = """
                    The key is (0, 0), the conventional encoding of the point at infinity, which is never a valid public
                    key (SEC 1 v2 §3.2.2.1; RFC 9053 §7.1.1 requires a curve point). The signature is forged for it:
                    with Q = infinity, u1 G + u2 Q = u1 G = (e/s) G, so taking R = (e/s) G and r = x(R) makes any
                    message verify.

                    A verifier that decodes (0, 0) as the point at infinity and skips the key check accepts this
                    forgery, which needs no secret at all. Reject the key.""")
    BuiltCase infinityZeroZero(CaseContext<Void> context) {
        BigInteger e = EcdsaP256.digestInteger(Sha256.digest(MESSAGE.toByteArray()));
        BigInteger s = EcdsaP256.scalar("key infinity forgery s");
        ECPoint r = EcdsaP256.multiplyBase(e.multiply(s.modInverse(EcdsaP256.N)));
        EcdsaRs forged = new EcdsaRs(r.getAffineXCoord().toBigInteger().mod(EcdsaP256.N), s);
        byte[] zero = new byte[EcdsaP256.LENGTH];
        return reject(Reason.BAD_KEY, input(context.algorithm().coseId(), MESSAGE, forged.raw(),
                CoseKeys.ec2P256(zero, zero)));
    }

    @Case(id = "signature.*.key.y-missing", title = "EC2 key without a y coordinate, under {name}",
            severity = Severity.MEDIUM, requirements = {EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            robustness = """
                    Without y the key names no point: x alone fits two points of P-256 and the key gives no sign bit to
                    choose between them, so a processor that skips the check has no key to verify with, short of
                    guessing one.""",
            description = """
                    The signer's key with its y coordinate (label -3) left out: {1: 2, -1: 1, -2: x}. An EC2 public key
                    carries x and y (RFC 9053 §7.1.1), so the key is malformed.

                    A verifier that defaults the missing y to zero or to some recovered value verifies under a key that
                    was not given. Reject it.""")
    BuiltCase yMissing(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_P256)
                .put(X, SIGNER.x()).build().toBytes());
    }

    @Case(id = "signature.*.key.crv-missing", title = "EC2 key without crv, under {name}",
            severity = Severity.MEDIUM, requirements = {EC2_KEY, EC2_POINT}, flags = {"InvalidKey"},
            sweep = Sweep.ECDSA,
            description = """
                    The signer's key with crv (label -1) left out: {1: 2, -2: x, -3: y}. An EC2 key names its curve, and
                    the verifier must check that it is the one the algorithm uses (RFC 9053 §2.1 and §7.1.1), so the key
                    is malformed.

                    A verifier that assumes P-256 when crv is missing accepts keys whose curve nobody stated. Reject
                    it.""")
    BuiltCase crvMissing(CaseContext<Void> context) {
        return keyCase(context.algorithm(), SIGNER, CborValue.map().put(KTY, KTY_EC2).put(X, SIGNER.x())
                .put(Y, SIGNER.y()).build().toBytes());
    }

    @Case(id = "signature.*.key.crv-p384", title = "EC2 key labelled P-384 with P-256 coordinates, under {name}",
            severity = Severity.HIGH, requirements = {EC2_KEY, EC2_POINT, "RFC9052-7.1-kty"},
            flags = {"AlgorithmKeyMismatch"}, sweep = Sweep.ECDSA,
            description = """
                    The signer's P-256 coordinates in a key whose crv says P-384 (2). ESP256 verifies with P-256 keys
                    only (RFC 9864 §2.1); ES256 may be paired with a P-384 key (see alg-key.p384-key), but these 32-byte
                    coordinates are not a point of P-384. The verifier checks key type and curve (RFC 9053 §2.1) and
                    that the key is a point of its curve, so the key is refused either way.

                    A verifier that ignores crv accepts the signature under a key whose declared curve is wrong; the
                    mismatch must be refused.""")
    BuiltCase crvP384(CaseContext<Void> context) {
        return reject(Reason.ALGORITHM_KEY_MISMATCH, input(context.algorithm().coseId(), MESSAGE,
                EcdsaFixtures.signature().raw(), CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_P384)
                        .put(X, SIGNER.x()).put(Y, SIGNER.y()).build().toBytes()));
    }

    @Case(id = "signature.*.key.crv-ed25519", title = "EC2 key labelled with the OKP curve Ed25519, under {name}",
            severity = Severity.HIGH, requirements = {EC2_KEY, EC2_POINT}, flags = {"InvalidKey"}, sweep = Sweep.ECDSA,
            description = """
                    A signer's P-256 coordinates in an EC2 key whose crv says Ed25519 (6): {1: 2, -1: 6, -2: x, -3: y}.
                    Ed25519 is an OKP curve, so key type and curve are inconsistent, and RFC 9053 §7.1 requires such a
                    key to be rejected; nor is it a curve ECDSA uses (RFC 9053 §2.1). The signature is valid under the
                    P-256 point, and x read as an Ed25519 public key is a valid one too, so a verifier that reads the
                    key both ways meets no other fault.

                    A verifier that looks only at kty, or only at x and y, accepts the signature under a key that does
                    not say what it is. Reject the key.""")
    BuiltCase crvEd25519(CaseContext<Void> context) {
        return keyCase(context.algorithm(), X_ALSO_ED25519, CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_ED25519)
                .put(X, X_ALSO_ED25519.x()).put(Y, X_ALSO_ED25519.y()).build().toBytes());
    }

    @Case(id = "signature.*.key.kty-okp", title = "P-256 key labelled kty OKP, under {name}",
            severity = Severity.HIGH, requirements = {"RFC9052-7.1-kty", EC2_KEY}, flags = {"InvalidKey"},
            sweep = Sweep.ECDSA,
            description = """
                    A signer's key with kty OKP (1) instead of EC2 (2), still with crv P-256 and x and y: {1: 1, -1: 1,
                    -2: x, -3: y}. P-256 is not an OKP curve, so key type and curve are inconsistent, and RFC 9053 §7.1
                    requires such a key to be rejected. The signature is valid under the P-256 point, and x read as an
                    OKP Ed25519 key is a valid one too, so a verifier that reads the key both ways meets no other fault.

                    A verifier that keys its decoding on crv alone accepts it; a COSE_Key must be consistent before it
                    is used.""")
    BuiltCase ktyOkp(CaseContext<Void> context) {
        return keyCase(context.algorithm(), X_ALSO_ED25519, CborValue.map().put(KTY, KTY_OKP).put(CRV, CRV_P256)
                .put(X, X_ALSO_ED25519.x()).put(Y, X_ALSO_ED25519.y()).build().toBytes());
    }

    @Case(id = "signature.*.key.compressed-even-y", title = "EC2 key with y given as its sign bit, false, under {name}",
            severity = Severity.LOW, requirements = {COMPRESSED_POINT, EC2_POINT}, flags = {"Valid", "CompressedPoint"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message by a key whose y is even, offered with y replaced by its sign bit:
                    {1: 2, -1: 1, -2: x, -3: false}. RFC 9053 §7.1.1 supports this compressed encoding: false for a sign
                    bit (the parity of y, SEC 1 v2 §2.3.3) of zero, true otherwise; y is recovered as SEC 1 v2 §2.3.4
                    does.

                    A verifier must accept it. One that supports only uncompressed keys refuses keys that constrained
                    producers send to save 32 bytes.""")
    BuiltCase compressedEvenY(CaseContext<Void> context) {
        return compressedCase(context.algorithm(), EVEN_Y, false, Expectation.accept());
    }

    @Case(id = "signature.*.key.compressed-odd-y", title = "EC2 key with y given as its sign bit, true, under {name}",
            severity = Severity.LOW, requirements = {COMPRESSED_POINT, EC2_POINT}, flags = {"Valid", "CompressedPoint"},
            sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message by a key whose y is odd, offered with y replaced by its sign bit:
                    {1: 2, -1: 1, -2: x, -3: true}. RFC 9053 §7.1.1 supports this compressed encoding: true for a sign
                    bit (the parity of y, SEC 1 v2 §2.3.3) of one.

                    A verifier must accept it. One that decompresses only one parity correctly refuses half of all
                    compressed keys.""")
    BuiltCase compressedOddY(CaseContext<Void> context) {
        return compressedCase(context.algorithm(), ODD_Y, true, Expectation.accept());
    }

    @Case(id = "signature.*.key.compressed-wrong-sign",
            title = "EC2 key compressed with the sign bit of -Q, under {name}",
            severity = Severity.MEDIUM, requirements = {COMPRESSED_POINT, "RFC9053-2.1-dss-verify"},
            flags = {"CompressedPoint"}, sweep = Sweep.ECDSA,
            description = """
                    A valid signature of the message by the key Q = (x, y) with odd y, offered with x and the sign bit
                    false: the compressed point names -Q = (x, p - y), the other point with that x, whose private key is
                    n - d. The signature does not verify under -Q.

                    A verifier must refuse it (SIGNATURE_INVALID). One that ignores the sign bit and picks a root of its
                    own accepts it, and refuses genuine signatures under half of all compressed keys.""")
    BuiltCase compressedWrongSign(CaseContext<Void> context) {
        return compressedCase(context.algorithm(), ODD_Y, false, Expectation.reject(Reason.SIGNATURE_INVALID));
    }

    @Case(id = "signature.*.key.compressed-x-without-point",
            title = "EC2 key compressed with an x that no P-256 point has, under {name}",
            severity = Severity.HIGH, requirements = {COMPRESSED_POINT, EC2_POINT},
            flags = {"CompressedPoint", "InvalidCurve"}, sweep = Sweep.ECDSA,
            robustness = """
                    No point of P-256 has this x, so neither sign bit names a key: a processor that skips the check
                    holds no point to verify with, or, taking the unchecked root, one off the curve, which the curve
                    check refuses.""",
            description = """
                    A key {1: 2, -1: 1, -2: x, -3: true} whose x is the first integer above the signer's x that is the
                    x-coordinate of no point of P-256: x^3 - 3x + b has no square root modulo p. The signature is the
                    signer's.

                    No point has this x, so the key names none (SEC 1 v2 §2.3.4 outputs "invalid"), and a verifier must
                    refuse it (BAD_KEY). A decompressor that takes the output of the square root formula without
                    squaring it back computes with a point off the curve, where invalid-curve attacks begin.""")
    BuiltCase compressedXWithoutPoint(CaseContext<Void> context) {
        return reject(Reason.BAD_KEY, input(context.algorithm().coseId(), MESSAGE, Bytes.of(SIGNER.sign(MESSAGE.toByteArray())),
                compressedKey(xWithoutPoint(SIGNER.x()), true)));
    }

    /**
     * A P-256 key whose x, read as an Ed25519 public key, is a valid one too (canonical, on the curve, not of
     * small order), as about half of all x are. The keys whose crv names a curve of the other key type are made
     * with it: a processor that does not refuse them reads the key as its kty says and as its crv says, and if the
     * reading it does not verify with failed a rule of its own, that rule would reject the vector too.
     */
    private static final EcdsaP256TestKey X_ALSO_ED25519 = EcdsaP256TestKey.fromScalar(EcdsaP256.scalarWhere(
            EcdsaP256.scalar("key whose x is an Ed25519 public key too"), point -> Edwards25519
                    .decodeStrict(EcdsaP256.x(point)).point().filter(decoded -> !decoded.hasSmallOrder()).isPresent()));
    /** Keys whose y is even and odd, for the compressed encodings of RFC 9053 §7.1.1. */
    private static final EcdsaP256TestKey EVEN_Y = keyWithYParity(false);
    private static final EcdsaP256TestKey ODD_Y = keyWithYParity(true);

    private static EcdsaP256TestKey keyWithYParity(boolean odd) {
        String label = "key with an " + (odd ? "odd" : "even") + " y";
        return EcdsaP256TestKey.fromScalar(EcdsaP256.scalarWhere(EcdsaP256.scalar(label),
                point -> point.getAffineYCoord().testBitZero() == odd));
    }

    /** The message signed by {@code signer} (low s), offered with its key compressed to x and {@code signBit}. */
    private static BuiltCase compressedCase(Algorithm alg, EcdsaP256TestKey signer, boolean signBit,
                                            Expectation expectation) {
        Bytes signature = EcdsaRs.decode(Bytes.of(signer.sign(MESSAGE.toByteArray()))).withLowS().raw();
        return BuiltCase.of(expectation, input(alg.coseId(), MESSAGE, signature, compressedKey(signer.x(), signBit)));
    }

    /** The EC2 P-256 COSE_Key {1: 2, -1: 1, -2: x, -3: signBit}. */
    private static Bytes compressedKey(byte[] x, boolean signBit) {
        return CborValue.map().put(KTY, KTY_EC2).put(CRV, CRV_P256).put(X, x).put(Y, CborValue.bool(signBit)).build()
                .toBytes();
    }

    /**
     * The first x above {@code from} (32 bytes) that is the x-coordinate of no point of P-256: x^3 + ax + b is
     * not a square modulo p, which Euler's criterion tells (about one value in two).
     */
    private static byte[] xWithoutPoint(byte[] from) {
        BigInteger a = EcdsaP256.CURVE.getCurve().getA().toBigInteger();
        BigInteger b = EcdsaP256.CURVE.getCurve().getB().toBigInteger();
        BigInteger eulerExponent = EcdsaP256.P.subtract(BigInteger.ONE).shiftRight(1);
        BigInteger x = new BigInteger(1, from);
        BigInteger rightSide;
        do {
            x = x.add(BigInteger.ONE);
            rightSide = x.pow(3).add(a.multiply(x)).add(b).mod(EcdsaP256.P);
        } while (rightSide.signum() == 0 || rightSide.modPow(eulerExponent, EcdsaP256.P).equals(BigInteger.ONE));
        return EcdsaP256.fixed(x);
    }

    /** The message signed by {@code signer}, offered with {@code coseKey}; refused for the key. */
    private static BuiltCase keyCase(Algorithm alg, EcdsaP256TestKey signer, Bytes coseKey) {
        return reject(Reason.BAD_KEY, input(alg.coseId(), MESSAGE, Bytes.of(signer.sign(MESSAGE.toByteArray())), coseKey));
    }

    /** The message signed by {@code signer}, offered with a key encoded against RFC 9053 §7.1.1: an advisory rejection. */
    private static BuiltCase keyEncodingCase(Algorithm alg, EcdsaP256TestKey signer, Bytes coseKey) {
        return EcdsaFixtures.keyEncodingRule(Reason.BAD_KEY, input(alg.coseId(), MESSAGE, Bytes.of(signer.sign(MESSAGE.toByteArray())),
                coseKey));
    }

    /** A test key whose {@code coordinate} ("x" or "y") starts with exactly one zero byte, as one key in 256 does. */
    private static EcdsaP256TestKey keyWithLeadingZero(String coordinate) {
        BigInteger d = EcdsaP256.scalarWhere(EcdsaP256.scalar("key with a short " + coordinate), point -> {
            byte[] value = coordinate.equals("x") ? EcdsaP256.x(point) : EcdsaP256.y(point);
            return value[0] == 0 && value[1] != 0;
        });
        return EcdsaP256TestKey.fromScalar(d);
    }
}

package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.edwards.Edwards25519.Point;
import dev.suitcase.vectors.families.eddsa.Ed25519Forge.ForgedKey;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Expectation;
import dev.suitcase.vectors.model.Severity;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.cofactoredOnly;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.valid;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.validButSmallOrder;

/**
 * Keys and R values of mixed order, a point of order L plus a torsion component: the vectors that tell cofactored verifiers ([8][S]B = [8]R + [8][k]A) from cofactorless
 * ones ([S]B = R + [k]A), as C2SP CCTV's low_order_residue and the speccheck vectors 1 to 5 do.
 *
 * <p>The signer knows the scalar of the prime-order part ({@link Ed25519Forge}); the cofactorless
 * residue is then -(T_R + [k]T_A) for the torsion parts T_R of R and T_A of A, so the message is
 * ground until k has the residue modulo the torsion order that the case needs. Honest signers never
 * produce these inputs, and RFC 8032 §5.1.7 allows both equations, so a case where only the
 * cofactored equation holds is either; a case where both hold must be accepted (mixed order is not
 * small order, so ed25519-strict accepts it too).
 */
public final class Ed25519CofactorFamily extends CaseFamily<Void> {
    private static final List<Point> TORSION = Edwards25519.torsion();
    /** [1]T, a point of order 8. */
    private static final Point ORDER_8 = TORSION.get(1);
    /** [2]T, a point of order 4. */
    private static final Point ORDER_4 = TORSION.get(2);
    /** [4]T, the point (0, -1) of order 2. */
    private static final Point ORDER_2 = TORSION.get(4);
    private static final ForgedKey SIGNER = ForgedKey.derive("ed25519-cofactor");
    private static final BigInteger EIGHTH_OF_L = Edwards25519.L.shiftRight(3);

    @Override
    public String name() {
        return "ed25519-cofactor";
    }

    @Case(id = "signature.*.mixed-order.a-order-8-both-equations", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-8 component, k a multiple of 8 below L/8: both equations hold",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-cofactorless"},
            flags = {"MixedOrderA"},
            description = """
                    The public key is [a]B + T with T of order 8: a valid-looking key with a torsion component, which
                    no honest key generation produces but nothing in RFC 8032 forbids. The message was chosen so that
                    k is a multiple of 8 and below L/8, so [k]T is the identity and both the cofactorless and the
                    cofactored equation hold, however the verifier multiplies.

                    A verifier must accept it (ed25519-strict too: the key has mixed order, not small order). One that
                    refuses every key with a torsion component checks something the specifications do not ask for,
                    and cannot block-list such keys by encoding anyway.""")
    BuiltCase aOrder8BothEquations() {
        return mixed(SIGNER.withTorsion(ORDER_8), Edwards25519.IDENTITY, "mixed key, both equations",
                k -> k.mod(BigInteger.valueOf(8)).signum() == 0 && k.compareTo(EIGHTH_OF_L) < 0, valid());
    }

    @Case(id = "signature.*.mixed-order.a-order-8-8k-not-reduced", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-8 component, k a multiple of 8 above L/8: fails if 8k is reduced mod L first",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-cofactorless"},
            flags = {"MixedOrderA"},
            description = """
                    The public key is [a]B + T with T of order 8, and k is a multiple of 8 above L/8: [k]T is the
                    identity, so the cofactorless equation holds, and so does the cofactored one. A cofactored verifier
                    that computes [8k mod L]A instead of [8][k]A gets it wrong: 8k mod L = 8k - qL with q between 1 and
                    7, and since L is 5 mod 8, [8k mod L]T is not the identity, so its check fails.

                    A verifier must accept it. Rejecting it means the implementation reduced 8k modulo L, which is
                    neither of the two equations RFC 8032 §5.1.7 allows (speccheck vector 5 probes the same slip).""")
    BuiltCase aOrder8EightKNotReduced() {
        return mixed(SIGNER.withTorsion(ORDER_8), Edwards25519.IDENTITY, "mixed key, 8k not reduced",
                k -> k.mod(BigInteger.valueOf(8)).signum() == 0 && k.compareTo(EIGHTH_OF_L) > 0, valid());
    }

    @Case(id = "signature.*.mixed-order.a-order-8-cofactored-only", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-8 component, k odd: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderA", "CofactoredOnly"},
            description = """
                    The public key is [a]B + T with T of order 8, and the message makes k odd: the cofactorless
                    residue is -[k]T, a point of order 8, so that equation fails, while the cofactored equation holds.
                    k is above L/8, so a cofactored verifier that reduces 8k mod L rejects it as well.

                    RFC 8032 §5.1.7 allows either equation: the outcome is recorded, and ZIP 215 (cofactored) accepts.
                    The BouncyCastle verifier is cofactored and accepts it; the JDK's is cofactorless and rejects it.
                    Devices of one fleet must agree, so an implementation should state which equation it checks.""")
    BuiltCase aOrder8CofactoredOnly() {
        return mixed(SIGNER.withTorsion(ORDER_8), Edwards25519.IDENTITY, "mixed key, k odd",
                k -> k.testBit(0) && k.compareTo(EIGHTH_OF_L) > 0, cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.a-order-4-cofactored-only", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-4 component, k = 2 mod 4: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderA", "CofactoredOnly"},
            description = """
                    The public key is [a]B + T with T of order 4, and k is 2 mod 4, so the cofactorless residue -[k]T
                    is the point of order 2: the cofactorless equation fails, the cofactored one holds.

                    Either outcome is allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts.""")
    BuiltCase aOrder4CofactoredOnly() {
        return mixed(SIGNER.withTorsion(ORDER_4), Edwards25519.IDENTITY, "order-4 key, k = 2 mod 4",
                k -> k.mod(BigInteger.valueOf(4)).intValue() == 2, cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.a-order-2-both-equations", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-2 component, k even: both equations hold",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-cofactorless"},
            flags = {"MixedOrderA"},
            description = """
                    The public key is [a]B + (0, -1): a prime-order point plus the point of order 2. k is even, so
                    [k](0, -1) is the identity and both equations hold.

                    A verifier must accept it; the key is of mixed order, which no profile rejects.""")
    BuiltCase aOrder2BothEquations() {
        return mixed(SIGNER.withTorsion(ORDER_2), Edwards25519.IDENTITY, "order-2 key, k even", k -> !k.testBit(0), valid());
    }

    @Case(id = "signature.*.mixed-order.a-order-2-cofactored-only", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-2 component, k odd: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderA", "CofactoredOnly"},
            description = """
                    The public key is [a]B + (0, -1) and k is odd: the cofactorless residue is (0, -1), so only the
                    cofactored equation holds.

                    Either outcome is allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts.""")
    BuiltCase aOrder2CofactoredOnly() {
        return mixed(SIGNER.withTorsion(ORDER_2), Edwards25519.IDENTITY, "order-2 key, k odd", k -> k.testBit(0), cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.r-order-8", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R with an order-8 component, honest key: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderR", "CofactoredOnly"},
            description = """
                    The key is an honest prime-order key; R is [r]B + T with T of order 8 and S = r + k·a as usual.
                    The cofactorless residue is -T, so that equation fails, and the cofactored one holds. The signer
                    chose to add T: anyone holding the key can turn a signature into one that only cofactored
                    verifiers accept, splitting a fleet of mixed verifiers.

                    RFC 8032 §5.1.7 allows either equation: the outcome is recorded; ZIP 215 accepts.""")
    BuiltCase rOrder8() {
        return mixed(SIGNER, ORDER_8, "mixed R, order 8", k -> true, cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.r-order-2", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "R with an order-2 component, honest key: only the cofactored equation holds",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderR", "CofactoredOnly"},
            description = """
                    The key is an honest prime-order key; R is [r]B + (0, -1). The cofactorless residue is (0, -1),
                    so only the cofactored equation holds.

                    Either outcome is allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts.""")
    BuiltCase rOrder2() {
        return mixed(SIGNER, ORDER_2, "mixed R, order 2", k -> true, cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.a-and-r-cancelling", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key and R with order-8 components that cancel (k = 7 mod 8): both equations hold",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-cofactorless"},
            flags = {"MixedOrderA", "MixedOrderR"},
            description = """
                    Both the key and R carry the same order-8 component T, and k is 7 mod 8, so the cofactorless
                    residue -(T + [k]T) = -[8]T is the identity: both equations hold even though neither point has
                    prime order (speccheck vector 3 is of this kind).

                    A verifier must accept it, under every profile: nothing is of small order and the equation holds.
                    Rejecting it means the verifier checks the order of A or R, which no specification requires.""")
    BuiltCase aAndRCancelling() {
        return mixed(SIGNER.withTorsion(ORDER_8), ORDER_8, "mixed key and R, cancelling",
                k -> k.mod(BigInteger.valueOf(8)).intValue() == 7, valid());
    }

    @Case(id = "signature.*.mixed-order.a-and-r-not-cancelling", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key and R with order-8 components that do not cancel (k = 0 mod 8): cofactored only",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-cofactorless", "RFC8032-5.1.7-equation"},
            flags = {"MixedOrderA", "MixedOrderR", "CofactoredOnly"},
            description = """
                    Both the key and R carry the order-8 component T, but k is a multiple of 8, so [k]T vanishes and the
                    cofactorless residue is -T: only the cofactored equation holds (speccheck vector 4 is of this kind,
                    the main discriminator between the two equations).

                    Either outcome is allowed by RFC 8032 §5.1.7 and recorded; ZIP 215 accepts.""")
    BuiltCase aAndRNotCancelling() {
        return mixed(SIGNER.withTorsion(ORDER_8), ORDER_8, "mixed key and R, not cancelling",
                k -> k.mod(BigInteger.valueOf(8)).signum() == 0, cofactoredOnly());
    }

    @Case(id = "signature.*.mixed-order.a-mixed-r-small-order", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Key with an order-8 component, R a small-order point that cancels it: both equations hold",
            severity = Severity.LOW, requirements = {"RFC8032-5.1.7-equation", "RFC8032-5.1.7-small-order"},
            flags = {"MixedOrderA", "SmallOrderR"},
            description = """
                    The key is [a]B + T with T of order 8; R is the small-order point -[k]T itself (nonce r = 0) and
                    S = k·a, so the cofactorless residue -R - [k]T is the identity: both equations hold (speccheck
                    vector 2 is of this kind).

                    RFC 8032 requires accepting it; the ed25519-strict profile rejects it for its small-order R.""")
    BuiltCase aMixedRSmallOrder() {
        ForgedKey key = SIGNER.withTorsion(ORDER_8);
        byte[] a = key.encoding();
        byte[] message = Ed25519Forge.grind("mixed key, small-order R", candidate -> smallOrderRFor(a, candidate).isPresent());
        Point r = smallOrderRFor(a, message).orElseThrow();
        byte[] signature = Ed25519Forge.assemble(r.encode(), BigInteger.ZERO, r.encode(), a, key.scalar(), message);
        return signature(a, message, signature, validButSmallOrder());
    }

    @Case(id = "signature.*.mixed-order.small-order-a-mixed-r", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Small-order key with R of mixed order that cancels it: both equations hold, no secret needed",
            severity = Severity.INFO, requirements = {"RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"},
            flags = {"SmallOrderA", "MixedOrderR", "Forgery"},
            description = """
                    The key is T, a point of order 8. R is [r]B + T' for a random r and a torsion point T' chosen so
                    that T' + [k]T is the identity, and S = r: both equations hold, and producing the signature needs
                    no secret at all (speccheck vector 1 is of this kind). Unlike R = identity, S = 0, this forgery does
                    not stand out by its bytes.

                    RFC 8032 neither requires nor forbids refusing a small-order key: the outcome is recorded;
                    ed25519-strict rejects, ZIP 215 accepts. A device with a small-order trust anchor accepts firmware
                    from anyone.""")
    BuiltCase smallOrderAMixedR() {
        byte[] a = ORDER_8.encode();
        BigInteger r = Ed25519Forge.nonce(SIGNER, Ed25519Forge.utf8("small-order key, mixed R"));
        Point base = Edwards25519.baseMultiply(r);
        byte[] message = Ed25519Forge.grind("small-order key, mixed R", candidate -> cancellingR(base, a, candidate).isPresent());
        byte[] rEncoding = cancellingR(base, a, message).orElseThrow();
        return signature(a, message, Ed25519Forge.rAndS(rEncoding, r), smallOrderEither());
    }

    /**
     * A signature by {@code key} with R = [r]B + rTorsion over the first message whose k {@code wanted}
     * accepts. The nonce r comes from the base label, not the message, so R stays fixed while the message
     * is ground and each attempt costs one hash.
     */
    private static BuiltCase mixed(ForgedKey key, Point rTorsion, String base, Predicate<BigInteger> wanted, Expectation declared) {
        byte[] a = key.encoding();
        BigInteger r = Ed25519Forge.nonce(key, Ed25519Forge.utf8(base));
        byte[] rEncoding = Edwards25519.baseMultiply(r).add(rTorsion).encode();
        byte[] message = Ed25519Forge.grind(base, candidate -> wanted.test(Edwards25519.challenge(rEncoding, a, candidate)));
        return signature(a, message, Ed25519Forge.assemble(rEncoding, r, rEncoding, a, key.scalar(), message), declared);
    }

    /** For A = [a]B + T: the non-identity R = [j]T with j + k = 0 mod 8 for k over that R, if one exists for this message. */
    private static Optional<Point> smallOrderRFor(byte[] a, byte[] message) {
        for (int j = 1; j < 8; j++) {
            Point r = TORSION.get(j);
            BigInteger k = Edwards25519.challenge(r.encode(), a, message);
            if (k.add(BigInteger.valueOf(j)).mod(BigInteger.valueOf(8)).signum() == 0) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** For A = T of order 8: the encoding of R = base + [j]T, j in 1..7, with j + k = 0 mod 8, if one exists. */
    private static Optional<byte[]> cancellingR(Point base, byte[] a, byte[] message) {
        for (int j = 1; j < 8; j++) {
            byte[] r = base.add(TORSION.get(j)).encode();
            BigInteger k = Edwards25519.challenge(r, a, message);
            if (k.add(BigInteger.valueOf(j)).mod(BigInteger.valueOf(8)).signum() == 0) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

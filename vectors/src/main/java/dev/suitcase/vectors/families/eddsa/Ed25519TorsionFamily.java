package dev.suitcase.vectors.families.eddsa;

import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.vectors.edwards.Edwards25519.Point;
import dev.suitcase.vectors.edwards.Edwards25519;
import dev.suitcase.vectors.families.eddsa.Ed25519Forge.ForgedKey;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.CaseFamily;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.verifier.Reason;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.alsoUnderEddsa;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejected;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.rejectedButZip215Accepts;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.signature;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.smallOrderEither;
import static dev.suitcase.vectors.families.eddsa.Ed25519Cases.validButSmallOrder;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.concat;
import static dev.suitcase.vectors.families.eddsa.Ed25519Forge.utf8;

/**
 * The eight points of small order and their six alternative encodings, as public key A and as R:
 * a table over the torsion subgroup, one row per point and role, its texts computed for its point,
 * each row built for Ed25519 (-19) and presented again under EdDSA (-8).
 *
 * <ul>
 *   <li>{@code small-order-a}: A of small order with the forgery R = B, S = 1, which anyone can
 *       produce; once with a message for which the cofactorless equation holds too, and for each
 *       order once with a message for which only the cofactored one does. R is the base point, of
 *       order L, so only the key is of small order: a verifier that refuses small-order R but not
 *       small-order A (ed25519-strict without its key rule) accepts it;</li>
 *   <li>{@code non-canonical-a}: the alternative encodings (y &gt;= p, x = -0) as A, with the forgery
 *       R = identity, S = 0;</li>
 *   <li>{@code small-order-r}: an honest key, R a small-order point, S = k·a, so that the
 *       cofactorless equation misses exactly R;</li>
 *   <li>{@code non-canonical-r}: R an alternative encoding, k hashed over the bytes sent;</li>
 *   <li>{@code reencoded-k}: R an alternative encoding, k hashed over its canonical re-encoding, as a
 *       signer that normalises R before hashing would.</li>
 * </ul>
 * Expectations follow vectors/README.md: RFC 8032 neither requires nor forbids refusing a small-order A or R
 * (either, when the equation holds), ed25519-strict rejects them, ZIP 215 decodes leniently and
 * checks the cofactored equation. Every case is checked against the rules by {@link Ed25519Cases}.
 */
public final class Ed25519TorsionFamily extends CaseFamily<Void> {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] IDENTITY = Edwards25519.IDENTITY.encode();
    private static final byte[] ZERO_S = new byte[Edwards25519.ENCODED_LENGTH];
    /** The base point B, R of the forgery under a small-order key: the nonce r = 1, of order L. */
    private static final byte[] BASE = Edwards25519.BASE.encode();
    private static final byte[] ONE_S = Edwards25519.encodeScalar(BigInteger.ONE);
    private static final ForgedKey SIGNER = ForgedKey.derive("ed25519-torsion small-order R");
    private static final List<String> SMALL_ORDER_A = List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation");

    @Override
    public String name() {
        return "ed25519-torsion";
    }

    /** A point of small order: its name in ids, how descriptions refer to it, and the point. */
    private record SmallPoint(String name, String phrase, Point point, int order) {
        byte[] encoding() {
            return point.encode();
        }

        String hex() {
            return HEX.formatHex(encoding());
        }
    }

    /** A non-canonical encoding of a small-order point, and the point it names under lenient decoding. */
    private record Alternative(String name, String phrase, byte[] encoding, Point point) {
        String hex() {
            return HEX.formatHex(encoding);
        }
    }

    @Override
    protected List<Row<Void>> rows() {
        List<SmallPoint> points = smallPoints();
        List<Row<Void>> rows = new ArrayList<>();
        for (SmallPoint point : points) {
            rows.add(forgery(point));
        }
        for (int order : new int[] {2, 4, 8}) {
            rows.add(cofactoredOnlyForgery(points.stream().filter(p -> p.order() == order).findFirst().orElseThrow()));
        }
        for (Alternative alternative : alternatives()) {
            rows.add(nonCanonicalKeyForgery(alternative));
            rows.add(nonCanonicalR(alternative));
            rows.add(reencodedK(alternative));
        }
        for (SmallPoint point : points) {
            rows.add(smallOrderR(point));
        }
        return rows;
    }

    @Case(id = "signature.*.small-order-a.identity-with-foreign-signature", sweep = Sweep.ED25519_ALSO_EDDSA,
            title = "Identity key with a valid signature made by another key", severity = Severity.CRITICAL,
            requirements = {"RFC8032-5.1.7-small-order", "RFC8032-5.1.7-equation"}, flags = {"SmallOrderA"},
            description = """
                    The public key is the identity point (0100...00) and the signature a valid one of another key over
                    this message. Under the identity key the equations reduce to [S]B = R (up to torsion), which this
                    signature does not satisfy, so no reading of RFC 8032 accepts it.

                    A verifier must reject it. The reference verifier refuses the small-order key itself (BAD_KEY); one
                    that keeps such keys rejects the signature as invalid, which counts as a pass for another reason.
                    Accepting it would mean the verifier skips the equation for degenerate keys altogether.""")
    BuiltCase identityWithForeignSignature() {
        Ed25519TestKey other = Ed25519TestKey.derive("ed25519-torsion other signer");
        byte[] message = utf8("firmware signed by another key");
        return signature(IDENTITY, message, other.sign(message), rejected(Reason.BAD_KEY));
    }

    private static Row<Void> forgery(SmallPoint point) {
        String when = point.order() == 1
                ? "holds for every message, since [k]A is the identity whatever k is"
                : "holds here because this message was chosen so that k is a multiple of " + point.order()
                        + ", making [k]A the identity";
        String description = "The public key A = " + point.hex() + " is " + point.phrase() + ". "
                + "The signature is R = B, the base point, and S = 1, which needs no secret: [S]B = R + [k]A " + when
                + ", and the cofactored equation [8][S]B = [8]R + [8][k]A holds for every message because [8]A is the "
                + "identity. R has order L, so a verifier that refuses small-order R but keeps small-order keys accepts "
                + "it too. Verifiers that check the cofactorless equation and not the key's order accept it (the JDK's "
                + "Ed25519 is known to accept the like forgery R = identity, S = 0 under the identity key and the "
                + "order-2 key)."
                + "\n\n" + SMALL_ORDER_KEY_POLICY;
        return new Row<>(alsoUnderEddsa("small-order-a", point.name() + "-forgery",
                "Small-order key (" + point.name() + ") with the forgery R = B, S = 1; both equations hold",
                Severity.INFO, SMALL_ORDER_A, List.of("SmallOrderA", "Forgery"), description), context -> {
                    byte[] message = Ed25519Forge.grind("firmware nobody signed: " + point.name(), candidate ->
                            challenge(BASE, point.encoding(), candidate).mod(BigInteger.valueOf(point.order())).signum() == 0);
                    return signature(point.encoding(), message, concat(BASE, ONE_S), smallOrderEither());
                });
    }

    private static Row<Void> cofactoredOnlyForgery(SmallPoint point) {
        String description = "The public key A = " + point.hex() + " is " + point.phrase() + ", and the signature "
                + "is the forgery R = B, the base point, and S = 1. This message was chosen so that k is not a multiple "
                + "of " + point.order() + ": [k]A is not the identity and the cofactorless equation fails, while the "
                + "cofactored one holds as it does for every message under a small-order key. A verifier that relies "
                + "on the cofactorless equation to stop small-order keys is safe here only by luck of k; R has order L, "
                + "so a check of R's order does not stop it either."
                + "\n\n" + SMALL_ORDER_KEY_POLICY;
        return new Row<>(alsoUnderEddsa("small-order-a", point.name() + "-forgery-cofactored-only",
                "Small-order key (" + point.name() + ") with R = B, S = 1; only the cofactored equation holds",
                Severity.INFO, List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-cofactorless"),
                List.of("SmallOrderA", "Forgery", "CofactoredOnly"), description), context -> {
                    byte[] message = Ed25519Forge.grind("firmware nobody signed, cofactored: " + point.name(), candidate ->
                            challenge(BASE, point.encoding(), candidate).mod(BigInteger.valueOf(point.order())).signum() != 0);
                    return signature(point.encoding(), message, concat(BASE, ONE_S), smallOrderEither());
                });
    }

    private static Row<Void> nonCanonicalKeyForgery(Alternative alternative) {
        String description = "The public key is " + alternative.hex() + ": " + alternative.phrase() + ", an encoding "
                + "RFC 8032 §5.1.3 refuses (y must be below p, and x = 0 has only the encoding with the sign bit "
                + "clear). The signature is the forgery R = identity, S = 0, which verifies under the point it names."
                + "\n\nA verifier must refuse the key as undecodable. A lenient decoder (ZIP 215, or any that reduces y "
                + "mod p) finds a small-order point and, with the cofactored equation, accepts the forgery: a key "
                + "allow-list or small-order block-list compared by canonical bytes misses this key, and whoever "
                + "provisions it can sign anything.";
        return new Row<>(alsoUnderEddsa("non-canonical-a", alternative.name(),
                "Non-canonical small-order key (" + alternative.name() + ") with the forgery R = identity, S = 0",
                Severity.HIGH, List.of("RFC8032-5.1.7-decode-a", "RFC8032-5.1.7-small-order"),
                List.of("NonCanonicalA", "SmallOrderA", "Forgery"), description), context -> {
                    byte[] message = Ed25519Forge.grind("firmware nobody signed: " + alternative.name(), candidate ->
                            challenge(IDENTITY, alternative.encoding(), candidate).mod(BigInteger.valueOf(8)).signum() == 0);
                    return signature(alternative.encoding(), message, concat(IDENTITY, ZERO_S),
                            rejectedButZip215Accepts(Reason.BAD_KEY));
                });
    }

    private static Row<Void> smallOrderR(SmallPoint point) {
        Function<CaseContext<Void>, BuiltCase> builder = context -> {
            byte[] a = SIGNER.encoding();
            byte[] message = utf8("small-order R: " + point.name());
            byte[] signature = Ed25519Forge.assemble(point.encoding(), BigInteger.ZERO, point.encoding(), a,
                    SIGNER.scalar(), message);
            return signature(a, message, signature, point.order() == 1 ? validButSmallOrder() : smallOrderEither());
        };
        if (point.order() == 1) {
            String description = "R = " + point.hex() + " is the identity point and S = k·a mod L for the key's secret "
                    + "scalar a: the signature a signer with nonce r = 0 produces. [S]B = R + [k]A holds exactly, so the "
                    + "signature is valid under both equations although R has small order."
                    + "\n\nRFC 8032 requires accepting it; the ed25519-strict profile (libsodium, dalek verify_strict) "
                    + "rejects a small-order R. Accepting it costs the device nothing (the signature is genuine), but "
                    + "anyone who sees it learns a = S/k mod L: the signer's key is burnt.";
            return new Row<>(alsoUnderEddsa("small-order-r", point.name(),
                    "R is the identity point (nonce r = 0): valid under both equations", Severity.LOW,
                    List.of("RFC8032-5.1.7-equation", "RFC8032-5.1.7-small-order"), List.of("SmallOrderR"), description),
                    builder);
        }
        String description = "R = " + point.hex() + " is " + point.phrase() + ", a point"
                + " that no honest signer produces (R = [r]B has order L). S = k·a mod L, so [S]B = [k]A: the "
                + "cofactorless equation [S]B = R + [k]A misses by exactly R and fails, while the cofactored one, which "
                + "multiplies by 8, holds."
                + "\n\nRFC 8032 §5.1.7 allows either equation, so both outcomes are recorded; ed25519-strict rejects the "
                + "small-order R, ZIP 215 accepts. A fleet whose verifiers disagree here accepts a signature on some "
                + "devices and rejects it on others: a verifier must be consistent with the profile it declares.";
        return new Row<>(alsoUnderEddsa("small-order-r", point.name(),
                "R of small order (" + point.name() + "): only the cofactored equation holds", Severity.INFO,
                List.of("RFC8032-5.1.7-small-order", "RFC8032-5.1.7-cofactorless"), List.of("SmallOrderR", "CofactoredOnly"),
                description), builder);
    }

    private static Row<Void> nonCanonicalR(Alternative alternative) {
        String description = "R is " + alternative.hex() + ": " + alternative.phrase() + ", an encoding RFC 8032 §5.1.3 "
                + "refuses. S = k·a mod L with k hashed over these bytes, so a decoder that accepts the encoding finds a "
                + "small-order R and the cofactored equation holds."
                + "\n\nA verifier must reject the signature as malformed: R does not decode. ZIP 215 accepts it by "
                + "design. A verifier that compares R by re-encoding, or deduplicates signatures by bytes, is fooled by "
                + "the second encoding of the same point.";
        return new Row<>(alsoUnderEddsa("non-canonical-r", alternative.name(),
                "R non-canonical (" + alternative.name() + "), k over the bytes sent", Severity.MEDIUM,
                List.of("RFC8032-5.1.7-decode-r"), List.of("NonCanonicalR", "SmallOrderR"), description), context -> {
                    byte[] a = SIGNER.encoding();
                    byte[] message = utf8("non-canonical R: " + alternative.name());
                    byte[] signature = Ed25519Forge.assemble(alternative.encoding(), BigInteger.ZERO, alternative.encoding(),
                            a, SIGNER.scalar(), message);
                    return signature(a, message, signature, rejectedButZip215Accepts(Reason.SIGNATURE_MALFORMED));
                });
    }

    private static Row<Void> reencodedK(Alternative alternative) {
        byte[] canonical = alternative.point().encode();
        String description = "R is " + alternative.hex() + ": " + alternative.phrase() + ". S was computed with k = "
                + "SHA-512(R' || A || M) where R' is the canonical re-encoding " + HEX.formatHex(canonical) + ", not the "
                + "bytes sent. Only a verifier that decodes R leniently and then hashes its re-encoding accepts it."
                + "\n\nA verifier must reject it as malformed (RFC 8032 §5.1.3); even ZIP 215, which accepts the "
                + "encoding, rejects it because k must be hashed over the received bytes (RFC 8032 §5.1.7 step 2). "
                + "A verifier that re-encodes before hashing verifies a statement the signature never made.";
        return new Row<>(alsoUnderEddsa("reencoded-k", alternative.name(),
                "R non-canonical (" + alternative.name() + "), k hashed over its re-encoding", Severity.MEDIUM,
                List.of("RFC8032-5.1.7-k-hash", "RFC8032-5.1.7-decode-r"), List.of("NonCanonicalR", "ReencodedK"),
                description), context -> {
                    byte[] a = SIGNER.encoding();
                    byte[] message = utf8("re-encoded k: " + alternative.name());
                    byte[] signature = Ed25519Forge.assemble(alternative.encoding(), BigInteger.ZERO, canonical, a,
                            SIGNER.scalar(), message);
                    return signature(a, message, signature, rejected(Reason.SIGNATURE_MALFORMED));
                });
    }

    private static final String SMALL_ORDER_KEY_POLICY = "RFC 8032 neither requires nor forbids refusing a small-order "
            + "key, so the outcome is recorded (either); ed25519-strict requires rejecting it and ZIP 215 accepts it. "
            + "A device whose trust anchor is a small-order key accepts firmware from anyone: refuse such keys when "
            + "they are provisioned and when they verify (the reference verifier rejects them as BAD_KEY).";

    private static BigInteger challenge(byte[] r, byte[] a, byte[] message) {
        return Edwards25519.challenge(r, a, message);
    }

    /** The eight torsion points with names; index i of {@link Edwards25519#torsion()} is [i]T, T of order 8. */
    private static List<SmallPoint> smallPoints() {
        List<SmallPoint> points = new ArrayList<>();
        for (Point point : Edwards25519.torsion()) {
            int order = Edwards25519.smallOrder(point);
            byte[] encoding = point.encode();
            String parity = (encoding[31] & 0x80) != 0 ? "odd-x" : "even-x";
            String hex = HEX.formatHex(encoding);
            switch (order) {
                case 1 -> points.add(new SmallPoint("identity", "the identity point (0, 1), of order 1", point, order));
                case 2 -> points.add(new SmallPoint("order-2", "the point (0, -1), of order 2", point, order));
                case 4 -> points.add(new SmallPoint("order-4-" + parity, "a point of order 4 (y = 0)", point, order));
                default -> points.add(new SmallPoint("order-8-" + hex.substring(0, 4) + "-" + parity,
                        "a point of order 8", point, order));
            }
        }
        points.sort((first, second) -> first.order() != second.order()
                ? Integer.compare(first.order(), second.order()) : first.name().compareTo(second.name()));
        return points;
    }

    /** The six non-canonical encodings of small-order points (C2SP CCTV ed25519/README.md lists the same six). */
    private static List<Alternative> alternatives() {
        BigInteger p = Edwards25519.P;
        List<Alternative> alternatives = List.of(
                alternative("identity-y-is-p-plus-1", "the identity point with y written as p + 1",
                        Edwards25519.encodeScalar(p.add(BigInteger.ONE))),
                alternative("identity-y-is-p-plus-1-sign-set", "the identity point with y written as p + 1 and the sign "
                        + "bit set (x = -0)", Edwards25519.encodeScalar(p.add(BigInteger.ONE).setBit(255))),
                alternative("identity-negative-zero", "the identity point (0, 1) with the sign bit set, i.e. x = -0",
                        Edwards25519.encodeScalar(BigInteger.ONE.setBit(255))),
                alternative("order-2-negative-zero", "the point (0, -1) of order 2 with the sign bit set, i.e. x = -0",
                        Edwards25519.encodeScalar(p.subtract(BigInteger.ONE).setBit(255))),
                alternative("order-4-y-is-p", "a point of order 4 (y = 0) with y written as p", Edwards25519.encodeScalar(p)),
                alternative("order-4-y-is-p-sign-set", "the other point of order 4 (y = 0) with y written as p and the "
                        + "sign bit set", Edwards25519.encodeScalar(p.setBit(255))));
        return alternatives;
    }

    private static Alternative alternative(String name, String phrase, byte[] encoding) {
        if (Edwards25519.decodeStrict(encoding).point().isPresent()) {
            throw new IllegalStateException(name + " is a canonical encoding");
        }
        Point point = Edwards25519.decodeLenient(encoding).point()
                .orElseThrow(() -> new IllegalStateException(name + " names no point even leniently"));
        if (!point.hasSmallOrder()) {
            throw new IllegalStateException(name + " does not name a small-order point");
        }
        return new Alternative(name, phrase, encoding, point);
    }
}

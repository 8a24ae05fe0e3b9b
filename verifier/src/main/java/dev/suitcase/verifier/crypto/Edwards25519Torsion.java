package dev.suitcase.verifier.crypto;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The eight points of small order on edwards25519 (the torsion subgroup, cyclic of order 8 = the
 * cofactor), by their canonical encodings. A public key A of small order is a key anyone can
 * "sign" for: R = identity and S = 0 satisfy the cofactored equation [8][S]B = [8]R + [8][k]A for
 * every message (as [8]A is the identity), and the cofactorless one whenever [k]A is the identity,
 * i.e. always for A = identity (the JDK accepts that forgery). An honest
 * signer never produces a small-order R (R = [r]B has order L); whether one is accepted is where
 * implementations diverge (libsodium and dalek verify_strict reject it).
 *
 * <p>The table holds canonical encodings only. R, in a non-canonical encoding (y &gt;= p, x = -0,
 * which only a lenient decoding lets through), is looked up by its canonical one
 * ({@link Edwards25519.Decoding#canonicalEncoding}), so comparing canonical encodings is complete; A
 * is looked up by its bytes as received, as a block-list is, which the canonicity rule makes complete
 * ({@link Ed25519PublicKey}).
 *
 * <p>Edwards25519TorsionTest derives the eight points independently ([L]P for a point P with a
 * torsion component of order 8, and its multiples) and checks they are exactly these encodings.
 */
final class Edwards25519Torsion {
    private static final Map<String, String> NAMES = Map.of(
            "0100000000000000000000000000000000000000000000000000000000000000",
            "the identity point (0, 1), of order 1",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "the point (0, -1), of order 2",
            "0000000000000000000000000000000000000000000000000000000000000000",
            "a point with y = 0, of order 4",
            "0000000000000000000000000000000000000000000000000000000000000080",
            "a point with y = 0, of order 4",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
            "a point of order 8",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
            "a point of order 8",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
            "a point of order 8",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
            "a point of order 8");

    private Edwards25519Torsion() {
    }

    /**
     * What the point is, if {@code canonicalEncoding} encodes one of the eight small-order points.
     * Only meaningful for a canonical encoding of a curve point.
     */
    static Optional<String> smallOrderPoint(byte[] canonicalEncoding) {
        return Optional.ofNullable(NAMES.get(HexFormat.of().formatHex(canonicalEncoding)));
    }

    /** What the point is, if {@code decoding} (of a curve point, in any encoding) is one of the eight. */
    static Optional<String> smallOrderPoint(Edwards25519.Decoding decoding) {
        return smallOrderPoint(decoding.canonicalEncoding());
    }

    /** The eight canonical encodings, for the test that derives them independently. */
    static Set<String> encodings() {
        return NAMES.keySet();
    }
}

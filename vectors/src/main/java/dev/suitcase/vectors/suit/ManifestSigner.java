package dev.suitcase.vectors.suit;

import dev.suitcase.testkeys.EcdsaP256TestKey;
import dev.suitcase.testkeys.Ed25519TestKey;
import dev.suitcase.testkeys.HssLmsTestKey;
import dev.suitcase.vectors.keys.CoseKeys;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.verifier.Algorithm;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A manifest author: a test key and the COSE algorithm it signs under, for ES256 (-7), ESP256 (-9),
 * Ed25519 (-19) or HSS-LMS (-46).
 *
 * <p>Signatures are remembered per message, so signing the same Sig_structure twice returns the
 * same signature without spending another HSS-LMS one-time key: many vectors share one signed
 * envelope, and an H5 tree has only 32 leaves. A signer is stateful for that reason (and because
 * HSS-LMS is): a family creates its own, and signs in a fixed order.
 */
public final class ManifestSigner {
    private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("P-256").getN();
    private static final int ECDSA_HALF = 32;
    private static final int ED25519_S_OFFSET = 32;

    private final Algorithm algorithm;
    private final Bytes coseKey;
    private final Function<byte[], Bytes> signing;
    private final Map<Bytes, Bytes> signatures = new HashMap<>();

    private ManifestSigner(Algorithm algorithm, Bytes coseKey, Function<byte[], Bytes> signing) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.coseKey = Objects.requireNonNull(coseKey, "coseKey");
        this.signing = signing;
    }

    /**
     * ECDSA P-256 under ES256 or ESP256. The RFC 6979 signature is normalised to low S (s replaced
     * by n - s when above n/2, which verifies as well): SUIT vectors test SUIT, and must not also
     * fail for implementations that declare the ecdsa-low-s profile.
     */
    public static ManifestSigner ecdsa(Algorithm algorithm, EcdsaP256TestKey key) {
        if (algorithm.family() != Algorithm.Family.ECDSA_P256) {
            throw new IllegalArgumentException(algorithm + " is not an ECDSA P-256 algorithm");
        }
        return new ManifestSigner(algorithm, CoseKeys.of(key), message -> lowS(Bytes.of(key.sign(message))));
    }

    /** Pure Ed25519 under the fully specified id -19 (RFC 9864), the id of the SUIT MTI profiles. */
    public static ManifestSigner ed25519(Ed25519TestKey key) {
        return new ManifestSigner(Algorithm.ED25519, CoseKeys.of(key), message -> Bytes.of(key.sign(message)));
    }

    /** HSS-LMS (-46, RFC 8778); each new message spends one one-time key. */
    public static ManifestSigner hssLms(HssLmsTestKey key) {
        return new ManifestSigner(Algorithm.HSS_LMS, CoseKeys.of(key), message -> Bytes.of(key.sign(message)));
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The public key as a COSE_Key. */
    public Bytes coseKey() {
        return coseKey;
    }

    /** The signature over {@code toBeSigned}; the same one each time for the same bytes. */
    public Bytes sign(Bytes toBeSigned) {
        return signatures.computeIfAbsent(toBeSigned, message -> signing.apply(message.toByteArray()));
    }

    /**
     * The signature with one bit flipped where the result stays well formed, so that a verifier
     * must compute to refuse it: the low bit of s for ECDSA (s stays in [1, n-1]), the low bit of S
     * for Ed25519 (S stays below L; R is untouched and still decodes), the low bit of the last
     * authentication-path node for HSS-LMS (every length and type code is unchanged).
     */
    public Bytes corrupt(Bytes signature) {
        byte[] changed = signature.toByteArray();
        int index = algorithm.family() == Algorithm.Family.ED25519 ? ED25519_S_OFFSET : changed.length - 1;
        changed[index] ^= 0x01;
        return Bytes.of(changed);
    }

    private static Bytes lowS(Bytes signature) {
        byte[] rs = signature.toByteArray();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, ECDSA_HALF, 2 * ECDSA_HALF));
        if (s.compareTo(P256_ORDER.shiftRight(1)) <= 0) {
            return signature;
        }
        byte[] lowered = BigIntegers.asUnsignedByteArray(ECDSA_HALF, P256_ORDER.subtract(s));
        System.arraycopy(lowered, 0, rs, ECDSA_HALF, ECDSA_HALF);
        return Bytes.of(rs);
    }
}

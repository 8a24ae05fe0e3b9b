package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.crypto.Ed25519PublicKey;
import dev.suitcase.verifier.crypto.HssPublicKey;
import dev.suitcase.verifier.crypto.P256PublicKey;
import dev.suitcase.verifier.crypto.PublicKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public COSE_Key of one of the three supported types, valid by construction: it passed every
 * COSE rule ({@link CoseKeyMaterial}) and every check of its key type ({@link P256PublicKey},
 * {@link Ed25519PublicKey}, {@link HssPublicKey}: lengths, range, on the curve, canonical
 * encoding, small order, L and type codes), each failure a {@link Rejection} with
 * {@link Reason#BAD_KEY} or {@link Reason#ALGORITHM_KEY_MISMATCH}.
 *
 * <p>Under a test's knockout of a key rule a key may have more than one reading (its kty and crv
 * disagree, see {@link CoseKeyReader}), or a reading on a curve the suite does not implement
 * ({@link OtherCurveKey}). The algorithm in use then takes the reading whose type fits it, and the first
 * reading otherwise; without a knockout there is one reading, a key of a supported type.
 */
public final class CoseKey {
    private final List<Reading> readings;

    /** One way of reading the key: its material, and what verifies under it. */
    private record Reading(CoseKeyMaterial material, Optional<PublicKey> publicKey, Optional<OtherCurveKey> otherCurve) {
        void verify(byte[] message, int offset, int length, byte[] signature, VerifierOptions options) {
            if (publicKey.isPresent()) {
                publicKey.get().verify(message, offset, length, signature, options);
            } else {
                otherCurve.orElseThrow().verify(message, offset, length, signature);
            }
        }
    }

    private CoseKey(List<Reading> readings) {
        this.readings = List.copyOf(readings);
    }

    /** Parses an encoded public COSE_Key; throws a {@link Rejection} naming what is wrong. */
    public static CoseKey parse(byte[] encoded) {
        List<Reading> readings = new ArrayList<>();
        Rejection first = null;
        for (CoseKeyMaterial material : CoseKeyReader.readings(encoded)) {
            try {
                readings.add(read(material));
            } catch (Rejection notAKey) {
                first = first == null ? notAKey : first;
            }
        }
        if (readings.isEmpty()) {
            throw first;
        }
        return new CoseKey(readings);
    }

    private static Reading read(CoseKeyMaterial material) {
        if (material instanceof CoseKeyMaterial.P256 p256) {
            return new Reading(material, Optional.of(P256PublicKey.fromCoordinates(p256.x(), p256.y())),
                    Optional.empty());
        }
        if (material instanceof CoseKeyMaterial.Ed25519 ed25519) {
            return new Reading(material, Optional.of(Ed25519PublicKey.fromEncoded(ed25519.x())), Optional.empty());
        }
        if (material instanceof CoseKeyMaterial.OtherCurve otherCurve) {
            return new Reading(material, Optional.empty(), Optional.of(OtherCurveKey.of(otherCurve)));
        }
        return new Reading(material, Optional.of(HssPublicKey.fromEncoded(((CoseKeyMaterial.HssLms) material).pub())),
                Optional.empty());
    }

    /** See {@link CoseKeyMaterial#checkUsableWith}, for the reading {@code algorithm} takes. */
    public void checkUsableWith(Algorithm algorithm) {
        readingFor(algorithm).material().checkUsableWith(algorithm);
    }

    /** Whether {@link #checkUsableWith} would pass. */
    public boolean usableWith(Algorithm algorithm) {
        return readingFor(algorithm).material().usableWith(algorithm);
    }

    /**
     * Verifies {@code signature} over the {@code length} bytes of {@code message} from {@code offset} under the
     * reading {@code algorithm} takes, with that reading's own primitive; returns only if it is valid. Once
     * {@link #checkUsableWith} has passed, that is {@code algorithm}'s primitive, unless a test knocked the key
     * type rule out.
     */
    public void verify(Algorithm algorithm, byte[] message, int offset, int length, byte[] signature,
                       VerifierOptions options) {
        readingFor(algorithm).verify(message, offset, length, signature, options);
    }

    /** {@link #verify(Algorithm, byte[], int, int, byte[], VerifierOptions)} over all of {@code message}. */
    public void verify(Algorithm algorithm, byte[] message, byte[] signature, VerifierOptions options) {
        verify(algorithm, message, 0, message.length, signature, options);
    }

    /**
     * The key's public key. A key read only on a curve the suite does not implement has none; it exists only
     * while a test knocks out {@link CoseCheck#KEY_CRV_OF_OTHER_ALGORITHM}.
     */
    public PublicKey publicKey() {
        return readings.get(0).publicKey().orElseThrow(() -> new IllegalStateException(describe()
                + " is read on a curve the suite does not implement, which only a knockout allows"));
    }

    /**
     * The public key of every reading of this key, the key as its kty and crv say first: one without a knockout,
     * none for a key read only on a curve the suite does not implement. A rule to apply to every key a verifier
     * may use (a profile's key rules) applies to each of these.
     */
    public List<PublicKey> publicKeys() {
        return readings.stream().flatMap(reading -> reading.publicKey().stream()).toList();
    }

    public Algorithm.Family family() {
        return readings.get(0).material().family();
    }

    /** The key's own alg parameter (label 3), if it names a supported algorithm. */
    public Optional<Algorithm> algorithm() {
        return readings.get(0).material().algorithmId().flatMap(Algorithm::fromCoseId);
    }

    /**
     * The algorithm this key serves by itself, for a message that names none the verifier can use (only while a
     * test knocks out {@link CoseCheck#HEADER_ALG_MISSING} or {@link CoseCheck#ALG_UNSUPPORTED}): its own alg
     * if that is an algorithm of its type, else the algorithm its type serves ({@link Algorithm#servedBy}).
     */
    public Algorithm ownAlgorithm() {
        return algorithm().filter(own -> own.family() == family()).orElse(Algorithm.servedBy(family()));
    }

    /** A short description for messages, e.g. "EC2 P-256 key". */
    public String describe() {
        return readings.get(0).material().describe();
    }

    /** The reading whose type fits {@code algorithm}, else the key as its kty says. */
    private Reading readingFor(Algorithm algorithm) {
        for (Reading reading : readings) {
            if (reading.material().family() == algorithm.family()) {
                return reading;
            }
        }
        return readings.get(0);
    }
}

package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.crypto.Ed25519PublicKey;
import dev.suitcase.verifier.crypto.HssPublicKey;
import dev.suitcase.verifier.crypto.P256PublicKey;
import dev.suitcase.verifier.crypto.PublicKey;

import java.util.Optional;

/**
 * A public COSE_Key of one of the three supported types, valid by construction: it passed every
 * COSE rule ({@link CoseKeyMaterial}) and every check of its key type ({@link P256PublicKey},
 * {@link Ed25519PublicKey}, {@link HssPublicKey}: lengths, range, on the curve, canonical
 * encoding, small order, L and type codes), each failure a {@link Rejection} with
 * {@link Reason#BAD_KEY} or {@link Reason#ALGORITHM_KEY_MISMATCH}.
 */
public final class CoseKey {
    private final CoseKeyMaterial material;
    private final PublicKey publicKey;

    private CoseKey(CoseKeyMaterial material, PublicKey publicKey) {
        this.material = material;
        this.publicKey = publicKey;
    }

    /** Parses an encoded public COSE_Key; throws a {@link Rejection} naming what is wrong. */
    public static CoseKey parse(byte[] encoded) {
        CoseKeyMaterial material = CoseKeyMaterial.parse(encoded);
        PublicKey publicKey;
        if (material instanceof CoseKeyMaterial.P256 p256) {
            publicKey = P256PublicKey.fromCoordinates(p256.x(), p256.y());
        } else if (material instanceof CoseKeyMaterial.Ed25519 ed25519) {
            publicKey = Ed25519PublicKey.fromEncoded(ed25519.x());
        } else {
            publicKey = HssPublicKey.fromEncoded(((CoseKeyMaterial.HssLms) material).pub());
        }
        return new CoseKey(material, publicKey);
    }

    /** See {@link CoseKeyMaterial#checkUsableWith}. */
    public void checkUsableWith(Algorithm algorithm) {
        material.checkUsableWith(algorithm);
    }

    /** Whether {@link #checkUsableWith} would pass. */
    public boolean usableWith(Algorithm algorithm) {
        return material.usableWith(algorithm);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public Algorithm.Family family() {
        return publicKey.family();
    }

    /** The key's own alg parameter (label 3), if it names a supported algorithm. */
    public Optional<Algorithm> algorithm() {
        return material.algorithmId().flatMap(Algorithm::fromCoseId);
    }

    /** A short description for messages, e.g. "EC2 P-256 key". */
    public String describe() {
        return material.describe();
    }
}

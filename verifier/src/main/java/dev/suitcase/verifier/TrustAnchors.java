package dev.suitcase.verifier;

import dev.suitcase.verifier.cose.CoseKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The public keys a verifier trusts, each parsed and checked once ({@link CoseKey#parse}), to be
 * held across verifications as a device holds its trust anchors.
 *
 * <p>Holding them is what makes verification cost what the primitive costs: no key is parsed per
 * message, and BouncyCastle keeps what it precomputes per key object. For P-256 that is a
 * fixed-point comb table, built once a key has been used a few times; a key parsed afresh for every
 * message never reaches it and verifies at about half the speed (perf/README.md, issue 7).
 * {@link ReferenceVerifier}'s overloads that take encoded keys get the same effect from a small
 * cache of the keys it parsed, so both give the same outcome at about the same cost.
 *
 * <p>Parsing applies every rule no profile changes. The key rules a profile decides (an Ed25519 A
 * that is non-canonical or of small order, which {@code ed25519-zip215} accepts and the other
 * profiles reject) are applied by the {@link ReferenceVerifier} that uses the anchors, at the start of
 * each verification and key by key, so one {@code TrustAnchors} serves verifiers of every profile.
 */
public final class TrustAnchors {
    private final List<CoseKey> keys;

    private TrustAnchors(List<CoseKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Parses encoded public COSE_Keys, in order.
     *
     * @throws Rejection with the reason ({@link Reason#BAD_KEY} or {@link Reason#ALGORITHM_KEY_MISMATCH})
     *                   and detail of the first key that does not parse (see the class comment for the
     *                   rules left to the verifier)
     */
    public static TrustAnchors parse(List<byte[]> encodedKeys) {
        List<CoseKey> keys = new ArrayList<>(encodedKeys.size());
        for (byte[] encoded : encodedKeys) {
            keys.add(CoseKey.parse(encoded));
        }
        return new TrustAnchors(keys);
    }

    /** Keys already parsed. */
    public static TrustAnchors of(List<CoseKey> keys) {
        return new TrustAnchors(keys);
    }

    /** The keys, in the order given; an unmodifiable list. */
    public List<CoseKey> keys() {
        return keys;
    }

    @Override
    public String toString() {
        List<String> described = new ArrayList<>(keys.size());
        for (CoseKey key : keys) {
            described.add(key.describe());
        }
        return "TrustAnchors" + described;
    }
}

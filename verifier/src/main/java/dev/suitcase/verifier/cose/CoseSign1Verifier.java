package dev.suitcase.verifier.cose;

import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a COSE_Sign1 message (RFC 9052 §4.2, §4.4) under a set of trusted keys.
 *
 * <p>Order of checks, each a {@link Rejection} naming its check, with the reason in brackets:
 * <ol>
 *   <li>tag: untagged, or tag 18 (COSE_Sign1_Tagged); another tag [BAD_STRUCTURE]; when the caller
 *       requires the tag (SUIT), an untagged message [BAD_STRUCTURE];</li>
 *   <li>an array of exactly four elements [BAD_STRUCTURE];</li>
 *   <li>the headers, see {@link CoseHeaders} [HEADER_INVALID, UNSUPPORTED_ALGORITHM, CBOR reasons];</li>
 *   <li>payload a bstr or nil, signature a bstr [BAD_STRUCTURE]; a nil payload needs a detached
 *       payload from the caller and an attached one must not come with one [BAD_STRUCTURE];</li>
 *   <li>the keys: those whose type fits the algorithm and whose own alg, if any, is the message's
 *       [ALGORITHM_KEY_MISMATCH when none does];</li>
 *   <li>the work: the fitting keys times the Sig_structure's bytes within {@link TrustedKeyLimits}
 *       [RESOURCE_LIMIT, before any key is tried];</li>
 *   <li>the signature over the byte-exact Sig_structure under each fitting key in turn; the first
 *       key that verifies wins. The kid, if any, is only a hint and does not restrict the search.
 *       When none verifies: the one key's rejection, or, with several keys, SIGNATURE_MALFORMED if every
 *       key found the signature malformed and SIGNATURE_INVALID otherwise, naming the check of the
 *       first key that failed with that reason.</li>
 * </ol>
 */
public final class CoseSign1Verifier {
    private final VerifierOptions options;

    public CoseSign1Verifier(VerifierOptions options) {
        this.options = options;
    }

    /**
     * Verifies one COSE_Sign1 and returns the algorithm it verified under.
     *
     * @param message         the decoded message, tagged or untagged
     * @param requireTag      whether tag 18 is mandatory
     * @param detachedPayload the payload when the message carries nil; empty otherwise
     * @param externalAad     the external AAD (an empty span for none)
     * @param trustedKeys     the trust anchors
     */
    public Algorithm verify(CborItem message, boolean requireTag, Optional<Span> detachedPayload, Span externalAad,
                            List<CoseKey> trustedKeys) {
        return verify(message, requireTag, detachedPayload, externalAad, trustedKeys, Optional.empty());
    }

    /**
     * As {@link #verify(CborItem, boolean, Optional, Span, List)}, accepting only {@code allowed} when
     * present: another algorithm in the header is {@link Reason#UNSUPPORTED_ALGORITHM}, checked before
     * any key is tried.
     */
    public Algorithm verify(CborItem message, boolean requireTag, Optional<Span> detachedPayload, Span externalAad,
                            List<CoseKey> trustedKeys, Optional<Algorithm> allowed) {
        CoseSign1 parts = CoseSign1.parse(message, requireTag, detachedPayload, externalAad, allowed);
        Optional<Algorithm> named = parts.namedAlgorithm();

        // checkUsableWith, not usableWith: a test that knocks the key-alg rule out makes such a key fit. A message
        // that names no algorithm gets here only with a rule on alg knocked out: each key's own algorithm is used.
        List<Fit> fitting = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        Rejection firstMismatch = null;
        for (CoseKey key : trustedKeys) {
            Algorithm algorithm = named.orElseGet(key::ownAlgorithm);
            try {
                key.checkUsableWith(algorithm);
                fitting.add(new Fit(key, algorithm));
            } catch (Rejection mismatch) {
                setAside.add(new SetAside(key, mismatch));
                if (firstMismatch == null) {
                    firstMismatch = mismatch;
                }
            }
        }
        if (fitting.isEmpty()) {
            if (trustedKeys.isEmpty()) {
                throw CoseCheck.KEYS_NONE_SUPPLIED.rejection("no trusted key was supplied, so no signature can verify");
            }
            // Report why the first key does not fit, which names the mismatch precisely.
            throw firstMismatch;
        }

        TrustedKeyLimits.DEFAULT.checkWork(fitting.size(), parts.toBeSignedLength());
        byte[] toBeSigned = SigStructureBuffer.atLeast(parts.toBeSignedLength());
        parts.writeToBeSigned(toBeSigned);
        List<Rejection> failures = new ArrayList<>();
        for (Fit fit : fitting) {
            try {
                parts.verifyUnder(fit.key(), fit.algorithm(), toBeSigned, options);
                return fit.algorithm();
            } catch (Rejection failure) {
                failures.add(failure.at(parts.signatureRange()));
            }
        }
        confusedWithASetAsideKey(parts, setAside, toBeSigned);
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        boolean allMalformed = failures.stream().allMatch(f -> f.reason() == Reason.SIGNATURE_MALFORMED);
        Reason reason = allMalformed ? Reason.SIGNATURE_MALFORMED : Reason.SIGNATURE_INVALID;
        String signature = named.map(algorithm -> "the " + algorithm + " signature").orElse("the signature");
        throw failedUnderEveryKey(failures, reason).rejection(signature + " verifies under none"
                + " of the " + fitting.size() + " trusted keys that fit; first key: " + failures.get(0).detail())
                .at(parts.signatureRange());
    }

    /** A trusted key that fits, and the algorithm it verifies under. */
    private record Fit(CoseKey key, Algorithm algorithm) {
    }

    /** A trusted key that does not fit the message's algorithm, and the rule that says so. */
    private record SetAside(CoseKey key, Rejection mismatch) {
    }

    /**
     * Once every fitting key has failed: when a trusted key of another type verifies the signature
     * under its own algorithm, the message names one algorithm for a signature made with another, and
     * only the key-type rule (RFC 9052 §7.1) stands between it and acceptance; it is rejected naming
     * that rule, as a processor that verifies with every trusted key under the key's own algorithm
     * would accept it. Runs only on the failure path.
     */
    private void confusedWithASetAsideKey(CoseSign1 parts, List<SetAside> setAside, byte[] toBeSigned) {
        for (SetAside candidate : setAside) {
            Algorithm own = candidate.key().ownAlgorithm();
            try {
                parts.verifyUnder(candidate.key(), own, toBeSigned, options);
            } catch (Rejection notThisOne) {
                continue;
            }
            throw CoseCheck.KEY_TYPE_MISMATCH.rejection(candidate.mismatch().detail() + "; yet that trusted key verifies "
                    + "the signature under its own algorithm, " + own + " (" + own.coseId() + "): the message names "
                    + "another algorithm than the one it was signed with").at(parts.signatureRange());
        }
    }

    /**
     * The check to name when no key verifies: the first key's failing check that carries the reason
     * reported, so that knocking it out lets every key that failed for it verify. There always is one: a
     * key fails a signature only as malformed or as invalid (its own rules were applied when it was
     * parsed), and the reason reported is one that some failure carries; a check for a reason no key
     * failed with would name a rule nothing broke, so the absence of one is an internal error.
     */
    private static Check failedUnderEveryKey(List<Rejection> failures, Reason reason) {
        return failures.stream().map(Rejection::check).filter(check -> check.reason() == reason).findFirst()
                .orElseThrow(() -> new IllegalStateException("no trusted key failed with " + reason
                        + ", the reason reported for all of them; failures: " + failures.stream()
                        .map(failure -> failure.check().id()).toList()));
    }
}

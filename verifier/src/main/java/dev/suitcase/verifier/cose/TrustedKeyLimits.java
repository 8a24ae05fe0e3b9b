package dev.suitcase.verifier.cose;

/**
 * The bounds on the work one verification may do over its trusted keys. A request beyond them is rejected
 * with {@link dev.suitcase.verifier.Reason#RESOURCE_LIMIT} before any key is tried: no RFC sets such a
 * limit (RFC 9052 §4.4 verifies under "the key", and leaves how many keys are tried to the application), so
 * these are a hardening choice of the suite, as {@link dev.suitcase.verifier.cbor.CborLimits} are.
 *
 * <p>Without them the cost of one request grows with the key count times the payload: 10,000 keys over a
 * 16 MiB payload took 96 s, and 10,000 keys of 20 bytes allocated 762 MB.
 *
 * @param maxKeys      the most trusted keys one request may carry ({@link CoseCheck#KEYS_TOO_MANY})
 * @param maxWorkBytes the most Sig_structure bytes one COSE_Sign1 may have verified, summed over the keys that
 *                     fit its algorithm ({@link CoseCheck#KEYS_WORK})
 */
public record TrustedKeyLimits(int maxKeys, long maxWorkBytes) {

    /**
     * 64 keys: a device trusts a handful of anchors (draft-ietf-suit-manifest §8.3 adds blocks only for an
     * algorithm or authority transition), and 64 is what the verifier's parsed-key cache holds, so a request
     * within the limit never evicts its own keys. 256 MiB of work: the bound the SUIT processor puts on the
     * image bytes one manifest may examine, enough for 16 keys over the largest (16 MiB) message, or 64 keys
     * over 4 MiB; under a second of hashing.
     */
    public static final TrustedKeyLimits DEFAULT = new TrustedKeyLimits(64, 256L * 1024 * 1024);

    public TrustedKeyLimits {
        if (maxKeys < 1 || maxWorkBytes < 1) {
            throw new IllegalArgumentException("trusted key limits must be positive");
        }
    }

    /**
     * Rejects {@code keys} trusted keys above {@link #maxKeys} (unless {@link CoseCheck#KEYS_TOO_MANY} is knocked
     * out); call it before any key is parsed or tried.
     */
    public void checkKeyCount(int keys) {
        if (keys > maxKeys) {
            CoseCheck.KEYS_TOO_MANY.fail(keys + " trusted keys in one request exceed the limit of " + maxKeys
                    + "; no key was tried");
            // Knocked out: every key is parsed and tried, as a verifier without the limit does.
        }
    }

    /**
     * Rejects verifying {@code toBeSignedLength} bytes under {@code fittingKeys} keys when that is more than
     * {@link #maxWorkBytes} (unless {@link CoseCheck#KEYS_WORK} is knocked out); call it before any key is tried.
     */
    void checkWork(int fittingKeys, long toBeSignedLength) {
        long work = fittingKeys * toBeSignedLength;
        if (work > maxWorkBytes) {
            CoseCheck.KEYS_WORK.fail(fittingKeys + " trusted keys × " + toBeSignedLength + " Sig_structure bytes = "
                    + work + " bytes to verify exceed the limit of " + maxWorkBytes + " bytes; no key was tried");
            // Knocked out: every fitting key is tried, as a verifier without the limit does.
        }
    }
}

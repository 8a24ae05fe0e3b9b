package dev.suitcase.verifier;

/** Transitional: the check of a rejection site not yet named. Removed once every site names its check. */
enum UnnamedCheck implements Check {
    MALFORMED_CBOR, NON_DETERMINISTIC_CBOR, DUPLICATE_KEY, RESOURCE_LIMIT, BAD_STRUCTURE, HEADER_INVALID,
    UNSUPPORTED_ALGORITHM, ALGORITHM_KEY_MISMATCH, BAD_KEY, SIGNATURE_MALFORMED, SIGNATURE_INVALID,
    AUTHENTICATION_MISSING, DIGEST_MISMATCH, UNSUPPORTED_DIGEST, UNSUPPORTED_VERSION, ROLLBACK, CONDITION_FAILED,
    UNSUPPORTED_COMMAND, POLICY;

    static UnnamedCheck of(Reason reason) {
        return valueOf(reason.name());
    }

    @Override
    public String id() {
        return "unnamed." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String section() {
        return "unnamed";
    }

    @Override
    public Reason reason() {
        return Reason.valueOf(name());
    }

    @Override
    public Layer layer() {
        return Layer.SIGNATURE;
    }

    @Override
    public boolean skippable() {
        return false;
    }
}

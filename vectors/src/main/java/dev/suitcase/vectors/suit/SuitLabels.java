package dev.suitcase.vectors.suit;

/**
 * The integer labels of draft-ietf-suit-manifest-37 (§11 IANA registries, CDDL in Appendix A) and
 * the CBOR and COSE tags a SUIT envelope uses, grouped by the map or sequence they appear in.
 */
public final class SuitLabels {
    private SuitLabels() {
    }

    /** CBOR tags: SUIT_Envelope_Tagged, SUIT_Manifest_Tagged (§8.2) and the COSE tags of RFC 9052 §2. */
    public static final class Tag {
        public static final long ENVELOPE = 107;
        public static final long MANIFEST = 1070;
        public static final long COSE_SIGN1 = 18;
        public static final long COSE_SIGN = 98;
        public static final long COSE_MAC0 = 17;

        private Tag() {
        }
    }

    /** Keys of the SUIT_Envelope map (§8.2); text keys are integrated payloads (§7.5). */
    public static final class EnvelopeKey {
        public static final long AUTHENTICATION_WRAPPER = 2;
        public static final long MANIFEST = 3;

        private EnvelopeKey() {
        }
    }

    /** Keys of the SUIT_Manifest map (§8.4); payload-fetch, install and text may be severed into the envelope (§8.4.12). */
    public static final class ManifestKey {
        public static final long VERSION = 1;
        public static final long SEQUENCE_NUMBER = 2;
        public static final long COMMON = 3;
        public static final long REFERENCE_URI = 4;
        public static final long VALIDATE = 7;
        public static final long LOAD = 8;
        public static final long INVOKE = 9;
        public static final long PAYLOAD_FETCH = 16;
        public static final long INSTALL = 20;
        public static final long TEXT = 23;

        private ManifestKey() {
        }
    }

    /** Keys of SUIT_Common (§8.4.5). */
    public static final class CommonKey {
        public static final long COMPONENTS = 2;
        public static final long SHARED_SEQUENCE = 4;

        private CommonKey() {
        }
    }

    /** Condition and directive labels (§11.4). */
    public static final class Command {
        public static final long VENDOR_IDENTIFIER = 1;
        public static final long CLASS_IDENTIFIER = 2;
        public static final long IMAGE_MATCH = 3;
        public static final long COMPONENT_SLOT = 5;
        public static final long CHECK_CONTENT = 6;
        public static final long SET_COMPONENT_INDEX = 12;
        public static final long ABORT = 14;
        public static final long TRY_EACH = 15;
        public static final long WRITE = 18;
        public static final long OVERRIDE_PARAMETERS = 20;
        public static final long FETCH = 21;
        public static final long COPY = 22;
        public static final long INVOKE = 23;
        public static final long DEVICE_IDENTIFIER = 24;
        public static final long SWAP = 31;
        public static final long RUN_SEQUENCE = 32;

        private Command() {
        }
    }

    /** Parameter labels (§11.5). */
    public static final class Parameter {
        public static final long VENDOR_ID = 1;
        public static final long CLASS_ID = 2;
        public static final long IMAGE_DIGEST = 3;
        public static final long COMPONENT_SLOT = 5;
        public static final long STRICT_ORDER = 12;
        public static final long SOFT_FAILURE = 13;
        public static final long IMAGE_SIZE = 14;
        public static final long CONTENT = 18;
        public static final long URI = 21;
        public static final long SOURCE_COMPONENT = 22;
        public static final long INVOKE_ARGS = 23;
        public static final long DEVICE_ID = 24;

        private Parameter() {
        }
    }

    /**
     * SUIT_Rep_Policy values (§8.4.7): the reporting bits a command carries as its argument. The
     * Appendix B examples give conditions all four bits and directives record-on-failure.
     */
    public static final class ReportingPolicy {
        public static final long CONDITION = 15;
        public static final long DIRECTIVE = 2;

        private ReportingPolicy() {
        }
    }

    /** COSE algorithm identifiers of the hash functions a SUIT_Digest may use (RFC 9054, §10). */
    public static final class DigestAlgorithm {
        public static final long SHA_256 = -16;
        public static final long SHA_384 = -43;
        public static final long SHA_512 = -44;

        private DigestAlgorithm() {
        }
    }
}

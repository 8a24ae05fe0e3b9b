package dev.suitcase.verifier.suit;

import java.util.Optional;

/**
 * The members of a SUIT_Manifest this processor implements (draft-ietf-suit-manifest-37 §8.4, §11.2).
 * Payload-fetch, install and text are severable: moved to the envelope under the same key and
 * replaced in the manifest by their SUIT_Digest (§8.4.12, §8.6).
 */
enum ManifestMember {
    VERSION(1, "suit-manifest-version", false),
    SEQUENCE_NUMBER(2, "suit-manifest-sequence-number", false),
    COMMON(3, "suit-common", false),
    REFERENCE_URI(4, "suit-reference-uri", false),
    VALIDATE(7, "suit-validate", false),
    LOAD(8, "suit-load", false),
    INVOKE(9, "suit-invoke", false),
    PAYLOAD_FETCH(16, "suit-payload-fetch", true),
    INSTALL(20, "suit-install", true),
    TEXT(23, "suit-text", true);

    private final int label;
    private final String specName;
    private final boolean severable;

    ManifestMember(int label, String specName, boolean severable) {
        this.label = label;
        this.specName = specName;
        this.severable = severable;
    }

    int label() {
        return label;
    }

    boolean severable() {
        return severable;
    }

    static Optional<ManifestMember> fromLabel(long label) {
        for (ManifestMember member : values()) {
            if (member.label == label) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** The member's name in the specification and its label, e.g. {@code suit-install (20)}. */
    @Override
    public String toString() {
        return specName + " (" + label + ")";
    }
}

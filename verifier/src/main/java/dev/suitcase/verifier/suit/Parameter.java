package dev.suitcase.verifier.suit;

import java.util.Optional;
import java.util.UUID;

/**
 * The SUIT parameters this processor implements (draft-ietf-suit-manifest-37 §8.4.8, §11.5); each
 * constant's documentation gives the CDDL type and the Java type its value is parsed to
 * ({@link CommandParser}). Custom parameters (negative labels, §8.4.8.16) are kept apart,
 * as opaque hints; any other label is an unsupported parameter (§6.1).
 */
enum Parameter {
    /** A UUID, or an IANA Private Enterprise Number as #6.112(bstr) (§8.4.8.3): {@link UUID} or {@link EnterpriseNumber}. */
    VENDOR_ID(1, "vendor-id"),
    /** A 16-byte UUID (§8.4.8.4), as {@link UUID}. */
    CLASS_ID(2, "class-id"),
    /** A SUIT_Digest wrapped in a bstr (§8.4.8.6), as {@link SuitDigest}. */
    IMAGE_DIGEST(3, "image-digest"),
    /** uint (§8.4.8.8), as the unsigned bits of a {@link Long}. */
    COMPONENT_SLOT(5, "component-slot"),
    /** bool, as {@link Boolean}: a processor setting rather than a component parameter (§8.4.8.14). */
    STRICT_ORDER(12, "strict-order"),
    /** bool, as {@link Boolean}: a processor setting scoped to the enclosing sequence (§8.4.8.15). */
    SOFT_FAILURE(13, "soft-failure"),
    /** uint (§8.4.8.7), as the unsigned bits of a {@link Long}. */
    IMAGE_SIZE(14, "image-size"),
    /** bstr (§8.4.8.9), as {@code byte[]}. */
    CONTENT(18, "content"),
    /** tstr (§8.4.8.10), as {@link String}. */
    URI(21, "uri"),
    /** uint, an index into the manifest's components (§8.4.8.11), as {@link Long}. */
    SOURCE_COMPONENT(22, "source-component"),
    /** bstr (§8.4.8.12), as {@code byte[]}. */
    INVOKE_ARGS(23, "invoke-args"),
    /** A 16-byte UUID (§8.4.8.5), as {@link UUID}. */
    DEVICE_ID(24, "device-id"),
    /** bstr (§8.4.8.13), as {@code byte[]}. */
    FETCH_ARGUMENTS(25, "fetch-arguments");

    /** A vendor identified by its Private Enterprise Number: a relative OID under 1.3.6.1.4.1 (RFC 9090), as hex. */
    record EnterpriseNumber(String relativeOidHex) {
    }

    private final int label;
    private final String specName;

    Parameter(int label, String specName) {
        this.label = label;
        this.specName = specName;
    }

    static Optional<Parameter> fromLabel(long label) {
        for (Parameter parameter : values()) {
            if (parameter.label == label) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /** The parameter's name in the specification and its label, e.g. {@code suit-parameter-uri (21)}. */
    @Override
    public String toString() {
        return "suit-parameter-" + specName + " (" + label + ")";
    }
}

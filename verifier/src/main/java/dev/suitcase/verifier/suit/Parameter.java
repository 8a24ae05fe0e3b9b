package dev.suitcase.verifier.suit;

import java.util.Optional;
import java.util.UUID;

/**
 * The SUIT parameters this processor implements (draft-ietf-suit-manifest-37 §8.4.8, §11.5), with the
 * Java type each value is parsed to. Custom parameters (negative labels, §8.4.8.16) are kept apart,
 * as opaque hints; any other label is an unsupported parameter (§6.1).
 */
enum Parameter {
    /** A UUID, or an IANA Private Enterprise Number as #6.112(bstr) (§8.4.8.3): {@link UUID} or {@link EnterpriseNumber}. */
    VENDOR_ID(1, "vendor-id", Object.class),
    /** A UUID (§8.4.8.4). */
    CLASS_ID(2, "class-id", UUID.class),
    /** A SUIT_Digest wrapped in a bstr (§8.4.8.6). */
    IMAGE_DIGEST(3, "image-digest", SuitDigest.class),
    /** uint (§8.4.8.8). */
    COMPONENT_SLOT(5, "component-slot", Long.class),
    /** bool, a processor setting rather than a component parameter (§8.4.8.14). */
    STRICT_ORDER(12, "strict-order", Boolean.class),
    /** bool, a processor setting scoped to the enclosing sequence (§8.4.8.15). */
    SOFT_FAILURE(13, "soft-failure", Boolean.class),
    /** uint (§8.4.8.7). */
    IMAGE_SIZE(14, "image-size", Long.class),
    /** bstr (§8.4.8.9). */
    CONTENT(18, "content", byte[].class),
    /** tstr (§8.4.8.10). */
    URI(21, "uri", String.class),
    /** uint, an index into the manifest's components (§8.4.8.11). */
    SOURCE_COMPONENT(22, "source-component", Long.class),
    /** bstr (§8.4.8.12). */
    INVOKE_ARGS(23, "invoke-args", byte[].class),
    /** A UUID (§8.4.8.5). */
    DEVICE_ID(24, "device-id", UUID.class),
    /** bstr (§8.4.8.13). */
    FETCH_ARGUMENTS(25, "fetch-arguments", byte[].class);

    /** A vendor identified by its Private Enterprise Number: a relative OID under 1.3.6.1.4.1 (RFC 9090), as hex. */
    record EnterpriseNumber(String relativeOidHex) {
    }

    private final int label;
    private final String specName;
    private final Class<?> type;

    Parameter(int label, String specName, Class<?> type) {
        this.label = label;
        this.specName = specName;
        this.type = type;
    }

    int label() {
        return label;
    }

    Class<?> type() {
        return type;
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

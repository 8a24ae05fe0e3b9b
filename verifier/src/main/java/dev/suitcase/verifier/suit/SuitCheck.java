package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Check;
import dev.suitcase.verifier.Layer;
import dev.suitcase.verifier.Reason;


/**
 * The rules of the SUIT envelope, manifest and command interpreter (draft-ietf-suit-manifest-37; the
 * draft has not been published as an RFC). One constant per rule; see {@link Check} for what the
 * fields mean.
 *
 * <p>A skippable check's continuation, where its rule is found broken and the check is knocked out,
 * is the behaviour of a processor without the check; the comment of each constant says what that
 * processor does. The CBOR decoder's checks, and the type checks of {@code CborItem}, are
 * {@code CborCheck}s.
 */
public enum SuitCheck implements Check {

    // ---------------------------------------------------------------- envelope (§8.2, §8.3)

    /** A bare SUIT_Manifest_Tagged (1070): without the check, the manifest is processed unauthenticated. */
    ENVELOPE_BARE_MANIFEST("suit.envelope.bare-manifest", "§8.3", Reason.AUTHENTICATION_MISSING, true),
    /** A tag other than 107: without the check, the tag content is read as the envelope. */
    ENVELOPE_TAG("suit.envelope.tag", "§8.2", Reason.BAD_STRUCTURE, true),
    /** An envelope key neither an integer nor a text string: without the check, the element is ignored. */
    ENVELOPE_KEY_TYPE("suit.envelope.key-type", "§8.2", Reason.BAD_STRUCTURE, true),
    /** The manifest before the authentication wrapper: without the check, the map is read by key. */
    ENVELOPE_WRAPPER_FIRST("suit.envelope.wrapper-first", "§8.3", Reason.BAD_STRUCTURE, true),
    /** No suit-manifest: there is nothing to process. */
    ENVELOPE_MANIFEST_MISSING("suit.envelope.manifest-missing", "§8.2", Reason.BAD_STRUCTURE, false),
    /** No suit-authentication-wrapper: without the check, the manifest is processed unauthenticated. */
    ENVELOPE_AUTH_MISSING("suit.envelope.auth-missing", "§8.3", Reason.AUTHENTICATION_MISSING, true),

    /** A map not in canonical order: without the check, the order is accepted (as the cbor-lenient profile does). */
    MAP_ORDER("suit.encoding.map-order", "§8.1", Reason.NON_DETERMINISTIC_CBOR, true),

    // ---------------------------------------------------------------- authentication wrapper (§8.3)

    /** An empty wrapper: without its SUIT_Digest no block has a payload to verify. */
    AUTH_DIGEST_MISSING("suit.auth.digest-missing", "§8.3", Reason.BAD_STRUCTURE, false),
    /** A wrapper holding the digest alone: without the check, the manifest goes on unauthenticated. */
    AUTH_BLOCK_MISSING("suit.auth.block-missing", "§8.3", Reason.AUTHENTICATION_MISSING, true),
    /** A block that is no tagged COSE structure at all: nothing can verify it. */
    AUTH_BLOCK_NOT_COSE("suit.auth.block-not-cose", "§8.3", Reason.BAD_STRUCTURE, false),
    /**
     * A COSE_Mac0, COSE_Sign or COSE_Mac block, which this verifier cannot check: without the check,
     * the block is taken as authenticating, as by a processor that accepts what it cannot verify.
     */
    AUTH_BLOCK_UNSUPPORTED("suit.auth.block-unsupported", "§8.3, §6.2", Reason.UNSUPPORTED_ALGORITHM, true),
    /** The manifest against the authenticated SUIT_Digest: without the check, any manifest rides on the signature. */
    DIGEST_MISMATCH("suit.digest.mismatch", "§8.3", Reason.DIGEST_MISMATCH, true),

    // ---------------------------------------------------------------- SUIT_Digest (§10)

    /** Not [algorithm-id, digest-bytes]: there is no digest to compare. */
    DIGEST_SHAPE("suit.digest.shape", "§10", Reason.BAD_STRUCTURE, false),
    /**
     * An algorithm this processor does not implement: without the check, the processor ignores the
     * algorithm id and compares SHA-256, the algorithm every processor implements.
     */
    DIGEST_ALGORITHM("suit.digest.unsupported-algorithm", "§10", Reason.UNSUPPORTED_DIGEST, true),
    /** Extension parameters after the digest bytes: without the check, they are ignored. */
    DIGEST_EXTENSIONS("suit.digest.extensions", "§10", Reason.UNSUPPORTED_DIGEST, true),
    /**
     * Digest bytes of another length than the algorithm's: without the check, the processor ignores
     * the algorithm id, computes SHA-256 and compares the received bytes with its first bytes.
     */
    DIGEST_LENGTH("suit.digest.length", "§10", Reason.BAD_STRUCTURE, true),

    // ---------------------------------------------------------------- manifest (§6.1, §8.4)

    /** Version other than 1: without the check, the manifest is read as version 1. */
    MANIFEST_VERSION("suit.manifest.version", "§6.1, §8.4.1", Reason.UNSUPPORTED_VERSION, true),
    /** No version, sequence number or common: a required member is missing. */
    MANIFEST_REQUIRED_MEMBER("suit.manifest.required-member", "§8.4", Reason.BAD_STRUCTURE, false),
    /**
     * suit-reference-uri not a text string: a rule on what the author writes, for the management systems
     * that read the member; without the check, the member is ignored, as by a processor that never reads it.
     */
    MANIFEST_REFERENCE_URI_TYPE("suit.manifest.reference-uri-type", "§8.4.3", Reason.BAD_STRUCTURE, true),
    /**
     * A negative sequence number: without the check, its 64 bits are read as an unsigned number, as by a
     * processor that decodes an int64 into its unsigned counter (-1 becomes 2^64 - 1).
     */
    MANIFEST_SEQUENCE_NUMBER_TYPE("suit.manifest.sequence-number-type", "§8.4.2", Reason.BAD_STRUCTURE, true),
    /** A sequence number below the stored one: without the check, an old manifest is processed again. */
    ROLLBACK("suit.sequence.rollback", "§6.1, §8.4.2", Reason.ROLLBACK, true),
    /** Under suit-seq-strict, a sequence number equal to the stored one: without the check, it is processed. */
    ROLLBACK_EQUAL("suit.sequence.rollback-equal", "§8.4.2 (suit-seq-strict profile)", Reason.ROLLBACK, true),

    // ---------------------------------------------------------------- severable members (§8.4.12, §8.6)

    /** A severed member against its digest: without the check, the envelope's member runs unchecked. */
    SEVERABLE_DIGEST_MISMATCH("suit.severable.digest-mismatch", "§8.4.12", Reason.DIGEST_MISMATCH, true),
    /**
     * An envelope member the manifest holds inline or not at all, so that no digest authenticates it:
     * without the check, the processor runs the envelope's member, as one that looks there first does.
     */
    SEVERABLE_UNAUTHENTICATED("suit.severable.unauthenticated", "§8.4.12", Reason.BAD_STRUCTURE, true),
    /** A severable member that is neither a bstr nor a SUIT_Digest: it can be neither run nor checked. */
    SEVERABLE_MEMBER_TYPE("suit.severable.member-type", "§8.4", Reason.BAD_STRUCTURE, false),
    /** A severed member a procedure needs but the envelope lacks: without the check, it is taken as empty. */
    SEVERABLE_MISSING("suit.severable.missing", "§8.6, §6.3", Reason.POLICY, true),

    // ---------------------------------------------------------------- common and components (§6.1, §6.2, §8.4.5)

    /**
     * A suit-common member this processor does not implement, such as suit-dependencies (1) of
     * draft-ietf-suit-trust-domains, whose section 5.1 says a processor without dependencies MUST
     * abort: without the check, the member is ignored.
     */
    COMMON_UNKNOWN_MEMBER("suit.common.unknown-member", "§8.4.5", Reason.UNSUPPORTED_COMMAND, true),
    /** No suit-components (a dependency-only manifest): there is no component to address. */
    COMMON_COMPONENTS_MISSING("suit.common.components-missing", "§8.4.5", Reason.UNSUPPORTED_COMMAND, false),
    /** An empty component list: there is no component to address. */
    COMMON_COMPONENTS_EMPTY("suit.common.components-empty", "§8.4.5", Reason.BAD_STRUCTURE, false),
    /**
     * More components than the device has (§6.2): without the check, the processor allocates for the
     * manifest's list. It also bounds what a manifest can make the processor allocate per component, since a
     * device has at most {@link Device#MAX_COMPONENTS}; a limit of its own would be a second check no manifest
     * could break alone.
     */
    COMPONENTS_COUNT("suit.components.count", "§6.2", Reason.POLICY, true),
    /**
     * A component the device does not have: without the check, the processor goes on; a directive that
     * would write the component then fails closed.
     */
    COMPONENTS_UNSUPPORTED("suit.components.unsupported", "§6.1", Reason.UNSUPPORTED_COMMAND, true),

    // ---------------------------------------------------------------- suit-text (§8.4.4)

    /** A SUIT_Text_Map key that is not a language tag: without the check, the entry is ignored. */
    TEXT_LANGUAGE_TAG("suit.text.language-tag", "§8.4.4", Reason.BAD_STRUCTURE, true),
    /** suit-text describing a component suit-common does not list: without the check, the text is kept. */
    TEXT_COMPONENT_NOT_LISTED("suit.text.component-not-listed", "§8.4.4", Reason.POLICY, true),

    // ---------------------------------------------------------------- command sequences (§6.2, §8.4.6-§8.4.11)

    /** A sequence that is not a non-empty list of label and argument pairs: it cannot be parsed. */
    COMMANDS_SHAPE("suit.commands.shape", "§8.4.6", Reason.BAD_STRUCTURE, false),
    /** A multi-component sequence not beginning with Set Component Index: without the check, it starts at component 0. */
    COMMANDS_SET_INDEX_FIRST("suit.commands.set-index-first", "§6.2", Reason.POLICY, true),
    /** A reporting policy beyond the four reporting bits: without the check, the hint is kept as given. */
    COMMANDS_REPORTING_POLICY("suit.commands.reporting-policy", "§8.4.7", Reason.BAD_STRUCTURE, true),
    /** A Set Component Index argument that is not a uint, true or a non-empty array of uints. */
    COMMANDS_COMPONENT_INDEX_TYPE("suit.commands.component-index-type", "§6.5", Reason.BAD_STRUCTURE, false),
    /** A component index beyond the manifest's list: it names no component. */
    COMMANDS_COMPONENT_INDEX_RANGE("suit.commands.component-index-range", "§8.4.5", Reason.UNSUPPORTED_COMMAND, false),
    /** A Try Each with fewer than two sequences: without the check, it runs the ones it has. */
    COMMANDS_TRY_EACH_SHAPE("suit.commands.try-each-shape", "§8.4.10.2", Reason.BAD_STRUCTURE, true),
    /** An Override Parameters setting nothing: without the check, it does nothing. */
    COMMANDS_OVERRIDE_EMPTY("suit.commands.override-empty", "§8.4.10.3", Reason.BAD_STRUCTURE, true),
    /** A directive in the shared sequence: without the check, it runs there as anywhere else. */
    SHARED_DIRECTIVE("suit.shared.directive", "§5.3.2, §8.4.5", Reason.POLICY, true),
    /**
     * A custom command in the shared sequence: without the check, the processor runs it as the vendor's
     * command it implements; the simulation records it as run, its effect being vendor-defined.
     */
    SHARED_CUSTOM_COMMAND("suit.shared.custom-command", "§6.2", Reason.POLICY, true),
    /** A custom parameter in the shared sequence: without the check, it is kept as a hint. */
    SHARED_CUSTOM_PARAMETER("suit.shared.custom-parameter", "§8.4.8.16", Reason.POLICY, true),
    /** A parameter this processor does not know: without the check, it is ignored. */
    PARAMETER_UNKNOWN("suit.parameter.unknown", "§6.1", Reason.UNSUPPORTED_COMMAND, true),
    /**
     * Soft-failure set outside Try Each and Run Sequence: without the check, it is honoured there too,
     * so a condition failure ends that sequence and processing goes on with the next one.
     */
    PARAMETER_SOFT_FAILURE_SCOPE("suit.parameter.soft-failure-scope", "§8.4.8.15", Reason.POLICY, true),
    /** A parameter value of the wrong type: it cannot be used. */
    PARAMETER_TYPE("suit.parameter.type", "§8.4.8", Reason.BAD_STRUCTURE, false),
    /** A condition or directive this processor does not implement: without the check, it is skipped. */
    COMMAND_UNKNOWN("suit.command.unknown", "§8.4.9, §8.4.10", Reason.UNSUPPORTED_COMMAND, true),

    // ---------------------------------------------------------------- conditions (§8.4.9): without the check, the condition holds

    CONDITION_VENDOR_ID("suit.condition.vendor-id", "§8.4.9.1", Reason.CONDITION_FAILED, true),
    CONDITION_CLASS_ID("suit.condition.class-id", "§8.4.9.1", Reason.CONDITION_FAILED, true),
    CONDITION_DEVICE_ID("suit.condition.device-id", "§8.4.9.1", Reason.CONDITION_FAILED, true),
    /** A condition whose parameter was never set: without the check, there is nothing to compare and it holds. */
    CONDITION_PARAMETER_UNSET("suit.condition.parameter-unset", "§8.4.9", Reason.CONDITION_FAILED, true),
    CONDITION_IMAGE_MATCH("suit.condition.image-match", "§8.4.9.2", Reason.CONDITION_FAILED, true),
    CONDITION_CHECK_CONTENT("suit.condition.check-content", "§8.4.9.3", Reason.CONDITION_FAILED, true),
    CONDITION_COMPONENT_SLOT("suit.condition.component-slot", "§8.4.9.4", Reason.CONDITION_FAILED, true),
    /** Abort, which fails unconditionally: the author asked for the failure. */
    CONDITION_ABORT("suit.condition.abort", "§8.4.9.5", Reason.CONDITION_FAILED, false),

    // ---------------------------------------------------------------- directives (§6.4, §6.7, §8.4.10): a failed directive aborts

    /**
     * A component both target and source of data where strict order is false: without the check, the
     * serial interpreter runs the commands in order, as every strict-order setting allows.
     */
    STRICT_ORDER_SOURCE_AND_TARGET("suit.strict-order.source-and-target", "§6.7", Reason.POLICY, true),
    /** A directive consuming a parameter never set: it has nothing to act on. */
    DIRECTIVE_PARAMETER_UNSET("suit.directive.parameter-unset", "§6.4, §7", Reason.POLICY, false),
    /** Fetch of a payload neither integrated nor reachable: there is nothing to install. */
    DIRECTIVE_PAYLOAD_UNAVAILABLE("suit.directive.payload-unavailable", "§6.1, §8.4.10.4", Reason.POLICY, false),
    /** Copy or Swap from a component that holds no image: there is nothing to copy. */
    DIRECTIVE_SOURCE_EMPTY("suit.directive.source-empty", "§8.4.10.5, §8.4.10.9", Reason.POLICY, false),
    /** Invoke of a component that holds no image: there is nothing to run. */
    DIRECTIVE_INVOKE_EMPTY("suit.directive.invoke-empty", "§6.3", Reason.POLICY, false),

    // ---------------------------------------------------------------- this processor's limits (hardening): without the check, it goes on

    LIMIT_SEQUENCE_NESTING("suit.limits.sequence-nesting", "RFC 8949 §10", Reason.RESOURCE_LIMIT, true),
    LIMIT_OPERATIONS("suit.limits.operations", "RFC 8949 §10", Reason.RESOURCE_LIMIT, true),
    LIMIT_BYTES("suit.limits.bytes", "RFC 8949 §10", Reason.RESOURCE_LIMIT, true),
    LIMIT_AUTHENTICATION_BLOCKS("suit.limits.authentication-blocks", "§8.3", Reason.RESOURCE_LIMIT, true);

    private static final String DOCUMENT = "draft-ietf-suit-manifest-37 ";

    private final Definition definition;

    SuitCheck(String id, String section, Reason reason, boolean skippable) {
        this.definition = new Definition(id, section.startsWith("RFC") ? section : DOCUMENT + section, reason, Layer.SUIT, skippable);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

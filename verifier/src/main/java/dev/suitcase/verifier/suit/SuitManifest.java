package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborDecoder;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.Diagnostic;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An authenticated SUIT_Manifest (draft-ietf-suit-manifest-37 §8.4), parsed only once its digest has
 * been authenticated (§6.2), with its severable members resolved against the envelope.
 *
 * <p>Checks, in order, each with its reason:
 * <ol>
 *   <li>the bstr content is one well-formed CBOR item, an untagged map (a SUIT_Manifest inside an
 *       envelope carries no tag 1070): {@link Reason#BAD_STRUCTURE} and the decoder's reasons;</li>
 *   <li>suit-manifest-version is present and an integer ({@link Reason#BAD_STRUCTURE}) and is 1
 *       ({@link Reason#UNSUPPORTED_VERSION}), before anything else is read, since another version may
 *       have another structure (§6.1);</li>
 *   <li>suit-manifest-sequence-number is a uint ({@link Reason#BAD_STRUCTURE}) not below the device's
 *       stored number ({@link Reason#ROLLBACK}, {@link SequenceNumberCheck}, §6.1, §8.4.2);</li>
 *   <li>the keys are in canonical order ({@link MapOrder}, §8.1);</li>
 *   <li>every key is a member this processor implements: an unknown member, for instance suit-coswid
 *       (14) or suit-dependency-resolution (15) of other drafts, is {@link Reason#UNSUPPORTED_COMMAND}.
 *       SUIT has no criticality flag, so a processor cannot tell which unknown members it may
 *       safely ignore, and the author signed them as instructions to the recipient;</li>
 *   <li>suit-common is a bstr, suit-reference-uri a tstr, suit-validate, suit-load and suit-invoke
 *       bstrs: {@link Reason#BAD_STRUCTURE};</li>
 *   <li>each severable member (§8.4.12) is in the manifest either as a bstr or as a SUIT_Digest
 *       (told apart by major type, §8.4); one carried in the envelope must have a SUIT_Digest in the
 *       manifest, and the digest of the envelope's bstr, head included, must equal it
 *       ({@link Reason#DIGEST_MISMATCH}). An envelope member whose manifest counterpart is inline or
 *       absent has no integrity check value: {@link Reason#BAD_STRUCTURE}. A severed member that the
 *       envelope does not carry is fine until a procedure needs it ({@link #sequence}).</li>
 * </ol>
 * suit-text is authenticated (inline or by digest) and kept, not interpreted: only its component
 * identifiers are checked, against suit-common, once that is parsed ({@link SuitText}, §8.4.4).
 */
final class SuitManifest {
    private final long sequenceNumber;
    private final CborBytes common;
    private final Map<ManifestMember, CborBytes> sequences;
    private final Set<ManifestMember> severedAndAbsent;
    private final Optional<CborBytes> text;

    private SuitManifest(long sequenceNumber, CborBytes common, Map<ManifestMember, CborBytes> sequences,
                         Set<ManifestMember> severedAndAbsent, Optional<CborBytes> text) {
        this.sequenceNumber = sequenceNumber;
        this.common = common;
        this.sequences = sequences;
        this.severedAndAbsent = severedAndAbsent;
        this.text = text;
    }

    static SuitManifest parse(SuitEnvelope envelope, long storedSequenceNumber, VerifierOptions options) {
        CborItem item = CborDecoder.decodeWrapped(envelope.manifest());
        CborMap map = item.asMap("the SUIT_Manifest inside the envelope's suit-manifest (3), which is untagged,");

        CborItem version = map.get(ManifestMember.VERSION.label()).orElseThrow(() -> new Rejection(Reason.BAD_STRUCTURE,
                "the manifest has no " + ManifestMember.VERSION + " (§8.4.1)"));
        CborInt versionNumber = version.asInt(ManifestMember.VERSION.toString());
        if (versionNumber.negative() || versionNumber.argument() != 1) {
            throw new Rejection(Reason.UNSUPPORTED_VERSION, "the manifest has " + ManifestMember.VERSION + " "
                    + versionNumber.bigValue() + "; this processor supports version 1, the version of"
                    + " draft-ietf-suit-manifest-37 (§8.4.1)");
        }
        CborInt sequence = map.get(ManifestMember.SEQUENCE_NUMBER.label()).orElseThrow(() -> new Rejection(
                Reason.BAD_STRUCTURE, "the manifest has no " + ManifestMember.SEQUENCE_NUMBER + " (§8.4.2)"))
                .asInt(ManifestMember.SEQUENCE_NUMBER.toString());
        if (sequence.negative()) {
            throw new Rejection(Reason.BAD_STRUCTURE, ManifestMember.SEQUENCE_NUMBER + " is " + sequence.bigValue()
                    + "; it is a uint (§8.4.2)");
        }
        try {
            SequenceNumberCheck.check(sequence.argument(), storedSequenceNumber, options);
        } catch (Rejection rollback) {
            throw rollback.at(sequence.encoded().range());
        }

        MapOrder.requireCanonical(map, "the SUIT_Manifest", options);
        Map<ManifestMember, CborItem> members = new EnumMap<>(ManifestMember.class);
        for (CborMap.Entry entry : map.entries()) {
            CborItem key = entry.key();
            Optional<ManifestMember> member = key instanceof CborInt label && !label.negative()
                    ? ManifestMember.fromLabel(label.argument()) : Optional.empty();
            if (member.isEmpty()) {
                throw new Rejection(Reason.UNSUPPORTED_COMMAND, "the manifest has member " + Diagnostic.of(key)
                        + ", which this processor does not implement; SUIT has no criticality flag, so an unknown"
                        + " member cannot be ignored safely");
            }
            members.put(member.get(), entry.value());
        }

        CborBytes common = Optional.ofNullable(members.get(ManifestMember.COMMON)).orElseThrow(() ->
                new Rejection(Reason.BAD_STRUCTURE, "the manifest has no " + ManifestMember.COMMON + " (§8.4.5)"))
                .asBytes(ManifestMember.COMMON + " (bstr .cbor SUIT_Common)");
        Optional.ofNullable(members.get(ManifestMember.REFERENCE_URI))
                .ifPresent(uri -> uri.asText(ManifestMember.REFERENCE_URI.toString()));

        Map<ManifestMember, CborBytes> sequences = new EnumMap<>(ManifestMember.class);
        for (ManifestMember member : EnumSet.of(ManifestMember.VALIDATE, ManifestMember.LOAD, ManifestMember.INVOKE)) {
            Optional.ofNullable(members.get(member)).ifPresent(value ->
                    sequences.put(member, value.asBytes(member + " (bstr .cbor SUIT_Command_Sequence)")));
        }
        Set<ManifestMember> severedAndAbsent = EnumSet.noneOf(ManifestMember.class);
        for (ManifestMember member : EnumSet.of(ManifestMember.PAYLOAD_FETCH, ManifestMember.INSTALL, ManifestMember.TEXT)) {
            resolveSeverable(member, Optional.ofNullable(members.get(member)), envelope)
                    .ifPresentOrElse(content -> sequences.put(member, content), () -> {
                        if (members.get(member) instanceof CborArray) {
                            severedAndAbsent.add(member);
                        }
                    });
        }
        Optional<CborBytes> text = Optional.ofNullable(sequences.remove(ManifestMember.TEXT));
        return new SuitManifest(sequence.argument(), common, sequences, severedAndAbsent, text);
    }

    /** The member's content, checked against its digest when severed; empty when absent or severed and not carried. */
    private static Optional<CborBytes> resolveSeverable(ManifestMember member, Optional<CborItem> inManifest,
                                                        SuitEnvelope envelope) {
        Optional<CborBytes> inEnvelope = envelope.severedMember(member);
        if (inManifest.isEmpty()) {
            if (inEnvelope.isPresent()) {
                throw new Rejection(Reason.BAD_STRUCTURE, "the envelope carries " + member + " but the manifest has no"
                        + " SUIT_Digest for it, so nothing authenticates it (§8.4.12)");
            }
            return Optional.empty();
        }
        if (inManifest.get() instanceof CborBytes inline) {
            if (inEnvelope.isPresent()) {
                throw new Rejection(Reason.BAD_STRUCTURE, "the envelope carries " + member + " but the manifest holds it"
                        + " inline, not as a SUIT_Digest; only a severed member may be carried in the envelope (§8.4.12)");
            }
            return Optional.of(inline);
        }
        if (!(inManifest.get() instanceof CborArray)) {
            throw new Rejection(Reason.BAD_STRUCTURE, member + " in the manifest must be a bstr or a SUIT_Digest"
                    + " array (§8.4), found " + inManifest.get().typeName());
        }
        SuitDigest digest = SuitDigest.parse(inManifest.get(), member + " digest in the manifest");
        if (inEnvelope.isEmpty()) {
            return Optional.empty();
        }
        if (!digest.matches(inEnvelope.get().encoded())) {
            throw new Rejection(Reason.DIGEST_MISMATCH, "the envelope's " + member + " does not match its digest in the"
                    + " manifest: " + digest.algorithm() + " over the envelope element's bstr, head included (§8.4.12),"
                    + " is " + digest.digestOf(inEnvelope.get().encoded()) + ", the manifest says " + digest.hex())
                    .at(inEnvelope.get().encoded().range());
        }
        return inEnvelope;
    }

    /** The manifest's sequence number: a CBOR uint, as the unsigned bits of a long. */
    long sequenceNumber() {
        return sequenceNumber;
    }

    /**
     * The bstr-wrapped SUIT_Text_Map, inline or severed and carried in the envelope (checked against its
     * digest); empty when the manifest has none or the envelope does not carry the severed text.
     */
    Optional<CborBytes> text() {
        return text;
    }

    /** The bstr-wrapped SUIT_Common. */
    CborBytes common() {
        return common;
    }

    /**
     * The command-sequence member a procedure needs: empty if the manifest does not have it, and
     * {@link Reason#POLICY} if it was severed and the envelope does not carry it, since the procedure
     * cannot run without it.
     */
    Optional<CborBytes> sequence(ManifestMember member) {
        if (severedAndAbsent.contains(member)) {
            throw new Rejection(Reason.POLICY, member + " was severed (the manifest holds only its SUIT_Digest) and the"
                    + " envelope does not carry it, so this procedure cannot run; send the envelope with its severable"
                    + " members (§8.4.12, §8.6)");
        }
        return Optional.ofNullable(sequences.get(member));
    }
}

package dev.suitcase.verifier.suit;

import dev.suitcase.verifier.Rejection;
import dev.suitcase.verifier.VerifierOptions;
import dev.suitcase.verifier.cbor.CborItem;
import dev.suitcase.verifier.cbor.CborItem.CborArray;
import dev.suitcase.verifier.cbor.CborItem.CborBytes;
import dev.suitcase.verifier.cbor.CborItem.CborInt;
import dev.suitcase.verifier.cbor.CborItem.CborMap;
import dev.suitcase.verifier.cbor.CborItem.CborText;
import dev.suitcase.verifier.cbor.Diagnostic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An authenticated SUIT_Manifest (draft-ietf-suit-manifest-37 §8.4), parsed only once its digest has
 * been authenticated (§6.2), with its severable members resolved against the envelope.
 *
 * <p>Checks, in order, each a {@link SuitCheck}:
 * <ol>
 *   <li>the bstr content is one well-formed CBOR item, an untagged map (a SUIT_Manifest inside an
 *       envelope carries no tag 1070): the decoder's and {@code CborItem}'s checks;</li>
 *   <li>suit-manifest-version is present and an integer ({@link SuitCheck#MANIFEST_REQUIRED_MEMBER}) and
 *       is 1 ({@link SuitCheck#MANIFEST_VERSION}), before anything else is read, since another version
 *       may have another structure (§6.1);</li>
 *   <li>suit-manifest-sequence-number is a uint ({@link SuitCheck#MANIFEST_SEQUENCE_NUMBER_TYPE}) not below
 *       the device's stored number ({@link SequenceNumberCheck}, §6.1, §8.4.2);</li>
 *   <li>the keys are in canonical order ({@link MapOrder}, §8.1);</li>
 *   <li>suit-common is present and a bstr, suit-validate, suit-load and suit-invoke bstrs, suit-reference-uri
 *       a tstr ({@link SuitCheck#MANIFEST_REFERENCE_URI_TYPE});</li>
 *   <li>each severable member (§8.4.12) is in the manifest either as a bstr or as a SUIT_Digest (told
 *       apart by major type, §8.4; {@link SuitCheck#SEVERABLE_MEMBER_TYPE}); one carried in the envelope
 *       must have a SUIT_Digest in the manifest ({@link SuitCheck#SEVERABLE_UNAUTHENTICATED}), and the
 *       digest of the envelope's bstr, head included, must equal it
 *       ({@link SuitCheck#SEVERABLE_DIGEST_MISMATCH}). A severed member that the envelope does not carry
 *       is fine until a procedure needs it ({@link #sequence}).</li>
 * </ol>
 *
 * <p><b>Members this processor does not implement</b> are ignored. The manifest's CDDL leaves room for
 * them ({@code $$SUIT_Manifest_Extensions}: suit-manifest-component-id (5) of
 * draft-ietf-suit-trust-domains, suit-coswid (14), ...), and the draft sets no rule for a recipient
 * that meets one: what it binds a recipient to is the command sequences, whose unknown commands fail
 * (§8.4.9). An extension that changes how a manifest must be processed is declared where a processor
 * without it stops: a dependency is a suit-common member ({@link SuitCheck#COMMON_UNKNOWN_MEMBER}), and
 * draft-ietf-suit-trust-domains §5.1 makes a processor without dependencies abort on one.
 *
 * <p>suit-text is authenticated (inline or by digest) and kept, not interpreted: only its component
 * identifiers are checked, against suit-common, once that is parsed ({@link SuitText}, §8.4.4).
 */
final class SuitManifest {
    private final long sequenceNumber;
    private final CborBytes common;
    private final Map<ManifestMember, CborBytes> sequences;
    private final Set<ManifestMember> severedAndAbsent;
    private final Optional<CborBytes> text;
    private final List<String> ignoredMembers;

    private SuitManifest(long sequenceNumber, CborBytes common, Map<ManifestMember, CborBytes> sequences,
                         Set<ManifestMember> severedAndAbsent, Optional<CborBytes> text, List<String> ignoredMembers) {
        this.sequenceNumber = sequenceNumber;
        this.common = common;
        this.sequences = sequences;
        this.severedAndAbsent = severedAndAbsent;
        this.text = text;
        this.ignoredMembers = List.copyOf(ignoredMembers);
    }

    static SuitManifest parse(SuitEnvelope envelope, long storedSequenceNumber, VerifierOptions options) {
        CborItem item = envelope.decodeManifest();
        CborMap map = item.asMap("the SUIT_Manifest inside the envelope's suit-manifest (3), which is untagged,");

        CborItem version = map.get(ManifestMember.VERSION.label()).orElseThrow(() -> missing(ManifestMember.VERSION, "§8.4.1"));
        CborInt versionNumber = version.asInt(ManifestMember.VERSION.toString());
        if (versionNumber.negative() || versionNumber.argument() != 1) {
            // knocked out: the manifest is read as version 1
            SuitCheck.MANIFEST_VERSION.fail("the manifest has " + ManifestMember.VERSION + " "
                    + versionNumber.bigValue() + "; this processor supports version 1, the version of"
                    + " draft-ietf-suit-manifest-37 (§8.4.1)");
        }
        CborInt sequence = map.get(ManifestMember.SEQUENCE_NUMBER.label())
                .orElseThrow(() -> missing(ManifestMember.SEQUENCE_NUMBER, "§8.4.2"))
                .asInt(ManifestMember.SEQUENCE_NUMBER.toString());
        long sequenceNumber = sequence.argument();
        if (sequence.negative()) {
            SuitCheck.MANIFEST_SEQUENCE_NUMBER_TYPE.failAt(ManifestMember.SEQUENCE_NUMBER + " is "
                    + sequence.bigValue() + "; it is a uint (§8.4.2)", sequence.encoded().range());
            // knocked out: the value's 64 bits (two's complement, -1 - argument) read as unsigned, as by a
            // processor that decodes an int64 into its unsigned counter: -1 becomes 2^64 - 1
            sequenceNumber = ~sequence.argument();
        }
        try {
            SequenceNumberCheck.check(sequenceNumber, storedSequenceNumber, options);
        } catch (Rejection rollback) {
            throw rollback.at(sequence.encoded().range());
        }

        MapOrder.requireCanonical(map, "the SUIT_Manifest", options);
        Map<ManifestMember, CborItem> members = new EnumMap<>(ManifestMember.class);
        List<String> ignored = new ArrayList<>();
        for (CborMap.Entry entry : map.entries()) {
            CborItem key = entry.key();
            Optional<ManifestMember> member = key instanceof CborInt label && !label.negative()
                    ? ManifestMember.fromLabel(label.argument()) : Optional.empty();
            member.ifPresentOrElse(known -> members.put(known, entry.value()), () -> ignored.add(Diagnostic.of(key)));
        }

        CborBytes common = Optional.ofNullable(members.get(ManifestMember.COMMON))
                .orElseThrow(() -> missing(ManifestMember.COMMON, "§8.4.5"))
                .asBytes(ManifestMember.COMMON + " (bstr .cbor SUIT_Common)");
        Optional.ofNullable(members.get(ManifestMember.REFERENCE_URI)).ifPresent(uri -> {
            if (!(uri instanceof CborText)) {
                // knocked out: the member is ignored, as by a processor that never reads it
                SuitCheck.MANIFEST_REFERENCE_URI_TYPE.failAt(ManifestMember.REFERENCE_URI + " must be a text string, found "
                        + uri.typeName() + " at byte " + uri.encoded().offset(), uri.encoded().range());
            }
        });

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
        return new SuitManifest(sequenceNumber, common, sequences, severedAndAbsent, text, ignored);
    }

    private static Rejection missing(ManifestMember member, String section) {
        return SuitCheck.MANIFEST_REQUIRED_MEMBER.rejection("the manifest has no " + member + " (" + section + ")");
    }

    /** The member's content, checked against its digest when severed; empty when absent or severed and not carried. */
    private static Optional<CborBytes> resolveSeverable(ManifestMember member, Optional<CborItem> inManifest,
                                                        SuitEnvelope envelope) {
        Optional<CborBytes> inEnvelope = envelope.severedMember(member);
        if (inManifest.isEmpty()) {
            if (inEnvelope.isPresent()) {
                SuitCheck.SEVERABLE_UNAUTHENTICATED.fail("the envelope carries " + member + " but the manifest has no"
                        + " SUIT_Digest for it, so nothing authenticates it (§8.4.12)");
            }
            return inEnvelope; // knocked out: the envelope's member is run, unauthenticated
        }
        if (inManifest.get() instanceof CborBytes inline) {
            if (inEnvelope.isPresent()) {
                SuitCheck.SEVERABLE_UNAUTHENTICATED.fail("the envelope carries " + member + " but the manifest holds"
                        + " it inline, not as a SUIT_Digest; only a severed member may be carried in the envelope"
                        + " (§8.4.12)");
                return inEnvelope; // knocked out: the envelope's copy is run, as by a processor that looks there first
            }
            return Optional.of(inline);
        }
        if (!(inManifest.get() instanceof CborArray)) {
            throw SuitCheck.SEVERABLE_MEMBER_TYPE.rejection(member + " in the manifest must be a bstr or a SUIT_Digest"
                    + " array (§8.4), found " + inManifest.get().typeName());
        }
        SuitDigest digest = SuitDigest.parse(inManifest.get(), member + " digest in the manifest");
        if (inEnvelope.isEmpty()) {
            return Optional.empty();
        }
        if (!digest.matches(inEnvelope.get().encoded())) {
            // knocked out: the envelope's member is run unchecked
            SuitCheck.SEVERABLE_DIGEST_MISMATCH.failAt("the envelope's " + member + " does not match its digest in the"
                    + " manifest: " + digest.algorithm() + " over the envelope element's bstr, head included (§8.4.12),"
                    + " is " + digest.digestOf(inEnvelope.get().encoded()) + ", the manifest says " + digest.hex(),
                    inEnvelope.get().encoded().range());
        }
        return inEnvelope;
    }

    /** The manifest's sequence number: a CBOR uint, as the unsigned bits of a long. */
    long sequenceNumber() {
        return sequenceNumber;
    }

    /** The keys of the members this processor does not implement and ignored, in diagnostic notation. */
    List<String> ignoredMembers() {
        return ignoredMembers;
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
     * {@link SuitCheck#SEVERABLE_MISSING} if it was severed and the envelope does not carry it, since the
     * procedure cannot run without it.
     */
    Optional<CborBytes> sequence(ManifestMember member) {
        if (severedAndAbsent.contains(member)) {
            // knocked out: the missing sequence is taken as empty
            SuitCheck.SEVERABLE_MISSING.fail(member + " was severed (the manifest holds only its SUIT_Digest) and the"
                    + " envelope does not carry it, so this procedure cannot run; send the envelope with its severable"
                    + " members (§8.4.12, §8.6)");
        }
        return Optional.ofNullable(sequences.get(member));
    }
}

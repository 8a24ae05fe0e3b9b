package dev.suitcase.vectors.families.suit;

import dev.suitcase.testkeys.SeededRandom;
import dev.suitcase.vectors.cbor.CborValue;
import dev.suitcase.vectors.generate.BuiltCase;
import dev.suitcase.vectors.generate.Case;
import dev.suitcase.vectors.generate.CaseContext;
import dev.suitcase.vectors.generate.Sweep;
import dev.suitcase.vectors.model.Bytes;
import dev.suitcase.vectors.model.Component;
import dev.suitcase.vectors.model.Device;
import dev.suitcase.vectors.model.Severity;
import dev.suitcase.vectors.suit.AuthenticationWrapper;
import dev.suitcase.vectors.suit.CommandSequence;
import dev.suitcase.vectors.suit.CoseSign1;
import dev.suitcase.vectors.suit.Envelope;
import dev.suitcase.vectors.suit.Manifest;
import dev.suitcase.vectors.suit.Parameters;
import dev.suitcase.vectors.suit.SuitDigest;
import dev.suitcase.vectors.suit.SuitLabels.Command;
import dev.suitcase.vectors.suit.SuitLabels.ManifestKey;
import dev.suitcase.verifier.Reason;
import dev.suitcase.verifier.suit.Scope;

import java.util.Arrays;
import java.util.List;

import static dev.suitcase.vectors.families.suit.SuitFixture.IMAGE;
import static dev.suitcase.vectors.families.suit.SuitFixture.rejected;

/**
 * Rules on what command sequences may hold and when they run (draft-ietf-suit-manifest-37 §6.2,
 * §6.4, §8.4.5, §8.4.8.16; RFC 9124 REQ.SEC.AUTH.COMPATIBILITY): no custom command or parameter in
 * the shared sequence, the shared sequence first in every procedure, conditions without side effects,
 * and compatibility identifiers that cannot be changed without breaking authentication.
 */
final class SuitSequenceRuleCases {
    /** A custom command or parameter label, from the Private Use range (below -256, §11.4, §11.5). */
    private static final long CUSTOM_LABEL = -257;
    private static final String CUSTOM_COMMAND_RULE = "draft-ietf-suit-manifest-37 §6.2: \"no custom commands are"
            + " permitted in the shared sequence\", a rule on what the author may put there; a recipient that does not"
            + " implement the command fails it as unknown (§8.4.9), and none is told to refuse one it implements";
    private static final String CUSTOM_PARAMETER_RULE = "draft-ietf-suit-manifest-37 §8.4.8.16: suit-parameter-custom"
            + " \"MUST NOT be used in the shared sequence\", a rule for the manifest's author; the same section makes a"
            + " custom parameter a hint that standard commands may ignore";
    /** The image the device runs before the update: 256 bytes from another seeded stream. */
    private static final Bytes PREVIOUS_IMAGE = previousImage();

    private static Bytes previousImage() {
        byte[] image = new byte[IMAGE.length()];
        new SeededRandom("suitcase suit-layer previous image").nextBytes(image);
        return Bytes.of(image);
    }

    // ---------------------------------------------------------------- the shared sequence (§6.2, §8.4.5, §8.4.8.16)

    @Case(id = "suit.*.shared.custom-command", sweep = Sweep.SUIT,
            title = "{alg} manifest with a custom command (-257) in its shared sequence",
            severity = Severity.LOW,
            requirements = {"SUITM-6.2-no-custom-in-shared"},
            flags = {"CustomCommand"},
            description = """
                    The baseline manifest signed with {alg}, whose shared sequence runs the custom command -257 (a
                    Private Use label) with argument nil between setting the parameters and checking vendor and
                    class.

                    No custom commands are permitted in the shared sequence (§6.2): it runs on every device before
                    anything has established that the device understands the vendor's custom commands. The rule
                    binds the manifest's author; a processor that does not implement -257 fails it as unknown
                    (§8.4.9) and rejects anyway. The suite recommends rejecting the manifest: one that implements
                    -257 and runs it executes whatever -257 means on its own platform, for a manifest written for
                    another vendor's devices, before the vendor check could stop it. Accepting is advisory.""")
    BuiltCase sharedCustomCommand(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = CommandSequence.empty().override(SuitFixture.imageParameters())
                .command(CUSTOM_LABEL, CborValue.nil().toBytes())
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, CUSTOM_COMMAND_RULE,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.shared.custom-parameter", sweep = Sweep.SUIT,
            title = "{alg} manifest setting a custom parameter (-257) in its shared sequence",
            severity = Severity.LOW,
            requirements = {"SUITM-8.4.8.16-custom-not-shared"},
            flags = {"CustomParameter"},
            description = """
                    The baseline manifest signed with {alg}, whose shared sequence's override-parameters also sets
                    the custom parameter -257 (a Private Use label) to the text "suitcase", before the vendor and
                    class checks.

                    suit-parameter-custom MUST NOT be used in the shared sequence (§8.4.8.16), which scopes every
                    custom parameter to a vendor and class the manifest has already checked. The rule binds the
                    manifest's author, and a custom parameter is only a hint a standard command may ignore. The
                    suite recommends rejecting the manifest: one that accepts it lets a vendor-specific setting
                    reach devices of any vendor, where the same label means something else. Accepting is
                    advisory.""")
    BuiltCase sharedCustomParameter(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        CommandSequence shared = CommandSequence.empty()
                .override(SuitFixture.imageParameters().set(CUSTOM_LABEL, CborValue.text("suitcase")))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER);
        return SuitFixture.rejectedForProducerRule(Reason.POLICY, CUSTOM_PARAMETER_RULE,
                f.input(f.signed(SuitFixture.manifest(shared)), SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.shared.runs-before-invocation", sweep = Sweep.SUIT,
            title = "{alg} manifest whose shared precursor check fails once the update has replaced the image",
            severity = Severity.HIGH,
            requirements = {"SUITM-8.4.5-shared-first", "SUITM-8.4.9.2-image-match"},
            flags = {"SharedSequence"},
            description = """
                    A manifest signed with {alg} whose shared sequence, besides the vendor and class checks, sets
                    the digest of the image the device runs now and checks image-match: a precursor check, so that
                    the update only applies on top of that image. Install then sets the new image's digest and URI,
                    fetches and checks it; validate sets the new digest again and checks image-match; invoke boots.
                    The device holds the previous image. Scope boot.

                    The shared sequence runs before any other command sequence (§8.4.5), so in the Invocation
                    Procedure it runs again before validate, on the newly installed image, and its precursor check
                    fails: a processor must reject. Validate and invoke would pass on their own. A processor that
                    runs the shared sequence once per envelope, and not before the sequences of each procedure,
                    accepts here; at boot it then skips the vendor, class and image checks the author put there.""")
    BuiltCase sharedRunsBeforeInvocation(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Parameters newImage = Parameters.none().imageDigest(SuitDigest.sha256(IMAGE)).imageSize(IMAGE.length());
        CommandSequence shared = CommandSequence.empty()
                .override(Parameters.none().vendorId(SuitFixture.VENDOR_ID).classId(SuitFixture.CLASS_ID)
                        .imageDigest(SuitDigest.sha256(PREVIOUS_IMAGE)).imageSize(PREVIOUS_IMAGE.length()))
                .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER).condition(Command.IMAGE_MATCH);
        Manifest manifest = SuitFixture.manifest(shared)
                .withSequence(ManifestKey.INSTALL, CommandSequence.empty().override(newImage.uri(SuitFixture.IMAGE_URI))
                        .directive(Command.FETCH).condition(Command.IMAGE_MATCH))
                .withSequence(ManifestKey.VALIDATE, CommandSequence.empty().override(newImage).condition(Command.IMAGE_MATCH))
                .withSequence(ManifestKey.INVOKE, SuitFixture.invoke());
        Device device = SuitFixture.device()
                .withComponents(List.of(Component.of(SuitFixture.COMPONENT).withImage(PREVIOUS_IMAGE)));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), device, Scope.BOOT));
    }

    // ---------------------------------------------------------------- conditions (§6.4)

    @Case(id = "suit.*.condition.image-match-does-not-fetch", sweep = Sweep.SUIT,
            title = "{alg} manifest whose install sequence checks image-match on an empty component without fetching",
            severity = Severity.MEDIUM,
            requirements = {"SUITM-6.4-conditions-no-side-effects", "SUITM-8.4.9.2-image-match"},
            flags = {"ConditionSideEffect"},
            description = """
                    A manifest signed with {alg} whose install sequence sets the URI
                    https://firmware.example/suitcase/app.bin and checks image-match, with no fetch in between; the
                    shared sequence sets the image's digest and size. The device's component [h'00'] is empty, and
                    the device can reach the image at that URI.

                    Conditions only test; they MUST NOT have side effects (§6.4). Image-match compares what the
                    component holds now, nothing, and fails: a processor must reject. One whose image-match fetches
                    the missing image on demand accepts, and so writes to a component from a command the author
                    wrote as a check, outside the directives that define where and when the device is changed.""")
    BuiltCase imageMatchDoesNotFetch(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Manifest manifest = SuitFixture.manifest(SuitFixture.shared())
                .withSequence(ManifestKey.INSTALL, CommandSequence.empty()
                        .override(Parameters.none().uri(SuitFixture.IMAGE_URI)).condition(Command.IMAGE_MATCH));
        return rejected(Reason.CONDITION_FAILED, f.input(f.signed(manifest), SuitFixture.device(), Scope.INSTALL));
    }

    // ---------------------------------------------------------------- retargeting (RFC 9124 REQ.SEC.AUTH.COMPATIBILITY)

    /** The baseline manifest for the class {@link SuitFixture#OTHER_CLASS_ID}, as its author signed it. */
    private static Manifest forOtherClass() {
        return SuitFixture.manifest(CommandSequence.empty()
                        .override(SuitFixture.imageParameters().classId(SuitFixture.OTHER_CLASS_ID))
                        .condition(Command.VENDOR_IDENTIFIER).condition(Command.CLASS_IDENTIFIER))
                .withSequence(ManifestKey.INSTALL, SuitFixture.installFrom(SuitFixture.IMAGE_URI))
                .withSequence(ManifestKey.VALIDATE, SuitFixture.validate());
    }

    /** {@code manifest} with the 16 bytes of the other class id replaced by the device's class id. */
    private static Bytes retargeted(Bytes manifest) {
        byte[] bytes = manifest.toByteArray();
        byte[] from = SuitFixture.OTHER_CLASS_ID.toByteArray();
        byte[] to = SuitFixture.CLASS_ID.toByteArray();
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                return Bytes.of(bytes);
            }
        }
        throw new IllegalStateException("the manifest does not hold the class id " + SuitFixture.OTHER_CLASS_ID);
    }

    @Case(id = "suit.*.retarget.class-id-rewritten", sweep = Sweep.SUIT,
            title = "{alg} manifest signed for another class, its class id rewritten to the device's",
            severity = Severity.CRITICAL,
            requirements = {"RFC9124-REQ.SEC.AUTH.COMPATIBILITY", "SUITM-8.3-manifest-digest"},
            flags = {"ModifiedManifest", "WrongDevice"},
            description = """
                    The trusted {alg} author signed a manifest for device class 7fbf1e7a-...; in the envelope the 16
                    bytes of that class id were replaced with the device's class id 8ec6da5c-.... The wrapper's
                    digest and signature are the author's, over the original manifest.

                    The vendor and class identifiers are authenticated with the manifest (RFC 9124
                    REQ.SEC.AUTH.COMPATIBILITY): the manifest no longer matches the signed digest and a processor
                    must reject. One that checks compatibility before, or apart from, authentication installs one
                    product's firmware on another.""")
    BuiltCase classIdRewritten(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes signedManifest = forOtherClass().encode();
        Bytes envelope = Envelope.of(f.wrapper(signedManifest), retargeted(signedManifest)).encode();
        return rejected(Reason.DIGEST_MISMATCH, f.input(envelope, SuitFixture.device(), Scope.APPLICABILITY));
    }

    @Case(id = "suit.*.retarget.class-id-and-digest-rewritten", sweep = Sweep.SUIT,
            title = "{alg} manifest signed for another class; class id and wrapper digest rewritten for the device",
            severity = Severity.CRITICAL,
            requirements = {"RFC9124-REQ.SEC.AUTH.COMPATIBILITY", "SUITM-8.3-detached-payload", "RFC9124-REQ.SEC.AUTHENTIC"},
            flags = {"ModifiedManifest", "ModifiedDigest", "WrongDevice"},
            description = """
                    The trusted {alg} author signed a manifest for device class 7fbf1e7a-...; its class id was
                    replaced with the device's class id 8ec6da5c-..., and the wrapper's SUIT_Digest recomputed over
                    the changed manifest. The COSE_Sign1 is the author's, over the original digest.

                    The digest now matches the manifest, but the signature does not cover this digest: a processor
                    must reject. Accepting lets anyone retarget a vendor's signed firmware at any of its device
                    classes (RFC 9124 REQ.SEC.AUTH.COMPATIBILITY) by editing 16 bytes.""")
    BuiltCase classIdAndDigestRewritten(CaseContext<SuitFixture> context) {
        SuitFixture f = context.fixture();
        Bytes signedManifest = forOtherClass().encode();
        Bytes changed = retargeted(signedManifest);
        CoseSign1 block = CoseSign1.detached(f.author(), SuitFixture.unsignedWrapper(signedManifest).digest());
        AuthenticationWrapper wrapper = AuthenticationWrapper.of(SuitFixture.digestOf(changed)).withBlock(block.encode());
        return rejected(Reason.SIGNATURE_INVALID, f.input(Envelope.of(wrapper, changed).encode(), SuitFixture.device(),
                Scope.APPLICABILITY));
    }
}
